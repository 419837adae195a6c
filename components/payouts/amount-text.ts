import { toDecimalText, toMinorUnits } from "@/lib/catalog/money";

/**
 * An amount as typed ("350", "350,50", "-20" where a sign is allowed) in signed minor units:
 * undefined for an empty box, NaN for text that is not an amount in this currency.
 */
export function parseAmount(text: string, currency: string, signed: boolean): number | undefined {
  const compact = text.replace(/\s/g, "");
  if (compact === "") return undefined;
  const negative = signed && /^[-−]/.test(compact);
  const minor = toMinorUnits(negative ? compact.slice(1) : compact, currency);
  if (minor === undefined) return Number.NaN;
  return negative ? -minor : minor;
}

/** Minor units as the plain decimal an amount box shows: -2050 KGS → "-20.50". */
export function amountText(minor: number | undefined, currency: string): string {
  if (minor === undefined || Number.isNaN(minor)) return "";
  return `${minor < 0 ? "-" : ""}${toDecimalText(Math.abs(minor), currency)}`;
}
