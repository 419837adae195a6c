import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DetailList } from "@/components/ui/detail-list";
import { formatMoney } from "@/lib/catalog/money";
import type { ShipmentDetails } from "@/lib/shipments/get-shipment";
import { useMarketName } from "./use-market-name";

export function ShipmentSummary({ shipment }: { shipment: ShipmentDetails }) {
  const t = useTranslations("shipments");
  const format = useFormatter();
  const locale = useLocale();
  const marketName = useMarketName();
  const { buyer } = shipment;
  const rows: [string, string][] = [
    [t("buyer"), `${buyer.name} · ${buyer.countryName}`],
    [t("market"), marketName(shipment.market)],
    [t("destination"), shipment.destination],
    [t("incoterm"), shipment.incoterm],
    [t("plannedDate"), format.dateTime(new Date(`${shipment.plannedDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })],
    [t("totalValue"), formatMoney(shipment.totals.valueMinor, shipment.currency, locale)],
  ];
  if (shipment.shippedAt) rows.push([t("shippedAt"), format.dateTime(shipment.shippedAt, { dateStyle: "medium", timeStyle: "short" })]);
  if (buyer.contactName || buyer.email || buyer.phone) rows.push([t("contact"), [buyer.contactName, buyer.email, buyer.phone].filter(Boolean).join(" · ")]);
  if (shipment.notes) rows.push([t("notes"), shipment.notes]);
  rows.push([t("createdBy"), shipment.createdByName]);
  return <DetailList rows={rows} />;
}
