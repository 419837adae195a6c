import { currencyDigits } from "@/lib/catalog/money";

const decimals = (digits: number) => ({ minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Minor units as a plain figure with the currency's decimals, for table columns headed with the code: 120000 JPY → "120,000". */
export function formatAmount(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat("en", decimals(digits)).format(minor / 10 ** digits);
}

/** Minor units with the currency code, for totals: 1234550 KGS → "KGS 12,345.50", 120000 JPY → "JPY 120,000". */
export function formatMoneyCode(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat("en", { style: "currency", currency, currencyDisplay: "code", ...decimals(digits) }).format(minor / 10 ** digits);
}

/** Grams as kilograms for shipping papers: 12500 → "12.50". */
export function formatKilograms(grams: number): string {
  return new Intl.NumberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 3 }).format(grams / 1000);
}

export const formatQuantity = (quantity: number): string => new Intl.NumberFormat("en").format(quantity);
