import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { scoped } from "@/lib/tenancy/scope";
import type { Ctx } from "./context";
import { authOptions } from "./options";

/**
 * The session's user as the database has them now: a disabled account is refused at once.
 * The language is the one chosen with the switcher on this device, else the account's own.
 */
export const currentUser = cache(async (): Promise<Ctx | null> => {
  const session = await getServerSession(authOptions());
  const claimed = session?.ctx;
  if (!claimed) return null;
  const [user] = await (await db())
    .select({ status: users.status, role: users.role, locale: users.locale, name: users.name, memberId: users.memberId })
    .from(users)
    .where(scoped(claimed, users, eq(users.id, claimed.userId)));
  if (!user || user.status !== "active") return null;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return { ...claimed, role: user.role, locale: isLocale(chosen) ? chosen : user.locale, name: user.name, memberId: user.memberId };
});

export async function requireSession(): Promise<Ctx> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}
