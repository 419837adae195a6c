import type { createFormatter } from "next-intl";
import { currencyDigits } from "@/lib/catalog/money";

type NumberFormatter = Pick<ReturnType<typeof createFormatter>, "number">;

/** Minor units as money in the reader's language through next-intl's formatter; `signed` shows + for positive amounts. */
export function moneyText(format: NumberFormatter, minor: number, currency: string, signed = false): string {
  return format.number(minor / 10 ** currencyDigits(currency), { style: "currency", currency, signDisplay: signed ? "exceptZero" : "auto" });
}
