/** Decimals of a currency's minor unit (KGS 2 for tyiyn, JPY 0). */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * "350", "350.5" or "350,50" as integer minor units, without floating-point rounding;
 * undefined when it has more decimals than the currency allows.
 */
export function toMinorUnits(amount: string, currency: string): number | undefined {
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(amount.trim());
  if (!match) return undefined;
  const digits = currencyDigits(currency);
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return undefined;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

/** Minor units as the plain decimal a price box shows: 35050 KGS → "350.50". */
export function toDecimalText(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, "0");
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Minor units as money in the reader's language: 35050 KGS → "350,50 сом" in Russian. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(minor / 10 ** currencyDigits(currency));
}
