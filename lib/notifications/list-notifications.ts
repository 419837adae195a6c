import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { notifications } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { decodeCursor, PAGE_SIZE, toPage } from "@/lib/pagination/cursor";
import { keysetBefore } from "@/lib/pagination/keyset";
import { scoped } from "@/lib/tenancy/scope";
import { notificationContentSchema, type NotificationContent } from "./kinds";

export type NotificationItem = NotificationContent & { id: string; createdAt: Date; readAt: Date | null };

/** The caller's own notifications, newest first, a page at a time. */
export async function listNotifications(ctx: Ctx, input: { cursor?: string }): Promise<{ items: NotificationItem[]; nextCursor: string | null }> {
  authorize(ctx, "notification.read");
  const before = keysetBefore(notifications.createdAt, notifications.id, decodeCursor(input.cursor));
  const rows = await (await db())
    .select({ id: notifications.id, kind: notifications.kind, params: notifications.params, createdAt: notifications.createdAt, readAt: notifications.readAt })
    .from(notifications)
    .where(scoped(ctx, notifications, eq(notifications.userId, ctx.userId), before))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(PAGE_SIZE + 1);
  const page = toPage(rows, (r) => ({ at: r.createdAt.toISOString(), id: r.id }));
  return {
    ...page,
    items: page.items.map(({ kind, params, ...r }) => ({ ...r, ...notificationContentSchema.parse({ kind, params }) })),
  };
}
