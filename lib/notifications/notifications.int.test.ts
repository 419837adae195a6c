import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { addMember, createTenant, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import type { NotificationContent } from "./kinds";
import { listNotifications } from "./list-notifications";
import { markAllRead, markRead } from "./mark-read";
import { notify, notifyMemberAccount } from "./notify";
import { unreadCount } from "./unread-count";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
});

function decided(lotCode = "FELT-2026-00123"): NotificationContent & { entityType: string; entityId: string } {
  const batchId = crypto.randomUUID();
  return {
    kind: "inspection.decided",
    params: { lotCode, outcome: "partially_accept", acceptedQuantity: 48, rejectedQuantity: 2, remarks: "Two pieces uneven", batchId },
    entityType: "batch",
    entityId: batchId,
  };
}

async function send(ctx: Ctx, lotCode?: string) {
  await (await db()).transaction((tx) => notify(tx, ctx, { userId: ctx.userId, ...decided(lotCode) }));
}

/** A reader with no notifications of their own yet, so counts start at zero. */
async function freshReader(t: Tenant): Promise<Ctx> {
  const [row] = await (await db())
    .insert(users)
    .values({ associationId: t.association.id, name: "reader", email: `${crypto.randomUUID()}@reader.test`, role: "coordinator", locale: "en" })
    .returning();
  return { ...t.coordinator, userId: row!.id, name: row!.name };
}

describe("notifications", () => {
  it("lists a notification, counts it unread, and marks it read", async () => {
    const reader = await freshReader(a);
    await send(reader);
    expect(await unreadCount(reader)).toBe(1);
    const [item] = (await listNotifications(reader, {})).items;
    expect(item).toMatchObject({ kind: "inspection.decided", readAt: null, params: { lotCode: "FELT-2026-00123", outcome: "partially_accept", acceptedQuantity: 48 } });
    const opened = await markRead(reader, item!.id);
    expect(opened).toMatchObject({ id: item!.id, kind: "inspection.decided", params: item!.params });
    expect(await unreadCount(reader)).toBe(0);
    const [read] = (await listNotifications(reader, {})).items;
    expect(read?.readAt).toBeInstanceOf(Date);
    await markRead(reader, item!.id);
    expect((await listNotifications(reader, {})).items[0]?.readAt).toEqual(read?.readAt);
  });

  it("marks all of the reader's notifications read, and only theirs", async () => {
    const reader = await freshReader(a);
    const other = await freshReader(a);
    await send(reader);
    await send(reader);
    await send(other);
    expect(await unreadCount(reader)).toBe(2);
    await markAllRead(reader);
    expect(await unreadCount(reader)).toBe(0);
    expect(await unreadCount(other)).toBe(1);
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const reader = await freshReader(a);
    await expect(
      (await db()).transaction(async (tx) => {
        await notify(tx, reader, { userId: reader.userId, ...decided() });
        throw new Error("approval failed");
      }),
    ).rejects.toThrow("approval failed");
    expect(await unreadCount(reader)).toBe(0);
  });

  it("hides another user's and another association's notifications", async () => {
    const reader = await freshReader(a);
    const colleague = await freshReader(a);
    const outsider = await freshReader(b);
    await send(colleague);
    await send(outsider);
    const colleagueId = (await listNotifications(colleague, {})).items[0]!.id;
    const outsiderId = (await listNotifications(outsider, {})).items[0]!.id;
    expect((await listNotifications(reader, {})).items).toEqual([]);
    expect(await unreadCount(reader)).toBe(0);
    await expect(markRead(reader, colleagueId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(markRead(reader, outsiderId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(markRead(reader, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    // The same user id under the other association's context sees nothing either.
    await expect(markRead({ ...colleague, associationId: b.association.id }, colleagueId)).rejects.toBeInstanceOf(NotFoundError);
    await markAllRead(reader);
    expect(await unreadCount(colleague)).toBe(1);
    expect(await unreadCount(outsider)).toBe(1);
  });

  it("lets every role read its own notifications", async () => {
    for (const ctx of [a.producer, a.coordinator, a.admin, a.ministry]) await expect(unreadCount(ctx)).resolves.toBeTypeOf("number");
  });

  it("refuses params that do not fit the kind", async () => {
    const bad = { ...decided(), params: { ...decided().params, outcome: "maybe" } } as unknown as NotificationContent & { entityType: string; entityId: string };
    await expect((await db()).transaction((tx) => notify(tx, a.coordinator, { userId: a.coordinator.userId, ...bad }))).rejects.toThrow();
  });

  it("pages newest first without gaps or repeats", async () => {
    const reader = await freshReader(a);
    for (let i = 0; i < PAGE_SIZE + 5; i += 1) await send(reader, `FELT-2026-${String(i).padStart(5, "0")}`);
    const first = await listNotifications(reader, {});
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await listNotifications(reader, { cursor: first.nextCursor! });
    expect(second.items).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const stored = await (await db()).select().from(notifications).where(eq(notifications.userId, reader.userId));
    const newestFirst = stored
      .sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || (y.id > x.id ? 1 : -1))
      .map((n) => n.id);
    expect([...first.items, ...second.items].map((n) => n.id)).toEqual(newestFirst);
    expect(first.items[0]).toMatchObject({ params: { lotCode: `FELT-2026-${String(PAGE_SIZE + 4).padStart(5, "0")}` } });
  });
});

describe("notifyMemberAccount", () => {
  it("notifies the member's active producer account", async () => {
    const before = await unreadCount(a.producer);
    await (await db()).transaction((tx) => notifyMemberAccount(tx, a.coordinator, a.member.id, decided()));
    expect(await unreadCount(a.producer)).toBe(before + 1);
    expect(await unreadCount(b.producer)).toBe(0);
  });

  it("notifies nobody for a member without an account, or one disabled", async () => {
    const loner = await addMember(a.association.id, a.village.id, { gender: "male", birthYear: 1985 });
    const disabled = await createTenant("d");
    await (await db()).update(users).set({ status: "disabled" }).where(eq(users.id, disabled.producer.userId));
    const database = await db();
    const count = async () => (await database.select().from(notifications)).length;
    const before = await count();
    await database.transaction((tx) => notifyMemberAccount(tx, a.coordinator, loner.id, decided()));
    await database.transaction((tx) => notifyMemberAccount(tx, disabled.coordinator, disabled.member.id, decided()));
    // Another association's member is not found through this association's context.
    await database.transaction((tx) => notifyMemberAccount(tx, a.coordinator, b.member.id, decided()));
    expect(await count()).toBe(before);
  });
});
