import { z } from "./zod-messages";

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
const currencies = new Set(Intl.supportedValuesOf("currency"));

/** An ISO 3166-1 alpha-2 country code the runtime knows ("JP", "KG"), typed in any case. */
export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { message: "countryCode" })
  .refine((code) => regionNames.of(code) !== undefined, { message: "countryCode" });

/** An ISO 4217 currency code ("JPY", "KGS"), typed in any case. */
export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { message: "currencyCode" })
  .refine((code) => currencies.has(code), { message: "currencyCode" });

/** "Japan", "Япония": a country's name in the reader's language, the code itself when unknown. */
export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code) ?? code;
}
