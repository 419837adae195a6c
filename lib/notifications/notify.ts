import { eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { notifications, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped } from "@/lib/tenancy/scope";
import { notificationContentSchema, type NotificationContent, type NotificationSubject } from "./kinds";

export type NotifyInput = NotificationContent & NotificationSubject & { userId: string };

/** Writes a notification inside the caller's transaction, so it exists only if the change does. */
export async function notify(tx: Tx, ctx: Pick<Ctx, "associationId">, input: NotifyInput): Promise<void> {
  await notifyUsers(tx, ctx, [input.userId], input);
}

/** Notifies every active producer account of a member; a member without one gets nothing. */
export async function notifyMemberAccount(
  tx: Tx,
  ctx: Pick<Ctx, "associationId">,
  memberId: string,
  input: NotificationContent & NotificationSubject,
): Promise<void> {
  const accounts = await tx
    .select({ id: users.id })
    .from(users)
    .where(scoped(ctx, users, eq(users.memberId, memberId), eq(users.role, "producer"), eq(users.status, "active")));
  await notifyUsers(tx, ctx, accounts.map((a) => a.id), input);
}

async function notifyUsers(tx: Tx, ctx: Pick<Ctx, "associationId">, userIds: string[], input: NotificationContent & NotificationSubject) {
  const { kind, params } = notificationContentSchema.parse({ kind: input.kind, params: input.params });
  if (userIds.length === 0) return;
  await tx.insert(notifications).values(
    userIds.map((userId) => ({ associationId: ctx.associationId, userId, kind, entityType: input.entityType, entityId: input.entityId, params })),
  );
}
