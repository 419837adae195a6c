import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { buyers } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { countryName } from "@/lib/validation/iso-codes";
import { scoped } from "@/lib/tenancy/scope";
import type { BuyerStatus } from "./schemas";

// An association has tens of buyers, not thousands: one ordered list, no pages.
const MAX_BUYERS = 500;

/** The association's buyers of one status, by name, with the country named in the reader's language. */
export async function listBuyers(ctx: Ctx, filter: { status?: BuyerStatus } = {}) {
  authorize(ctx, "buyer.manage");
  const rows = await (await db())
    .select({
      id: buyers.id,
      name: buyers.name,
      countryCode: buyers.countryCode,
      currency: buyers.currency,
      contactName: buyers.contactName,
      email: buyers.email,
      status: buyers.status,
    })
    .from(buyers)
    .where(scoped(ctx, buyers, eq(buyers.status, filter.status ?? "active")))
    .orderBy(asc(buyers.name))
    .limit(MAX_BUYERS);
  return rows.map((row) => ({ ...row, countryName: countryName(row.countryCode, ctx.locale) }));
}

export type BuyerListItem = Awaited<ReturnType<typeof listBuyers>>[number];
