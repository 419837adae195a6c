import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { members, villages } from "@/db/schema";
import { addMember, createTenant, type Tenant } from "@/db/testing/factories";
import { ForbiddenError } from "@/lib/errors/domain-errors";
import { importMembers } from "./import-members";
import { previewImport } from "./preview-import";
import { csvFile } from "./test-files";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("home");
  b = await createTenant("other");
  await (await db()).insert(villages).values({ associationId: b.association.id, districtId: b.district.id, nameEn: "Tamga", nameRu: "Тамга", nameKy: "Тамга" });
  await addMember(b.association.id, b.village.id, { gender: "female", birthYear: 1980, phone: "+996559000001" });
  // A higher number in the other association must not move this one's sequence.
  await (await db()).update(members).set({ memberNumber: "T-09999" }).where(eq(members.phone, "+996559000001"));
});

const mapping = { fullName: 0, gender: 1, birthYear: 2, village: 3, phone: 4 };
const file = csvFile([
  ["ФИО", "Пол", "Год рождения", "Село", "Телефон"],
  ["Осмонова Айгүл", "ж", "1990", "Тамга", "0559 100 001"],
  ["Асанова Жылдыз", "ж", "1991", "Ak-Say", "0559 000 001"],
]);

describe("importMembers stays inside the caller's association", () => {
  it("matches only the caller's villages and checks duplicates against its own members", async () => {
    const report = await importMembers(a.coordinator, { file, mapping, dryRun: true });
    expect(report.rejected.map((r) => [r.row, r.issues])).toEqual([[2, [{ field: "village", message: "importVillageUnknown" }]]]);
    expect(report.valid).toBe(1);
  });

  it("creates members in the caller's association only, numbered in its own sequence", async () => {
    const bBefore = await (await db()).select().from(members).where(eq(members.associationId, b.association.id));
    const result = await importMembers(a.admin, { file, mapping, dryRun: false });
    expect(result.imported).toBe(1);
    const [created] = await (await db()).select().from(members).where(eq(members.phone, "+996559000001")).then((rows) => rows.filter((m) => m.associationId === a.association.id));
    expect(created).toMatchObject({ fullName: "Асанова Жылдыз", villageId: a.village.id });
    expect(result.numbering?.first).toBe(`T-${String(Number(a.member.memberNumber.slice(2)) + 1).padStart(5, "0")}`);
    expect(await (await db()).select().from(members).where(eq(members.associationId, b.association.id))).toEqual(bBefore);
  });

  it.each(["ministry", "producer"] as const)("refuses a %s user before reading the file", async (role) => {
    await expect(previewImport(a[role], file)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importMembers(a[role], { file, mapping, dryRun: true })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importMembers(a[role], { file, mapping, dryRun: false })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
