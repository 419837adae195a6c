import { randomUUID } from "node:crypto";
import { db } from "../client";
import { associations, districts, members, productLines, products, regions, users, villages } from "../schema";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";
import { memberSearchKey } from "@/lib/members/search-key";

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

  const phoneTail = String(Math.floor(Math.random() * 1e9)).padStart(9, "0");
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
