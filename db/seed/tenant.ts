import type { Tx } from "@/db/connect";
import {
  associations,
  batches,
  batchMaterials,
  buyerArticles,
  buyers,
  districts,
  labelDesigns,
  lineMaterials,
  lotSequences,
  materials,
  members,
  producerGroups,
  productLines,
  products,
  regions,
  reviewDecisions,
  reviewVersions,
  users,
  villages,
} from "@/db/schema";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { buildBatches, type SeedLine } from "./batches";
import { buildExportSetup } from "./exports";
import { dayNumber, momentOn } from "./calendar";
import { insertInspections, insertPublishedChecklists } from "./frozen";
import { insertChunked } from "./insert";
import { buildInspections } from "./inspections";
import { buildMaterials } from "./material-rows";
import { buildGroups, buildMembers, type SeedVillage } from "./members";
import type { TenantPlan } from "./plans";
import type { Rng } from "./random";
import { buildTemplates } from "./template-rows";

const SETUP_DAY = dayNumber("2024-12-16");

function buildGeography(rng: Rng, associationId: string, plan: TenantPlan) {
  const names = (n: { en: string; ru: string; ky: string }) => ({ nameEn: n.en, nameRu: n.ru, nameKy: n.ky });
  const region = { associationId, id: rng.uuid(), ...names(plan.region) };
  const districtRows = [];
  const villageRows = [];
  const seedVillages: SeedVillage[] = [];
  for (const district of plan.region.districts) {
    const districtRow = { associationId, id: rng.uuid(), regionId: region.id, ...names(district) };
    districtRows.push(districtRow);
    for (const village of district.villages) {
      const row = { associationId, id: rng.uuid(), districtId: districtRow.id, ...names(village) };
      villageRows.push(row);
      seedVillages.push({ id: row.id, en: village.en, ky: village.ky, weight: village.weight });
    }
  }
  return { region, districtRows, villageRows, seedVillages };
}

function buildCatalog(rng: Rng, associationId: string, plan: TenantPlan, updatedAt: Date) {
  const lineRows = [];
  const productRows = [];
  const seedLines: SeedLine[] = [];
  for (const line of plan.lines) {
    const lineId = rng.uuid();
    lineRows.push({
      associationId,
      id: lineId,
      code: line.code,
      nameEn: line.en,
      nameRu: line.ru,
      nameKy: line.ky,
      category: line.category,
      hsCode: line.hsCode ?? null,
      unit: line.unit,
      inspectionLevel: line.inspectionLevel,
      aqlCritical: line.aql.critical,
      aqlMajor: line.aql.major,
      aqlMinor: line.aql.minor,
      updatedAt,
    });
    const productIds = new Map<string, string>();
    for (const sku of line.skus) {
      const id = rng.uuid();
      productIds.set(sku.sku, id);
      productRows.push({
        associationId,
        id,
        lineId,
        sku: sku.sku,
        articleNumber: sku.articleNumber,
        nameEn: sku.en,
        nameRu: sku.ru,
        nameKy: sku.ky,
        nameJa: sku.ja ?? null,
        producerPriceMinor: sku.priceMinor,
        currency: plan.association.currency,
        ...sku.spec,
        updatedAt,
      });
    }
    seedLines.push({ ...line, id: lineId, productIds });
  }
  return { lineRows, productRows, seedLines };
}

function buildUsers(rng: Rng, associationId: string, plan: TenantPlan, passwordHash: string, producerMemberId: string) {
  return DEMO_ACCOUNTS.filter((a) => a.association === plan.association.slug).map((account) => {
    const producer = account.role === "producer";
    return {
      associationId,
      id: rng.uuid(),
      name: account.name,
      email: producer ? null : account.login,
      phone: producer ? account.login : null,
      passwordHash,
      role: account.role,
      locale: producer || account.role === "ministry" ? ("ru" as const) : ("en" as const),
      memberId: producer ? producerMemberId : null,
      createdAt: momentOn(SETUP_DAY, 11, 0, plan.utcOffset),
    };
  });
}

