import { and, eq, like, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, members } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import { importMembers } from "./import-members";
import type { ImportProgress } from "./report";
import { csvFile } from "./test-files";

let a: Tenant;
const POISON = "Отравленная Строка";

beforeAll(async () => {
  a = await createTenant("atomic");
  // Stands in for anything that fails mid-import (a constraint, a lost connection): the database refuses one row.
  await (await db()).execute(sql.raw(`alter table members add constraint test_poison_ck check (full_name <> '${POISON}') not valid`));
});

const mapping = { fullName: 0, gender: 1, birthYear: 2, village: 3, phone: 4 };
const file = (poisonAt?: number) =>
  csvFile([
    ["ФИО", "Пол", "Год рождения", "Село", "Телефон"],
    ...Array.from({ length: 2_500 }, (_, i) => [i === poisonAt ? POISON : `Атомная Участница ${i}`, "ж", "1980", "Ak-Say", `+99650${String(i).padStart(7, "0")}`]),
  ]);
const fromFile = async () => (await db()).select({ id: members.id }).from(members).where(and(eq(members.associationId, a.association.id), like(members.phone, "+99650%")));

describe("importMembers is all or nothing", () => {
  it("writes no row of the file when a later chunk fails, though earlier chunks were inserted", async () => {
    const progress: ImportProgress[] = [];
    await expect(importMembers(a.coordinator, { file: file(2_200), mapping, dryRun: false }, (p) => {
      progress.push(p);
    })).rejects.toThrow();
    expect(progress.map((p) => p.done)).toEqual([0, 1_000, 2_000]);
    expect(await fromFile()).toHaveLength(0);
    const events = await (await db()).select().from(auditEvents).where(and(eq(auditEvents.associationId, a.association.id), eq(auditEvents.action, "member.imported")));
    expect(events).toHaveLength(0);
  });

  it("writes every valid row of the same file once the failure is gone", async () => {
    const progress: ImportProgress[] = [];
    const result = await importMembers(a.coordinator, { file: file(), mapping, dryRun: false }, (p) => {
      progress.push(p);
    });
    expect(result.imported).toBe(2_500);
    expect(progress.map((p) => p.done)).toEqual([0, 1_000, 2_000, 2_500]);
    expect(await fromFile()).toHaveLength(2_500);
  });
});
