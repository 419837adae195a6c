import { count, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { notifications } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { scoped } from "@/lib/tenancy/scope";

/** How many of the caller's notifications are still unread, for the bell. */
export async function unreadCount(ctx: Ctx): Promise<number> {
  authorize(ctx, "notification.read");
  const [row] = await (await db())
    .select({ n: count() })
    .from(notifications)
    .where(scoped(ctx, notifications, eq(notifications.userId, ctx.userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
