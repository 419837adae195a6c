import Link from "next/link";
import type { ReactNode } from "react";
import { DetailList } from "@/components/ui/detail-list";
import { useFormatter, useTranslations } from "next-intl";
import type { LabelDesignDetail } from "@/lib/labels/get-label-design";
import { LabelStatusBadge } from "./label-status-badge";

/** Which product, market and kind the design is for, its version, and the designs it revises or was revised into. */
export function LabelDesignSummary({ design }: { design: LabelDesignDetail }) {
  const t = useTranslations("labels");
  const format = useFormatter();
  const rows: [string, ReactNode][] = [
    [
      t("columns.product"),
      <Link key="product" href={`/catalog/products/${design.product.id}`} className="text-brand-700 underline">
        {design.product.name} ({design.product.sku})
      </Link>,
    ],
    [t("columns.market"), t(`markets.${design.market}`)],
    [t("columns.kind"), t(`kinds.${design.kind}`)],
    [t("columns.version"), t("versionShort", { version: design.version })],
  ];
  if (design.approvedAt) rows.push([t("detail.approvedAt"), format.dateTime(design.approvedAt, { dateStyle: "medium", timeStyle: "short" })]);
  if (design.revisionOf) {
    rows.push([
      t("detail.revisionOf"),
      <Link key="revisionOf" href={`/labels/${design.revisionOf}`} className="text-brand-700 underline">
        {t("detail.earlierDesign")}
      </Link>,
    ]);
  }
  return (
    <div className="space-y-3">
      <DetailList rows={rows} />
      {design.revisions.length > 0 ? (
        <div className="rounded-md border border-stone-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">{t("detail.revisions")}</h2>
          <ul className="space-y-1">
            {design.revisions.map((r, index) => (
              <li key={r.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/labels/${r.id}`} className="text-brand-700 underline">
                  {t("detail.revisionNumber", { number: design.revisions.length - index })}
                </Link>
                <LabelStatusBadge status={r.status} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
