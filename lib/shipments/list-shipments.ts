import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { buyers, shipmentLines, shipments } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { decodeKeyCursor, encodeKeyCursor } from "@/lib/pagination/key-cursor";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import type { ShipmentStatus } from "./options";

// Shipments still ahead come soonest first; those that have left or ended, latest first.
const UPCOMING: readonly ShipmentStatus[] = ["planning", "packed"];

/** Shipments of one status, a page at a time by planned date (the status index serves it). */
export async function listShipments(ctx: Ctx, input: { status: ShipmentStatus; cursor?: string }) {
  authorize(ctx, "shipment.read");
  const descending = !UPCOMING.includes(input.status);
  const cursor = decodeKeyCursor(input.cursor);
  const keyset = cursor
    ? sql`(${shipments.plannedDate}, ${shipments.id}) ${sql.raw(descending ? "<" : ">")} (${cursor.key}::date, ${cursor.id}::uuid)`
    : undefined;
  const direction = sql.raw(descending ? "desc" : "asc");
  const rows = await (await db())
    .select({
      id: shipments.id,
      code: shipments.code,
      status: shipments.status,
      plannedDate: shipments.plannedDate,
      destination: shipments.destination,
      market: shipments.market,
      currency: shipments.currency,
      buyerName: buyers.name,
      lineCount: sql<number>`(select count(*) from ${shipmentLines} where ${shipmentLines.associationId} = ${shipments.associationId} and ${shipmentLines.shipmentId} = ${shipments.id})`.mapWith(Number),
      totalMinor: sql<number>`(select coalesce(sum(${shipmentLines.quantity}::bigint * ${shipmentLines.unitPriceMinor}), 0) from ${shipmentLines}
        where ${shipmentLines.associationId} = ${shipments.associationId} and ${shipmentLines.shipmentId} = ${shipments.id})`.mapWith(Number),
    })
    .from(shipments)
    .innerJoin(buyers, tenantJoin(buyers, shipments, shipments.buyerId))
    .where(scoped(ctx, shipments, eq(shipments.status, input.status), keyset))
    .orderBy(sql`${shipments.plannedDate} ${direction}`, sql`${shipments.id} ${direction}`)
    .limit(PAGE_SIZE + 1);
  const items = rows.slice(0, PAGE_SIZE);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > PAGE_SIZE && last ? encodeKeyCursor({ key: last.plannedDate, id: last.id }) : null };
}

export type ShipmentListItem = Awaited<ReturnType<typeof listShipments>>["items"][number];
