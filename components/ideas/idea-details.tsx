import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { DetailList } from "@/components/ui/detail-list";
import { formatMoney } from "@/lib/catalog/money";
import type { IdeaDetail } from "@/lib/ideas/get-idea";
import { marketLabel } from "./market-label";

/** What the idea is: where it comes from, what it is made of and how, and where and at what price it should sell. */
export function IdeaDetails({ idea }: { idea: IdeaDetail }) {
  const t = useTranslations("ideas");
  const locale = useLocale();
  const none = t("notGiven");
  return (
    <div className="space-y-3">
      <DetailList
        rows={[
          [t("fields.village"), idea.villageName ?? none],
          [t("fields.group"), idea.groupName ?? none],
          [t("fields.localMaterials"), idea.localMaterials],
          [t("fields.technique"), idea.technique],
          [t("fields.intendedMarket"), marketLabel(t, idea.intendedMarket)],
          [t("fields.targetPrice"), idea.targetPriceMinor === null ? t("noTargetPrice") : formatMoney(idea.targetPriceMinor, idea.currency, locale)],
          [t("fields.notes"), idea.notes ?? none],
          [t("fields.proposedBy"), idea.proposerName],
          [t("fields.version"), String(idea.version)],
        ]}
      />
      {idea.productLine ? (
        <Link href={`/catalog/lines/${idea.productLine.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline" data-testid="idea-line">
          {t("openLine", { code: idea.productLine.code })}
        </Link>
      ) : null}
    </div>
  );
}
