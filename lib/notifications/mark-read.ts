import { eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { notifications } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import { notificationContentSchema, type NotificationContent } from "./kinds";

// Reading is the reader's own inbox state, not a decision: it is not written to the audit log.

/** Marks one of the caller's notifications read (again is fine) and returns what it says. */
export async function markRead(ctx: Ctx, id: string): Promise<NotificationContent & { id: string }> {
  authorize(ctx, "notification.read");
  if (!isUuid(id)) throw new NotFoundError();
  const [row] = await (await db())
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(scoped(ctx, notifications, eq(notifications.id, id), eq(notifications.userId, ctx.userId)))
    .returning({ id: notifications.id, kind: notifications.kind, params: notifications.params });
  if (!row) throw new NotFoundError();
  return { id: row.id, ...notificationContentSchema.parse({ kind: row.kind, params: row.params }) };
}

/** Marks all of the caller's unread notifications read. */
export async function markAllRead(ctx: Ctx): Promise<void> {
  authorize(ctx, "notification.read");
  await (await db())
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(scoped(ctx, notifications, eq(notifications.userId, ctx.userId), isNull(notifications.readAt)));
}
