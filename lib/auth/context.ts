import type { Role } from "./roles";
import type { Locale } from "@/lib/i18n/locales";

/** Who is calling: every domain function takes it first and scopes its work to the association. */
export type Ctx = {
  userId: string;
  associationId: string;
  role: Role;
  locale: Locale;
  name: string;
  memberId: string | null;
};
