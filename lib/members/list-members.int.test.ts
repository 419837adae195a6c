import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { members } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import { ForbiddenError } from "@/lib/errors/domain-errors";
import { listMembers } from "./list-members";
import { memberSearchKey } from "./search-key";

let a: Tenant;
let b: Tenant;

async function add(t: Tenant, m: { number: string; name: string; latin?: string; phone?: string; gender?: "female" | "male"; birthYear?: number; status?: "active" | "left"; skills?: string[] }) {
  await (await db()).insert(members).values({
    associationId: t.association.id,
    villageId: t.village.id,
    memberNumber: m.number,
    fullName: m.name,
    fullNameLatin: m.latin ?? null,
    gender: m.gender ?? "female",
    birthYear: m.birthYear ?? 1990,
    phone: m.phone ?? null,
    joinedOn: "2021-05-01",
    status: m.status ?? "active",
    skills: m.skills ?? [],
    searchKey: memberSearchKey({ fullName: m.name, fullNameLatin: m.latin, memberNumber: m.number, phone: m.phone }),
  });
}

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
  await add(a, { number: "IK-00100", name: "Жумабаева Гүлнара", phone: "+996555123456", skills: ["felting", "dyeing"] });
  await add(a, { number: "IK-00101", name: "Осмонов Нурлан", phone: "+996700111222", gender: "male", birthYear: 1960 });
  await add(a, { number: "IK-00102", name: "Токтосунова Айгерим", latin: "Toktosunova Aigerim", birthYear: 2004, status: "left" });
  await add(b, { number: "SG-00100", name: "Жумабаева Гүлнара", phone: "+992900555666" });
});

const numbers = async (t: Tenant, filters: Parameters<typeof listMembers>[1]) => (await listMembers(t.coordinator, filters)).items.map((m) => m.memberNumber);

describe("member search", () => {
  it.each([
    ["Cyrillic, partial, any case", "гүлнар", ["IK-00100"]],
    ["Cyrillic without Kyrgyz letters", "ГУЛНАРА", ["IK-00100"]],
    ["Latin for a Cyrillic name", "jumabaeva", ["IK-00100"]],
    ["Latin with diacritics", "Gülnara", ["IK-00100"]],
    ["words in any order", "нурлан осмонов", ["IK-00101"]],
    ["member number", "ik-00102", ["IK-00102"]],
    ["international phone", "+996 555 123456", ["IK-00100"]],
    ["local phone", "0555 12 34 56", ["IK-00100"]],
    ["phone digits", "0700111222", ["IK-00101"]],
    ["nothing", "zzz", []],
  ])("finds by %s", async (_name, q, expected) => {
    expect(await numbers(a, { q })).toEqual(expected);
  });

  it("never finds another association's members", async () => {
    expect(await numbers(b, { q: "гүлнара" })).toEqual(["SG-00100"]);
    expect(await numbers(b, { q: "0555 12 34 56" })).toEqual([]);
  });
});

describe("member filters and pages", () => {
  it("filters by status, gender, skill and age band", async () => {
    expect(await numbers(a, { q: "IK-001", status: "left" })).toEqual(["IK-00102"]);
    expect(await numbers(a, { q: "IK-001", gender: "male" })).toEqual(["IK-00101"]);
    expect(await numbers(a, { q: "IK-001", skill: "dyeing" })).toEqual(["IK-00100"]);
    expect(await numbers(a, { q: "IK-001", age: "youth" })).toEqual(["IK-00102"]);
    expect(await numbers(a, { q: "IK-001", age: "66+" })).toEqual(["IK-00101"]);
    expect(await numbers(a, { q: "IK-001", district: a.district.id })).toHaveLength(3);
    expect(await numbers(a, { q: "IK-001", region: a.district.regionId })).toHaveLength(3);
    expect(await numbers(a, { q: "IK-001", district: b.district.id })).toEqual([]);
    expect(await numbers(a, { q: "IK-001", village: b.village.id })).toEqual([]);
  });

  it("ignores malformed filters instead of failing", async () => {
    const result = await listMembers(a.coordinator, { q: "IK-001", status: "nonsense" as never, village: "not-a-uuid", cursor: "garbage" });
    expect(result.total).toBe(3);
  });

  it("pages through every member once, in order, for each sort", async () => {
    for (let i = 0; i < 25; i++) await add(a, { number: `IK-02${String(i).padStart(3, "0")}`, name: `Асанова Бермет ${String(i).padStart(2, "0")}` });
    for (const sort of ["name", "number", "joined"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listMembers(a.coordinator, { sort, cursor });
        seen.push(...page.items.map((m) => m.memberNumber));
        expect(page.total).toBe(29);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toHaveLength(29);
      expect(new Set(seen).size).toBe(29);
    }
  });

  it("is closed to producers and ministry readers", async () => {
    await expect(listMembers(a.producer, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listMembers(a.ministry, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
