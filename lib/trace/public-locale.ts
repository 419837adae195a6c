import { bestAcceptedLanguage } from "@/lib/i18n/locales";

/** The public lot page speaks the app's languages and Japanese, for buyers' shoppers in Japan. */
export const PUBLIC_LOCALES = ["ky", "ru", "en", "ja"] as const;
export type PublicLocale = (typeof PUBLIC_LOCALES)[number];

// A visitor whose browser asks for none of them is most likely a foreign shopper: English.
const FALLBACK: PublicLocale = "en";

export function isPublicLocale(value: unknown): value is PublicLocale {
  return typeof value === "string" && (PUBLIC_LOCALES as readonly string[]).includes(value);
}

/** `?lang=` when it names one of ours (the language links), else the browser's preference. */
export function publicLocale(request: Request): PublicLocale {
  const chosen = new URL(request.url).searchParams.get("lang");
  if (isPublicLocale(chosen)) return chosen;
  return bestAcceptedLanguage(request.headers.get("accept-language"), PUBLIC_LOCALES) ?? FALLBACK;
}
