import { randomUUID } from "node:crypto";
import { asc, eq, max } from "drizzle-orm";
import { db } from "../client";
import { associations, batches, checklistItems, checklistTemplates, districts, members, productLines, products, regions, users, villages } from "../schema";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";
import { itemRows } from "@/lib/checklists/item-rows";
import { checklistItemsSchema, type ChecklistItemInput } from "@/lib/checklists/schemas";
import { memberSearchKey } from "@/lib/members/search-key";
import { scoped } from "@/lib/tenancy/scope";

export const TEST_PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | undefined;

/**
 * A complete small association: geography, one member with a producer account, staff of each
 * role, and one felt product. Each call makes a new one, so tests never share tenants.
 */
export async function createTenant(label = randomUUID().slice(0, 8)) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const database = await db();
  const [association] = await database
    .insert(associations)
    .values({ slug: `t-${label}`, name: `Test ${label}`, countryCode: "KG", currency: "KGS", timezone: "Asia/Bishkek" })
    .returning();
  const associationId = association!.id;
  const names = (en: string) => ({ nameEn: en, nameRu: `${en} ru`, nameKy: `${en} ky` });
  const [region] = await database.insert(regions).values({ associationId, ...names("Issyk-Kul") }).returning();
  const [district] = await database.insert(districts).values({ associationId, regionId: region!.id, ...names("Tong") }).returning();
  const [village] = await database.insert(villages).values({ associationId, districtId: district!.id, ...names("Ak-Say") }).returning();
  const [line] = await database.insert(productLines).values({ associationId, code: "FELT", ...names("Felt"), unit: "pcs" }).returning();
  const [product] = await database
    .insert(products)
    .values({ associationId, lineId: line!.id, sku: "FELT-SHEEP", ...names("Felt sheep"), producerPriceMinor: 35000, currency: "KGS" })
    .returning();

  // 55x is a Kyrgyz mobile range: a random tail starting with 0 would not be a valid number.
  const phoneTail = `55${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  const member = await addMember(associationId, village!.id, { gender: "female", birthYear: 1990, phone: `+996${phoneTail}` });
  const user = async (role: Role, extra: { memberId?: string; phone?: string } = {}): Promise<Ctx> => {
    const [row] = await database
      .insert(users)
      .values({
        associationId,
        name: `${role} ${label}`,
        email: extra.phone ? null : `${role}-${randomUUID().slice(0, 8)}@${label}.test`,
        phone: extra.phone ?? null,
        passwordHash: await passwordHash!,
        role,
        locale: "en",
        memberId: extra.memberId ?? null,
      })
      .returning();
    return { userId: row!.id, associationId, role, locale: "en", name: row!.name, memberId: row!.memberId };
  };
  return {
    association: association!,
    district: district!,
    village: village!,
    product: product!,
    member,
    producer: await user("producer", { memberId: member.id, phone: member.phone! }),
    coordinator: await user("coordinator"),
    coordinator2: await user("coordinator"),
    admin: await user("admin"),
    ministry: await user("ministry"),
  };
}

export type Tenant = Awaited<ReturnType<typeof createTenant>>;

let memberCounter = 0;

export async function addMember(
  associationId: string,
  villageId: string,
  fields: { gender: "female" | "male"; birthYear: number; phone?: string; status?: "active" | "suspended" | "left"; joinedOn?: string },
) {
  memberCounter += 1;
  const memberNumber = `T-${String(memberCounter).padStart(5, "0")}`;
  const fullName = `Осмонова Айгүл ${memberCounter}`;
  const [row] = await (await db())
    .insert(members)
    .values({
      associationId,
      villageId,
      memberNumber,
      fullName,
      searchKey: memberSearchKey({ fullName, memberNumber, phone: fields.phone }),
      gender: fields.gender,
      birthYear: fields.birthYear,
      phone: fields.phone ?? null,
      joinedOn: fields.joinedOn ?? "2020-01-01",
      status: fields.status ?? "active",
    })
    .returning();
  return row!;
}

export function batchInput(productId: string, overrides: Record<string, unknown> = {}) {
  return {
    productId,
    quantity: 20,
    producedFrom: "2026-03-01",
    producedTo: "2026-03-10",
    notes: "Sainfoin yellow",
    clientRequestId: randomUUID(),
    ...overrides,
  };
}

type BatchRow = typeof batches.$inferInsert;

/**
 * A batch written straight into the database, skipping the domain functions, for tests that need
 * one in a given state: a fresh lot and public code, the tenant's member and product unless given.
 */
export async function insertBatch(t: Tenant, values: Omit<BatchRow, "associationId" | "lotCode" | "publicCode" | "productId" | "memberId"> & Partial<Pick<BatchRow, "productId" | "memberId">>) {
  const [row] = await (await db())
    .insert(batches)
    .values({
      associationId: t.association.id,
      lotCode: `FELT-2026-${randomUUID().slice(0, 8)}`,
      publicCode: randomUUID().replaceAll("-", "").slice(0, 16).toUpperCase(),
      productId: t.product.id,
      memberId: t.member.id,
      ...values,
    })
    .returning();
  return row!;
}

const text = (en: string, ru: string, ky: string) => ({ labelEn: en, labelRu: ru, labelKy: ky });
const guidance = (en: string, ru: string, ky: string) => ({ guidanceEn: en, guidanceRu: ru, guidanceKy: ky });

/** A felt toy checklist with one item of each kind. */
export const FELT_CHECKLIST_ITEMS: readonly ChecklistItemInput[] = [
  {
    kind: "yes_no",
    defectClass: "critical",
    ...text("No sharp parts or needles left", "Нет острых деталей и забытых игл", "Курч бөлүктөр жана калып калган ийнелер жок"),
    ...guidance(
      "Run a hand over the whole piece and check it with the magnet.",
      "Проведите рукой по всему изделию и проверьте его магнитом.",
      "Буюмду бүт кол менен сылап чыгып, магнит менен текшериңиз.",
    ),
  },
  {
    kind: "measurement",
    defectClass: "major",
    ...text("Length", "Длина", "Узундугу"),
    ...guidance("Measure from nose to tail.", "Измерьте от носа до хвоста.", "Тумшугунан куйругуна чейин өлчөңүз."),
    minValue: 95,
    maxValue: 105,
    unit: "mm",
  },
  {
    kind: "defect_count",
    defectClass: "minor",
    ...text("Loose fibres / uneven colour", "Торчащие волокна / неровный цвет", "Чыгып турган жүн / бирдей эмес түс"),
  },
  { kind: "photo", ...text("Photo of the sample", "Фото выборки", "Тандалган буюмдардын сүрөтү") },
  { kind: "text", ...text("Inspector's notes", "Заметки контролёра", "Текшерүүчүнүн эскертмелери") },
];

/**
 * Publishes the line's next checklist version straight into the database, with no permission
 * check or audit, for tests that need a line ready for inspection. The line must have no open draft.
 */
export async function publishChecklist(
  owner: Tenant | Pick<Ctx, "associationId" | "userId">,
  lineId: string,
  items: readonly ChecklistItemInput[] = FELT_CHECKLIST_ITEMS,
) {
  const by = "coordinator" in owner ? owner.coordinator : owner;
  const data = checklistItemsSchema.parse(items);
  return (await db()).transaction(async (tx) => {
    const [latest] = await tx
      .select({ version: max(checklistTemplates.version) })
      .from(checklistTemplates)
      .where(scoped(by, checklistTemplates, eq(checklistTemplates.lineId, lineId)));
    const [draft] = await tx
      .insert(checklistTemplates)
      .values({ associationId: by.associationId, lineId, version: (latest?.version ?? 0) + 1, createdBy: by.userId })
      .returning();
    // Items go in while it is a draft: the database refuses items of a published version.
    if (data.length > 0) await tx.insert(checklistItems).values(itemRows(by.associationId, draft!.id, data));
    const [template] = await tx
      .update(checklistTemplates)
      .set({ status: "published", publishedAt: new Date(), publishedBy: by.userId })
      .where(scoped(by, checklistTemplates, eq(checklistTemplates.id, draft!.id)))
      .returning();
    const saved = await tx
      .select()
      .from(checklistItems)
      .where(scoped(by, checklistItems, eq(checklistItems.templateId, draft!.id)))
      .orderBy(asc(checklistItems.position));
    return { ...template!, items: saved };
  });
}
