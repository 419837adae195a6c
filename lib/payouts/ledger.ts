import { desc, eq, lt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, members, payoutEntries, producerGroups, productLines, products, shipments, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { getAssociation } from "@/lib/tenancy/get-association";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import { entryColumns } from "./entry-columns";
import { ledgerSums } from "./ledger-sums";

/** Entry ids only grow, so the last id shown is the cursor of the next (older) page. */
const entryCursor = (value: string | undefined) => (value && /^\d{1,15}$/.test(value) ? Number(value) : undefined);

async function memberOf(ctx: Ctx, memberId: string) {
  const [member] = await (await db())
    .select({ id: members.id, fullName: members.fullName, memberNumber: members.memberNumber, village: nameColumns(villages), groupName: producerGroups.name })
    .from(members)
    .innerJoin(villages, tenantJoin(villages, members, members.villageId))
    .leftJoin(producerGroups, tenantJoin(producerGroups, members, members.groupId))
    .where(scoped(ctx, members, eq(members.id, memberId)));
  if (!member) throw new NotFoundError();
  const { village, ...rest } = member;
  return { ...rest, villageName: localName(village, ctx.locale) };
}

/**
 * One member's entries, newest first, each with the balance right after it (a running sum in
 * entry order over all their entries), and their totals by kind.
 */
async function ledgerOf(ctx: Ctx, memberId: string, cursor: string | undefined) {
  const member = await memberOf(ctx, memberId);
  const database = await db();
  const ofMember = scoped(ctx, payoutEntries, eq(payoutEntries.memberId, memberId));
  const running = database
    .select({ id: payoutEntries.id, balanceMinor: sql<number>`sum(${payoutEntries.amountMinor}) over (order by ${payoutEntries.id})`.mapWith(Number).as("running_minor") })
    .from(payoutEntries)
    .where(ofMember)
    .as("running");
  const before = entryCursor(cursor);
  const [rows, [sums], association] = await Promise.all([
    database
      .select({ id: payoutEntries.id, ...entryColumns(), balanceMinor: running.balanceMinor, unit: productLines.unit })
      .from(payoutEntries)
      .innerJoin(running, eq(running.id, payoutEntries.id))
      .leftJoin(shipments, tenantJoin(shipments, payoutEntries, payoutEntries.shipmentId))
      .leftJoin(batches, tenantJoin(batches, payoutEntries, payoutEntries.batchId))
      .leftJoin(products, tenantJoin(products, batches, batches.productId))
      .leftJoin(productLines, tenantJoin(productLines, products, products.lineId))
      .where(scoped(ctx, payoutEntries, eq(payoutEntries.memberId, memberId), before === undefined ? undefined : lt(payoutEntries.id, before)))
      .orderBy(desc(payoutEntries.id))
      .limit(PAGE_SIZE + 1),
    database.select(ledgerSums()).from(payoutEntries).where(ofMember),
    getAssociation(ctx),
  ]);
  const items = rows.slice(0, PAGE_SIZE).map(({ product, ...r }) => ({ ...r, productName: product ? localName(product, ctx.locale) : null }));
  const last = items[items.length - 1];
  return { member, currency: association.currency, sums: sums!, items, nextCursor: rows.length > PAGE_SIZE && last ? String(last.id) : null };
}

/** A producer's ledger as an admin sees it. */
export async function memberLedger(ctx: Ctx, memberId: string, options: { cursor?: string } = {}) {
  authorize(ctx, "payout.read");
  if (!isUuid(memberId)) throw new NotFoundError();
  return ledgerOf(ctx, memberId, options.cursor);
}

/** The signed-in producer's own ledger: the only one they can see. */
export async function myLedger(ctx: Ctx, options: { cursor?: string } = {}) {
  authorize(ctx, "payout.readOwn");
  if (!ctx.memberId) throw new ForbiddenError();
  return ledgerOf(ctx, ctx.memberId, options.cursor);
}

export type Ledger = Awaited<ReturnType<typeof ledgerOf>>;
export type LedgerEntry = Ledger["items"][number];
