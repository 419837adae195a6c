import type { Locale } from "@/lib/i18n/locales";

/** What a slip needs right after a code is issued; the plain code exists only here. */
export type IssuedAccount = {
  userId: string;
  name: string;
  /** The phone number or e-mail the person activates and signs in with. */
  login: string;
  locale: Locale;
  code: string;
  expiresAt: Date;
};
