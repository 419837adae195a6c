import { useLocale, useTranslations } from "next-intl";
import { useQuantityText } from "@/components/ui/use-quantity-text";
import { formatMoney, toDecimalText } from "@/lib/catalog/money";
import type { ShipmentDetails } from "@/lib/shipments/get-shipment";
import { LineEditor } from "./line-editor";

/** The shipment's lines with value and allocation; while planned, each can be changed or removed. */
export function LineList({ shipment, editable }: { shipment: ShipmentDetails; editable: boolean }) {
  const t = useTranslations("shipments");
  const locale = useLocale();
  const quantityText = useQuantityText();
  const money = (minor: number) => formatMoney(minor, shipment.currency, locale);
  return (
    <section aria-labelledby="lines-title" className="space-y-3">
      <h2 id="lines-title" className="text-lg font-semibold">
        {t("lines")}
      </h2>
      {shipment.lines.length === 0 ? <p className="text-stone-600">{t("noLines")}</p> : null}
      <ul className="space-y-3" data-testid="shipment-lines">
        {shipment.lines.map((line) => (
          <li key={line.id} className="space-y-2 rounded-md border border-stone-200 bg-white p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-medium break-words">
                {line.productName} <span className="font-mono text-sm font-normal text-stone-600">{line.sku}</span>
              </h3>
              <span className={line.allocated === line.quantity ? "text-sm text-emerald-800" : "text-sm text-amber-800"}>
                {t("allocatedOf", { allocated: line.allocated, quantity: line.quantity })}
              </span>
            </div>
            <p className="text-sm break-words text-stone-600">
              {[line.articleNumber ? t("articleNumberValue", { value: line.articleNumber }) : null, line.hsCode ? t("hsCodeValue", { value: line.hsCode }) : null].filter(Boolean).join(" · ")}
            </p>
            <p>
              {quantityText(line.quantity, line.unit)} × {money(line.unitPriceMinor)} = <span className="font-medium">{money(line.totalMinor)}</span>
            </p>
            {editable ? (
              <LineEditor
                shipmentId={shipment.id}
                lineId={line.id}
                productName={line.productName}
                currency={shipment.currency}
                initial={{ quantity: line.quantity, unitPrice: toDecimalText(line.unitPriceMinor, shipment.currency) }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {shipment.lines.length ? <p className="font-medium">{t("total", { value: money(shipment.totals.valueMinor) })}</p> : null}
    </section>
  );
}
