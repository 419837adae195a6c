"use server";

import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { currentUser } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { scoped } from "@/lib/tenancy/scope";

/** Remembers the language in a cookie, and on the user's account when signed in. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const user = await currentUser();
  if (user) {
    await (await db()).transaction(async (tx) => {
      const [saved] = await tx.select({ locale: users.locale }).from(users).where(scoped(user, users, eq(users.id, user.userId))).for("update");
      if (!saved || saved.locale === locale) return;
      await tx.update(users).set({ locale }).where(scoped(user, users, eq(users.id, user.userId)));
      await recordAudit(tx, user, { action: "user.locale_changed", entityType: "user", entityId: user.userId, before: { locale: saved.locale }, after: { locale } });
    });
  }
  revalidatePath("/", "layout");
}
