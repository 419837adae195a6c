import type { Locale } from "@/lib/i18n/locales";

/** The language a new account starts in: Kyrgyz in Kyrgyzstan, Russian as the shared language elsewhere. */
export function accountLocale(countryCode: string): Locale {
  return countryCode === "KG" ? "ky" : "ru";
}
