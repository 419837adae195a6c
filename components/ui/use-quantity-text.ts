import { useFormatter, useTranslations } from "next-intl";

type QuantityTranslator = { has(key: string): boolean; (key: string, values: { count: number }): string };

/** "12 pcs", "3 банки": a quantity with its line's unit, in the reader's language. */
export function quantityText(t: QuantityTranslator, format: { number(value: number): string }, value: number, unit: string): string {
  return t.has(unit) ? t(unit, { count: value }) : `${format.number(value)} ${unit}`;
}

export function useQuantityText(): (value: number, unit: string) => string {
  const t = useTranslations("quantity") as unknown as QuantityTranslator;
  const format = useFormatter();
  return (value, unit) => quantityText(t, format, value, unit);
}
