import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { loadActiveUser } from "./active-user";
import type { Ctx } from "./context";
import { authOptions } from "./options";

/**
 * The signed-in user as the database has them now, once per request. The language is the one
 * chosen with the switcher on this device, else the account's own.
 */
export const currentUser = cache(async (): Promise<Ctx | null> => {
  const claimed = (await getServerSession(authOptions()))?.ctx;
  const user = claimed ? await loadActiveUser(claimed) : null;
  if (!user) return null;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? { ...user, locale: chosen } : user;
});

export async function requireSession(): Promise<Ctx> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}
