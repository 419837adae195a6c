import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { ledgerQuery } from "@/lib/payouts/request-query";
import type { LedgerFilters } from "@/lib/payouts/schemas";

/** Downloads of the ledger entries the filters cover (all of one producer's with `member`). */
export function ExportLinks({ filters }: { filters: LedgerFilters }) {
  const t = useTranslations("payouts");
  return (
    <div className="flex flex-wrap gap-2">
      <a href={`/api/payouts/export?${ledgerQuery(filters, { format: "xlsx" })}`} className={buttonClass("secondary")} download>
        {t("exportXlsx")}
      </a>
      <a href={`/api/payouts/export?${ledgerQuery(filters, { format: "csv" })}`} className={buttonClass("secondary")} download>
        {t("exportCsv")}
      </a>
    </div>
  );
}
