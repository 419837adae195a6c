import { createTranslator } from "next-intl";
import QRCode from "qrcode";
import type { Locale } from "@/lib/i18n/locales";
import type en from "@/messages/en.json";
import type { IssuedAccount } from "./issued-account";

/** Everything a printed slip shows, already in the account holder's language. */
export type ActivationSlip = {
  lang: Locale;
  title: string;
  name: string;
  login: string;
  loginLabel: string;
  code: string;
  codeLabel: string;
  validUntil: string;
  url: string;
  qrSvg: string;
  steps: string[];
};

async function messagesFor(locale: Locale): Promise<typeof en> {
  return ((await import(`../../messages/${locale}.json`)) as { default: typeof en }).default;
}

/**
 * The slip for a code just issued. The QR code (an SVG made here, on the server) opens the
 * activation page with the code filled in; the member types their phone number themselves.
 */
export async function activationSlip(issued: IssuedAccount, { origin, timeZone }: { origin: string; timeZone: string }): Promise<ActivationSlip> {
  const locale = issued.locale;
  const t = createTranslator({ locale, messages: await messagesFor(locale), namespace: "accounts.slip" });
  const url = `${origin}/activate?code=${encodeURIComponent(issued.code)}`;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(issued.expiresAt);
  return {
    lang: locale,
    title: t("title"),
    name: issued.name,
    login: issued.login,
    loginLabel: t("loginLabel"),
    code: issued.code,
    codeLabel: t("codeLabel"),
    validUntil: t("validUntil", { date }),
    url,
    qrSvg: await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 }),
    steps: [t("step1"), t("step2"), t("step3"), t("step4")],
  };
}
