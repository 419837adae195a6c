import { useFormatter, useTranslations } from "next-intl";
import type { RegionalOverview } from "@/lib/reports/regional-overview";

type Row = RegionalOverview["total"];

export function OverviewTable({ report }: { report: RegionalOverview }) {
  const t = useTranslations("reports");
  const format = useFormatter();
  const people = (n: number | null) => (n === null ? t("suppressed") : format.number(n));
  const share = (n: number | null) => (n === null ? t("none") : format.number(n, { style: "percent", maximumFractionDigits: 1 }));
  const cells = (r: Row) => [people(r.activeMembers), people(r.women), people(r.men), people(r.youth), format.number(r.batches), format.number(r.quantity), share(r.acceptedShare)];
  const headers = [t("activeMembers"), t("women"), t("men"), t("youth", report.youthAgeBand), t("batches"), t("quantity"), t("acceptedShare")];
  return (
    <div className="overflow-x-auto rounded-md border border-stone-200 bg-white">
      <table className="w-full min-w-[44rem] text-sm" data-testid="overview-table">
        <thead className="bg-stone-100 text-left">
          <tr>
            <th scope="col" className="sticky left-0 bg-stone-100 px-3 py-2">{t("district")}</th>
            {headers.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 text-right">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {report.districts.map((d) => (
            <tr key={d.districtId}>
              <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-medium">
                {d.districtName}
                <span className="block text-xs font-normal text-stone-500">{d.regionName}</span>
              </th>
              {cells(d).map((c, i) => (
                <td key={i} className="px-3 py-2 text-right tabular-nums">{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-stone-300 font-semibold">
          <tr data-testid="overview-total">
            <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left">{t("total")}</th>
            {cells(report.total).map((c, i) => (
              <td key={i} className="px-3 py-2 text-right tabular-nums">{c}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
