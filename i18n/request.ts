import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";

/** The signed-in user's language (see currentUser), else the switcher's choice, else the browser's. */
async function resolveLocale(): Promise<Locale> {
  const user = await currentUser();
  if (user) return user.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const messages = ((await import(`../messages/${locale}.json`)) as { default: Record<string, unknown> }).default;
  return { locale, messages };
});
