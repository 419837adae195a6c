import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { scoped } from "@/lib/tenancy/scope";
import type { Ctx } from "./context";

/**
 * Re-reads the user a session token claims. A disabled or deleted account gets null, so it is
 * refused on its next request; a changed role or name takes effect at once.
 */
export async function loadActiveUser(claimed: Ctx): Promise<Ctx | null> {
  const [user] = await (await db())
    .select({ status: users.status, role: users.role, locale: users.locale, name: users.name, memberId: users.memberId })
    .from(users)
    .where(scoped(claimed, users, eq(users.id, claimed.userId)));
  if (!user || user.status !== "active") return null;
  return { ...claimed, role: user.role, locale: user.locale, name: user.name, memberId: user.memberId };
}
