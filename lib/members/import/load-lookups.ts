import { eq } from "drizzle-orm";
import { isSupportedCountry } from "libphonenumber-js";
import type { Db } from "@/db/connect";
import { associations, members, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped } from "@/lib/tenancy/scope";
import type { Lookups } from "./validate-rows";

/** The association's country, today's date where it is, its villages and its members' phones and numbers. */
export async function loadLookups(database: Db, ctx: Pick<Ctx, "associationId">, now = new Date()): Promise<Lookups> {
  const [association] = await database
    .select({ countryCode: associations.countryCode, timezone: associations.timezone })
    .from(associations)
    .where(eq(associations.id, ctx.associationId));
  if (!association) throw new Error("The session names an association that does not exist");
  const villageRows = await database
    .select({ id: villages.id, nameEn: villages.nameEn, nameRu: villages.nameRu, nameKy: villages.nameKy })
    .from(villages)
    .where(scoped(ctx, villages));
  const memberRows = await database.select({ number: members.memberNumber, phone: members.phone }).from(members).where(scoped(ctx, members));
  const phones = new Map<string, string>();
  for (const m of memberRows) if (m.phone) phones.set(m.phone, m.number);
  return {
    country: isSupportedCountry(association.countryCode) ? association.countryCode : undefined,
    // en-CA formats a date as YYYY-MM-DD.
    today: new Intl.DateTimeFormat("en-CA", { timeZone: association.timezone }).format(now),
    villages: villageRows,
    phones,
    numbers: new Set(memberRows.map((m) => m.number.toUpperCase())),
  };
}