export async function seedTenant(tx: Tx, rng: Rng, plan: TenantPlan, passwordHash: string): Promise<Record<string, number>> {
  const associationId = rng.uuid();
  const geography = buildGeography(rng, associationId, plan);
  const groupRows = buildGroups(rng, associationId, geography.seedVillages, plan.groupsFor);
  const memberPlan = { ...plan.members, utcOffset: plan.utcOffset };
  const { rows: memberRows, producers } = buildMembers(rng, associationId, memberPlan, geography.seedVillages, groupRows);
  const demoMemberId = memberRows[0]!.id!;
  const userRows = buildUsers(rng, associationId, plan, passwordHash, demoMemberId);
  const setUp = momentOn(SETUP_DAY, 11, 0, plan.utcOffset);
  const catalog = buildCatalog(rng, associationId, plan, setUp);
  const registry = buildMaterials(rng, associationId, geography.region.id, plan.materials, catalog.seedLines, setUp);
  const coordinators = userRows.filter((u) => u.role === "coordinator").map((u) => u.id);
  const admin = userRows.find((u) => u.role === "admin")!.id;
  const templates = buildTemplates(rng, associationId, catalog.seedLines, coordinators, plan.utcOffset);
  const built = buildBatches(rng, associationId, catalog.seedLines, registry.byCode, producers, {
    ...plan.batches,
    utcOffset: plan.utcOffset,
    demoMemberId,
  });
  const inspected = buildInspections(rng, associationId, built.batches, templates, { coordinators, admin }, plan.utcOffset);
  const batchRows = built.batches.map(({ id, row }) => ({ ...row, ...inspected.settled.get(id) }));

  await tx.insert(associations).values({ id: associationId, ...plan.association, createdAt: momentOn(SETUP_DAY, 10, 0, plan.utcOffset) });
  await tx.insert(regions).values(geography.region);
  return {
    associations: 1,
    regions: 1,
    districts: await insertChunked(tx, districts, geography.districtRows),
    villages: await insertChunked(tx, villages, geography.villageRows),
    producerGroups: await insertChunked(tx, producerGroups, groupRows),
    members: await insertChunked(tx, members, memberRows),
    users: await insertChunked(tx, users, userRows),
    productLines: await insertChunked(tx, productLines, catalog.lineRows),
    products: await insertChunked(tx, products, catalog.productRows),
    materials: await insertChunked(tx, materials, registry.materialRows),
    lineMaterials: await insertChunked(tx, lineMaterials, registry.lineMaterialRows),
    ...(await insertPublishedChecklists(tx, [...templates.values()].flat())),
    batches: await insertChunked(tx, batches, batchRows),
    batchMaterials: await insertChunked(tx, batchMaterials, built.materialRows),
    ...(await insertInspections(tx, associationId, inspected.rounds)),
    lotSequences: await insertChunked(tx, lotSequences, built.sequenceRows),
    ...(plan.buyer ? await insertExportSetup(tx, buildExportSetup(rng, associationId, plan.buyer, catalog.productRows, { author: coordinators[0]!, approvers: [coordinators[1]!, admin] }, plan.utcOffset)) : {}),
  };
}

async function insertExportSetup(tx: Tx, setup: ReturnType<typeof buildExportSetup>): Promise<Record<string, number>> {
  await tx.insert(buyers).values(setup.buyerRow);
  return {
    buyers: 1,
    buyerArticles: await insertChunked(tx, buyerArticles, setup.articleRows),
    labelDesigns: await insertChunked(tx, labelDesigns, setup.designRows),
    reviewVersions: await insertChunked(tx, reviewVersions, setup.versionRows),
    reviewDecisions: await insertChunked(tx, reviewDecisions, setup.decisionRows),
  };
}
