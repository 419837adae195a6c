import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import type { Locale } from "@/lib/i18n/locales";
import { scoped } from "@/lib/tenancy/scope";

/** Saves the user's interface language on their account; a change is audited, a repeat is not. */
export async function updateUserLocale(ctx: Ctx, locale: Locale): Promise<void> {
  await (await db()).transaction(async (tx) => {
    const [saved] = await tx.select({ locale: users.locale }).from(users).where(scoped(ctx, users, eq(users.id, ctx.userId))).for("update");
    if (!saved || saved.locale === locale) return;
    await tx.update(users).set({ locale }).where(scoped(ctx, users, eq(users.id, ctx.userId)));
    await recordAudit(tx, ctx, { action: "user.locale_changed", entityType: "user", entityId: ctx.userId, before: { locale: saved.locale }, after: { locale } });
  });
}
