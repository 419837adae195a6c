"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { createPortal } from "react-dom";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import type { ActivationSlip } from "@/lib/accounts/slip";

// The slip sits directly under <body>, so printing can hide everything else.
const PRINT_ONLY_SLIP = "@media print { body > :not(#activation-slip) { display: none !important; } }";

/** The printable slip over the page, in the account holder's language; the buttons stay off paper. */
export function ActivationSlipView({ slip, onClose }: { slip: ActivationSlip; onClose: () => void }) {
  const t = useTranslations("accounts");
  const printButton = useRef<HTMLButtonElement>(null);
  useEffect(() => printButton.current?.focus(), []);
  return createPortal(
    <div
      id="activation-slip"
      role="dialog"
      aria-modal="true"
      aria-labelledby="slip-title"
      className="fixed inset-0 z-50 overflow-auto bg-stone-50 p-4 print:static print:bg-white print:p-0"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <style>{PRINT_ONLY_SLIP}</style>
      <div className="mx-auto mb-4 max-w-xl space-y-3 print:hidden">
        <Alert tone="success">{t("slipIntro")}</Alert>
        <div className="flex flex-wrap gap-2">
          <button ref={printButton} type="button" className={buttonClass("primary")} onClick={() => window.print()}>
            {t("print")}
          </button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t("close")}
          </Button>
        </div>
      </div>
      <article lang={slip.lang} className="mx-auto max-w-xl space-y-4 rounded-md border-2 border-dashed border-stone-400 bg-white p-5 text-stone-900" data-testid="activation-slip">
        <h2 id="slip-title" className="text-lg font-semibold">
          {slip.title}
        </h2>
        <p className="text-xl font-semibold" data-testid="slip-name">
          {slip.name}
        </p>
        <div className="flex flex-wrap items-start gap-5">
          <div role="img" aria-label={t("qr")} className="size-40 shrink-0" dangerouslySetInnerHTML={{ __html: slip.qrSvg }} />
          <dl className="space-y-2">
            <dt className="text-sm text-stone-600">{slip.loginLabel}</dt>
            <dd className="font-mono text-lg" data-testid="slip-login">
              {slip.login}
            </dd>
            <dt className="text-sm text-stone-600">{slip.codeLabel}</dt>
            <dd className="font-mono text-3xl font-bold tracking-widest" data-testid="slip-code">
              {slip.code}
            </dd>
            <dd className="text-sm">{slip.validUntil}</dd>
          </dl>
        </div>
        <ol className="list-decimal space-y-1 pl-5">
          {slip.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p className="break-all font-mono text-sm" data-testid="slip-url">
          {slip.url}
        </p>
      </article>
    </div>,
    document.body,
  );
}
