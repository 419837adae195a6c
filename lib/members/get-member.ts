import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { auditEvents, batches, districts, members, producerGroups, products, regions, users, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";

import { isUuid } from "@/lib/validation/uuid";

/** A member's details with the names of their village, district, region and group. */
export async function getMemberRecord(ctx: Ctx, memberId: string) {
  if (!isUuid(memberId)) throw new NotFoundError();
  const [row] = await (await db())
    .select({
      member: members,
      village: nameColumns(villages),
      district: nameColumns(districts),
      region: nameColumns(regions),
      groupName: producerGroups.name,
    })
    .from(members)
    .innerJoin(villages, tenantJoin(villages, members, members.villageId))
    .innerJoin(districts, tenantJoin(districts, villages, villages.districtId))
    .innerJoin(regions, tenantJoin(regions, districts, districts.regionId))
    .leftJoin(producerGroups, tenantJoin(producerGroups, members, members.groupId))
    .where(scoped(ctx, members, eq(members.id, memberId)));
  if (!row) throw new NotFoundError();
  return {
    ...row.member,
    villageName: localName(row.village, ctx.locale),
    districtName: localName(row.district, ctx.locale),
    regionName: localName(row.region, ctx.locale),
    groupName: row.groupName,
  };
}

/** A member's profile: details, place, group, account, recent batches and activity. */
export async function getMember(ctx: Ctx, memberId: string) {
  authorize(ctx, "member.read");
  const member = await getMemberRecord(ctx, memberId);
  const database = await db();
  const ownBatchIds = database.select({ id: sql`${batches.id}::text` }).from(batches).where(scoped(ctx, batches, eq(batches.memberId, memberId)));
  const ownAccountIds = database.select({ id: sql`${users.id}::text` }).from(users).where(scoped(ctx, users, eq(users.memberId, memberId)));
  const [recentBatches, account, activity] = await Promise.all([
    database
      .select({ id: batches.id, lotCode: batches.lotCode, status: batches.status, quantity: batches.quantity, createdAt: batches.createdAt, product: nameColumns(products) })
      .from(batches)
      .innerJoin(products, tenantJoin(products, batches, batches.productId))
      .where(scoped(ctx, batches, eq(batches.memberId, memberId)))
      .orderBy(desc(batches.createdAt))
      .limit(10),
    database.select({ id: users.id, status: users.status, activated: sql<boolean>`${users.passwordHash} is not null` }).from(users).where(scoped(ctx, users, eq(users.memberId, memberId))),
    database
      .select({ id: auditEvents.id, action: auditEvents.action, entityType: auditEvents.entityType, after: auditEvents.after, createdAt: auditEvents.createdAt, actorName: users.name })
      .from(auditEvents)
      .leftJoin(users, tenantJoin(users, auditEvents, auditEvents.actorId))
      .where(
        scoped(
          ctx,
          auditEvents,
          or(
            and(eq(auditEvents.entityType, "member"), eq(auditEvents.entityId, memberId)),
            and(eq(auditEvents.entityType, "batch"), inArray(auditEvents.entityId, ownBatchIds)),
            and(eq(auditEvents.entityType, "user"), inArray(auditEvents.entityId, ownAccountIds)),
          ),
        ),
      )
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(30),
  ]);
  return {
    ...member,
    account: account[0] ?? null,
    batches: recentBatches.map(({ product, ...b }) => ({ ...b, productName: localName(product, ctx.locale) })),
    activity,
  };
}

export type MemberRecord = Awaited<ReturnType<typeof getMemberRecord>>;
export type MemberProfile = Awaited<ReturnType<typeof getMember>>;
