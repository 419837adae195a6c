import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { LabelListItem } from "@/lib/labels/list-label-designs";
import { LabelStatusBadge } from "./label-status-badge";

type Props = { productId: string; designs: LabelListItem[]; markets: readonly string[]; canCreate: boolean };

/** A product's label designs grouped by market, each with its kind and status, and a way to start a new one. */
export function ProductLabels({ productId, designs, markets, canCreate }: Props) {
  const t = useTranslations("labels");
  const used = markets.filter((m) => designs.some((d) => d.market === m));
  return (
    <section aria-labelledby="labels-title" className="space-y-3" data-testid="product-labels">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="labels-title" className="text-lg font-semibold">
          {t("product.title")}
        </h2>
        {canCreate ? (
          <Link href={`/labels/new?product=${productId}`} className={buttonClass("secondary")}>
            {t("newLabel")}
          </Link>
        ) : null}
      </div>
      {used.length === 0 ? <p className="text-stone-600">{t("product.none")}</p> : null}
      {used.map((market) => (
        <div key={market} className="rounded-md border border-stone-200 bg-white p-4">
          <h3 className="mb-2 font-semibold">{t(`markets.${market}`)}</h3>
          <ul className="divide-y divide-stone-100">
            {designs
              .filter((d) => d.market === market)
              .map((d) => (
                <li key={d.id} className="flex min-h-11 flex-wrap items-center justify-between gap-2 py-1">
                  <Link href={`/labels/${d.id}`} className="text-brand-700 underline">
                    {t(`kinds.${d.kind}`)} · {t("versionShort", { version: d.version })}
                  </Link>
                  <LabelStatusBadge status={d.status} />
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
