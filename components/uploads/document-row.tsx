"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

const TYPE_KEYS: Record<string, "pdf" | "png" | "jpeg" | "svg"> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpeg",
  "image/svg+xml": "svg",
};

const rowClass = "flex min-h-14 items-center gap-3 px-3 py-2";

/** An attached file: its name (opens it), its type and a remove button. */
export function DocumentRow({ document, onRemove }: { document: { name: string; url: string; contentType: string }; onRemove: () => void }) {
  const t = useTranslations("documents");
  const type = TYPE_KEYS[document.contentType];
  return (
    <div className={rowClass}>
      <div className="min-w-0 flex-1">
        <a href={document.url} target="_blank" rel="noopener" className="block truncate font-medium text-brand-700 underline">
          {document.name}
        </a>
        <span className="text-sm text-stone-600">{type ? t(`types.${type}`) : document.contentType}</span>
      </div>
      <button type="button" onClick={onRemove} aria-label={t("removeLabel", { name: document.name })} className={buttonClass("ghost", "shrink-0")}>
        {t("remove")}
      </button>
    </div>
  );
}

/** A file on its way, with its progress. */
export function PendingRow({ name, percent }: { name: string; percent: number }) {
  const t = useTranslations("documents");
  const text = t("uploading", { name, value: percent });
  return (
    <div className={`${rowClass} text-sm text-stone-700`}>
      <span className="min-w-0 flex-1 truncate">{text}</span>
      <progress className="w-24 shrink-0 accent-brand-600" max={100} value={percent} aria-label={text} />
    </div>
  );
}
