import { inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { members, villages } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import { memberSearchKey } from "@/lib/members/search-key";
import { importMembers } from "./import-members";
import { previewImport } from "./preview-import";
import { csvFile, xlsxFile } from "./test-files";

let a: Tenant;

beforeAll(async () => {
  a = await createTenant("formats");
  await (await db()).insert(villages).values({ associationId: a.association.id, districtId: a.district.id, nameEn: "Bokonbayevo", nameRu: "Боконбаево", nameKy: "Бөкөнбаев" });
});

let phoneCounter = 0;
const nextPhone = () => `+99670${String(++phoneCounter).padStart(7, "0")}`;
const local = (e164: string) => `0${e164.slice(4, 7)} ${e164.slice(7, 10)} ${e164.slice(10)}`;

const RUSSIAN = ["Иванова Мария Петровна", "Сидоров Пётр", "Ёлкина Анна"];
const KYRGYZ = ["Осмонова Айгүл", "Бөкөнбаев Эрмек", "Жумабаева Гүлнара"];

/** A file's rows in the order of `headers`, the fields given by name. */
function rowsFor(headers: string[], names: string[], phones: string[]) {
  const values = (name: string, i: number): Record<string, string> => ({ name, gender: i === 1 ? "м" : "ж", year: String(1970 + i), village: i === 0 ? "Боконбаево" : "Bokonbayevo", phone: local(phones[i]!) });
  const keys = headers.map((h) => ({ ФИО: "name", Пол: "gender", "Год рождения": "year", Село: "village", Телефон: "phone" })[h] ?? h);
  return [headers, ...names.map((name, i) => keys.map((k) => values(name, i)[k] ?? ""))];
}

async function imported(phones: string[]) {
  return (await db()).select().from(members).where(inArray(members.phone, phones));
}

async function importAll(file: Uint8Array) {
  const preview = await previewImport(a.coordinator, file);
  const dryRun = await importMembers(a.coordinator, { file, mapping: preview.mapping, dryRun: true });
  const result = await importMembers(a.coordinator, { file, mapping: preview.mapping, dryRun: false });
  return { preview, dryRun, result };
}

describe("importMembers reads files as spreadsheet programs save them", () => {
  const headers = ["Телефон", "ФИО", "Село", "Пол", "Год рождения"];
  it.each([
    ["UTF-8 without BOM, comma", { delimiter: "," }, KYRGYZ],
    ["UTF-8 with BOM, semicolon", { delimiter: ";", bom: true }, KYRGYZ],
    ["Windows-1251, semicolon", { delimiter: ";", encoding: "windows-1251" }, RUSSIAN],
    ["Windows-1251, comma", { delimiter: ",", encoding: "windows-1251" }, RUSSIAN],
    ["UTF-16 with tabs (Excel's Unicode text)", { delimiter: "\t", encoding: "utf-16le" }, KYRGYZ],
  ] as const)("%s", async (_label, options, names) => {
    const phones = names.map(nextPhone);
    const { preview, dryRun, result } = await importAll(csvFile(rowsFor(headers, names, phones), options));
    expect(preview.headers).toEqual(headers);
    expect(preview.sample.map((row) => row[1])).toEqual(names);
    expect(preview.mapping).toEqual({ phone: 0, fullName: 1, village: 2, gender: 3, birthYear: 4 });
    expect(dryRun).toMatchObject({ dryRun: true, total: 3, valid: 3, imported: 0, rejected: [] });
    expect(result).toMatchObject({ dryRun: false, total: 3, valid: 3, imported: 3, rejected: [] });
    const rows = await imported(phones);
    expect(rows.map((m) => m.fullName).sort()).toEqual([...names].sort());
    expect(rows.every((m) => m.associationId === a.association.id && m.searchKey === memberSearchKey(m))).toBe(true);
  });

  it("XLSX: the first sheet, below a title row, with numbers and dates as Excel stores them", async () => {
    const [p1, p2] = [nextPhone(), nextPhone()];
    const file = await xlsxFile(
      [
        ["Full name", "Gender", "Year of birth", "Village", "Phone", "Joined"],
        ["Осмонова Айгүл", "F", 1988, "Bokonbayevo", Number(p1.slice(1)), new Date(Date.UTC(2019, 4, 20))],
        ["Асанов Бакыт", "M", 1979, "Бөкөнбаев", Number(p2.slice(4)), "15.01.2020"],
      ],
      { titleRow: "Список участников ассоциации" },
    );
    const { preview, result } = await importAll(file);
    expect(preview.mapping).toEqual({ fullName: 0, gender: 1, birthYear: 2, village: 3, phone: 4, joinedOn: 5 });
    expect(preview.sample[0]).toEqual(["Осмонова Айгүл", "F", "1988", "Bokonbayevo", p1.slice(1), "2019-05-20"]);
    expect(result).toMatchObject({ total: 2, imported: 2, rejected: [] });
    const rows = await imported([p1, p2]);
    expect(rows.map((m) => [m.fullName, m.gender, m.birthYear, m.joinedOn]).sort()).toEqual([
      ["Асанов Бакыт", "male", 1979, "2020-01-15"],
      ["Осмонова Айгүл", "female", 1988, "2019-05-20"],
    ]);
  });

  it.each([
    ["English", ["Village", "Birth year", "Phone", "Gender", "Full name"]],
    ["Kyrgyz", ["Айыл", "Туулган жылы", "Телефон", "Жынысы", "Аты-жөнү"]],
  ])("suggests the mapping for %s headers in any order, and imports with it", async (_label, header) => {
    const phone = nextPhone();
    const file = csvFile([header, ["Бөкөнбаев", "1991", local(phone), "аял", "Токтосунова Айгерим"]]);
    const { preview, result } = await importAll(file);
    expect(preview.mapping).toEqual({ village: 0, birthYear: 1, phone: 2, gender: 3, fullName: 4 });
    expect(result.imported).toBe(1);
    expect((await imported([phone]))[0]).toMatchObject({ fullName: "Токтосунова Айгерим", gender: "female", birthYear: 1991 });
  });
});
