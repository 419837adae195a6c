import { and, asc, desc, eq, inArray, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { associations, batches, batchMaterials, districts, inspections, materials, members, products, regions, villages } from "@/db/schema";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { givenName } from "./given-name";
import { isPublicCode } from "./public-code";
import { publicColour, publicName } from "./public-name";
import type { PublicLocale } from "./public-locale";

const PASSED_STATUSES = ["accepted", "partially_accepted"] as const;
const PASSED_OUTCOMES = ["accept", "partially_accept"] as const;

async function findPassedBatch(code: string) {
  return (await db())
    .select({
      associationId: batches.associationId,
      id: batches.id,
      producedFrom: batches.producedFrom,
      producedTo: batches.producedTo,
      product: { ...nameColumns(products), nameJa: products.nameJa },
      member: { fullName: members.fullName, fullNameLatin: members.fullNameLatin, publicConsent: members.publicConsent },
      village: nameColumns(villages),
      region: nameColumns(regions),
      association: { name: associations.name, countryCode: associations.countryCode, timezone: associations.timezone },
    })
    .from(batches)
    .innerJoin(associations, eq(associations.id, batches.associationId))
    .innerJoin(products, tenantJoin(products, batches, batches.productId))
    .innerJoin(members, tenantJoin(members, batches, batches.memberId))
    .innerJoin(villages, tenantJoin(villages, members, members.villageId))
    .innerJoin(districts, tenantJoin(districts, villages, villages.districtId))
    .innerJoin(regions, tenantJoin(regions, districts, districts.regionId))
    // Public codes are unique across associations: the code alone finds the one batch.
    .where(and(eq(batches.publicCode, code), inArray(batches.status, PASSED_STATUSES)));
}

async function passedOn(owner: { associationId: string }, batchId: string): Promise<Date | undefined> {
  const [row] = await (await db())
    .select({ approvedAt: inspections.approvedAt })
    .from(inspections)
    .where(scoped(owner, inspections, eq(inspections.batchId, batchId), eq(inspections.status, "approved"), inArray(inspections.outcome, PASSED_OUTCOMES)))
    .orderBy(desc(inspections.approvedAt))
    .limit(1);
  return row?.approvedAt ?? undefined;
}

async function materialsOf(owner: { associationId: string }, batchId: string) {
  return (await db())
    .select({
      kind: materials.kind,
      name: nameColumns(materials),
      plantSource: materials.plantSource,
      colour: { colourEn: materials.colourEn, colourRu: materials.colourRu, colourKy: materials.colourKy },
      colourHex: materials.colourHex,
    })
    .from(batchMaterials)
    .innerJoin(materials, tenantJoin(materials, batchMaterials, batchMaterials.materialId))
    // Packaging is not what the piece is made of.
    .where(scoped(owner, batchMaterials, eq(batchMaterials.batchId, batchId), ne(materials.kind, "packaging")))
    .orderBy(asc(materials.kind), asc(materials.code));
}

/** The maker's given name, only where they agreed to be named; in Latin letters for en and ja readers. */
function makerName(member: { fullName: string; fullNameLatin: string | null; publicConsent: boolean }, locale: PublicLocale): string | null {
  if (!member.publicConsent) return null;
  const latin = (locale === "en" || locale === "ja") && member.fullNameLatin ? member.fullNameLatin : null;
  return givenName(latin ?? member.fullName);
}

/**
 * What a lot's public page shows, in the visitor's language. Only a batch that passed quality
 * control (an approved accept or partial accept) has a public page; any other code is not found.
 */
export async function getPublicTrace(code: string, locale: PublicLocale) {
  if (!isPublicCode(code)) throw new NotFoundError();
  const [batch] = await findPassedBatch(code);
  if (!batch) throw new NotFoundError();
  const [passed, used] = await Promise.all([passedOn(batch, batch.id), materialsOf(batch, batch.id)]);
  if (!passed) throw new NotFoundError();
  const colourHex = (hex: string | null) => (hex && /^#[0-9a-f]{6}$/i.test(hex) ? hex : null);
  return {
    batchId: batch.id,
    associationId: batch.associationId,
    productName: locale === "ja" ? (batch.product.nameJa ?? batch.product.nameEn) : publicName(batch.product, locale),
    villageName: publicName(batch.village, locale),
    regionName: publicName(batch.region, locale),
    countryCode: batch.association.countryCode,
    associationName: batch.association.name,
    timeZone: batch.association.timezone,
    producedFrom: batch.producedFrom,
    producedTo: batch.producedTo,
    maker: makerName(batch.member, locale),
    passedOn: passed,
    materials: used.filter((m) => m.kind !== "dye").map((m) => ({ name: publicName(m.name, locale) })),
    dyes: used
      .filter((m) => m.kind === "dye")
      .map((m) => ({ name: publicName(m.name, locale), plantSource: m.plantSource, colour: publicColour(m.colour, locale), colourHex: colourHex(m.colourHex) })),
  };
}

export type PublicTrace = Awaited<ReturnType<typeof getPublicTrace>>;
