"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { retireLabelDesignAction, reviseLabelDesignAction } from "@/app/(app)/labels/[id]/actions";
import { ActionThenOpenButton } from "@/components/ui/action-then-open-button";
import { buttonClass } from "@/components/ui/button";

type Props = { designId: string; actions: { revise: boolean; retire: boolean; print: boolean } };

/** What may be done with the design as a whole: print it, start a revision, retire it. */
export function LabelDesignActions({ designId, actions }: Props) {
  const t = useTranslations("labels.actions");
  if (!actions.revise && !actions.retire && !actions.print) return null;
  return (
    <section aria-labelledby="design-actions-title" className="space-y-3 rounded-md border border-stone-200 bg-white p-4" data-testid="design-actions">
      <h2 id="design-actions-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="flex flex-wrap items-start gap-3">
        {actions.print ? (
          <Link href={`/labels/${designId}/sheet`} className={buttonClass("primary")}>
            {t("print")}
          </Link>
        ) : null}
        {actions.revise ? (
          <ActionThenOpenButton run={() => reviseLabelDesignAction(designId)} destination={(d) => `/labels/${d.id}?done=revised`} label={t("revise")} busyLabel={t("working")} />
        ) : null}
      </div>
      {actions.revise ? <p className="text-sm text-stone-700">{t("reviseHint")}</p> : null}
      {actions.retire ? (
        <div className="space-y-2 border-t border-stone-200 pt-3">
          <p className="text-sm text-stone-700">{t("retireHint")}</p>
          <ActionThenOpenButton run={() => retireLabelDesignAction(designId)} destination={() => `/labels/${designId}?done=retired`} label={t("retire")} busyLabel={t("working")} />
        </div>
      ) : null}
    </section>
  );
}
