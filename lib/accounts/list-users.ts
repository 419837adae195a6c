import { asc, eq, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { members, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { decodeKeyCursor, encodeKeyCursor } from "@/lib/pagination/key-cursor";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { accountColumns } from "./account-columns";

export const USER_KINDS = ["staff", "producers"] as const;
export type UserKind = (typeof USER_KINDS)[number];

/** The association's staff or producer accounts by name, a page at a time. */
export async function listUsers(ctx: Ctx, input: { kind?: UserKind; cursor?: string } = {}) {
  authorize(ctx, "account.manageStaff");
  const cursor = decodeKeyCursor(input.cursor);
  const rows = await (await db())
    .select(accountColumns)
    .from(users)
    .leftJoin(members, tenantJoin(members, users, users.memberId))
    .where(
      scoped(
        ctx,
        users,
        input.kind === "producers" ? eq(users.role, "producer") : ne(users.role, "producer"),
        cursor ? sql`(${users.name}, ${users.id}) > (${cursor.key}, ${cursor.id}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.id))
    .limit(PAGE_SIZE + 1);
  const items = rows.slice(0, PAGE_SIZE);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > PAGE_SIZE && last ? encodeKeyCursor({ key: last.name, id: last.id }) : null };
}

export type UserListItem = Awaited<ReturnType<typeof listUsers>>["items"][number];
