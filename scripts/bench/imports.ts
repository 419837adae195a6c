import Papa from "papaparse";
import type { Ctx } from "@/lib/auth/context";
import { importMembers } from "@/lib/members/import/import-members";
import { once, type BenchResult } from "./stats";

const NAMES = ["Осмонова Айгүл", "Бөкөнбаев Эрмек", "Жумабаева Гүлнара", "Асанов Бакыт", "Токтосунова Айгерим", "Сыдыкова Нургүл"];

/** A member file as coordinators bring them: Russian headers, semicolons, a BOM, local dates. */
function memberCsv(count: number, firstPhone: number, villageNames: string[]): Uint8Array {
  const rows = Array.from({ length: count }, (_, i) => [
    `${NAMES[i % NAMES.length]} ${i}`,
    i % 3 ? "ж" : "м",
    String(1950 + (i % 55)),
    villageNames[i % villageNames.length]!,
    `+996${firstPhone + i}`,
    "12.03.2021",
  ]);
  const csv = Papa.unparse([["ФИО", "Пол", "Год рождения", "Село", "Телефон", "Дата вступления"], ...rows], { delimiter: ";" });
  return new TextEncoder().encode(`\uFEFF${csv}`);
}

/** One timed import (validation and the single insert transaction) of 1,500 and of 20,000 rows. */
export async function benchImports(ctx: Ctx, villageNames: string[]): Promise<BenchResult[]> {
  const mapping = { fullName: 0, gender: 1, birthYear: 2, village: 3, phone: 4, joinedOn: 5 };
  const results: BenchResult[] = [];
  for (const [count, firstPhone] of [
    [1_500, 228_100_000],
    [20_000, 229_000_000],
  ] as const) {
    const file = memberCsv(count, firstPhone, villageNames);
    results.push(
      await once(`members.import.${count}`, async () => {
        const result = await importMembers(ctx, { file, mapping, dryRun: false });
        if (result.imported !== count) throw new Error(`imported ${result.imported} of ${count}`);
      }),
    );
  }
  return results;
}
