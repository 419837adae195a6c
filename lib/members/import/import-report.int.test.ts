import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, members } from "@/db/schema";
import { addMember, createTenant, type Tenant } from "@/db/testing/factories";
import { DomainError, ValidationError } from "@/lib/errors/domain-errors";
import { importMembers } from "./import-members";
import { csvFile } from "./test-files";

let a: Tenant;
let existing: Awaited<ReturnType<typeof addMember>>;

beforeAll(async () => {
  a = await createTenant("report");
  existing = await addMember(a.association.id, a.village.id, { gender: "male", birthYear: 1980, phone: "+996777000111" });
});

const header = ["Номер", "ФИО", "Пол", "Год рождения", "Село", "Телефон"];
const mapping = { memberNumber: 0, fullName: 1, gender: 2, birthYear: 3, village: 4, phone: 5 };
const run = (rows: string[][], dryRun: boolean) => importMembers(a.coordinator, { file: csvFile([header, ...rows], { delimiter: ";" }), mapping, dryRun });
const membersOf = async () => (await db()).select().from(members).where(eq(members.associationId, a.association.id));

describe("importMembers reports bad rows and imports the rest", () => {
  const rows = [
    ["", "Осмонова Айгүл", "ж", "1990", "Ak-Say", "0555 20 00 01"],
    ["", "", "ж", "1990", "Ak-Say", "0555 20 00 02"],
    ["", "Асанов Бакыт", "м", "1990", "Ak-Say", "12-34"],
    ["", "Бейшеев Нурлан", "м", "2020", "Ak-Say", "0555 20 00 04"],
    ["", "Жумабаева Гүлнара", "ж", "1975", "Ak-Sau", "0555 20 00 05"],
    ["", "Токтосунова Айгерим", "ж", "1999", "Tamchy", "0555 20 00 06"],
    ["", "Осмонова Айгүл", "ж", "1990", "Ak-Say", "+996 555 200 001"],
    ["", "Сыдыков Марат", "м", "1966", "Ak-Say", "0777 000 111"],
    ["", "Абдыкадырова Нуриза", "ж", "1984", "Ak-Say", "0555 20 00 09"],
  ];
  const currentYear = new Date().getUTCFullYear();

  it("a dry run lists each bad row with its reasons and writes nothing", async () => {
    const before = (await membersOf()).length;
    const report = await run(rows, true);
    expect(report).toMatchObject({ dryRun: true, total: 9, valid: 2, imported: 0 });
    expect(report.rejected.map((r) => [r.row, r.issues])).toEqual([
      [3, [{ field: "fullName", message: "required" }]],
      [4, [{ field: "phone", message: "importPhoneInvalid" }]],
      [5, [{ field: "birthYear", message: `importBirthYear?min=${currentYear - 100}&max=${currentYear - 14}` }]],
      [6, [{ field: "village", message: "importVillageSuggest?name=Ak-Say" }]],
      [7, [{ field: "village", message: "importVillageUnknown" }]],
      [8, [{ field: "phone", message: "importDuplicateInFile?value=2" }]],
      [9, [{ field: "phone", message: `importPhoneTaken?name=${existing.memberNumber}` }]],
    ]);
    expect(report.rejected[0]!.cells).toEqual(rows[1]);
    expect((await membersOf()).length).toBe(before);
  });

  it("an import creates the valid rows, numbered after the highest member number, with one audit event", async () => {
    const [, prefix, last] = /^(.*?)(\d+)$/.exec(existing.memberNumber)!;
    const expected = (n: number) => `${prefix}${String(Number(last) + n).padStart(5, "0")}`;
    const result = await run(rows, false);
    expect(result).toMatchObject({ dryRun: false, total: 9, valid: 2, imported: 2, numbering: { first: expected(1), last: expected(2), count: 2 } });
    const created = (await membersOf()).filter((m) => m.phone?.startsWith("+99655520000"));
    expect(created.map((m) => [m.memberNumber, m.fullName, m.status]).sort()).toEqual([
      [expected(1), "Осмонова Айгүл", "active"],
      [expected(2), "Абдыкадырова Нуриза", "active"],
    ]);
    const events = await (await db()).select().from(auditEvents).where(and(eq(auditEvents.associationId, a.association.id), eq(auditEvents.action, "member.imported")));
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toEqual({ rows: 9, imported: 2, rejected: 7, numbering: { first: expected(1), last: expected(2), count: 2 } });
    expect(JSON.stringify(events[0])).not.toContain("Осмонова");
  });

  it("a second import of the same file finds every row already there", async () => {
    const again = await run(rows.filter((r) => r[1] === "Абдыкадырова Нуриза"), false);
    expect(again.imported).toBe(0);
    expect(again.rejected[0]!.issues).toEqual([{ field: "phone", message: expect.stringMatching(/^importPhoneTaken\?name=/) }]);
  });

  it("rejects member numbers that exist or repeat in the file", async () => {
    const report = await run(
      [
        [existing.memberNumber.toLowerCase(), "Кадыров Азамат", "м", "1980", "Ak-Say", ""],
        ["NEW-1", "Кадырова Асель", "ж", "1981", "Ak-Say", ""],
        ["new-1", "Кадыров Алмаз", "м", "1982", "Ak-Say", ""],
      ],
      true,
    );
    expect(report.rejected.map((r) => [r.row, r.issues.map((i) => i.message)])).toEqual([
      [2, ["importNumberTaken"]],
      [4, ["importDuplicateInFile?value=3"]],
    ]);
  });
});

describe("importMembers refuses files it cannot read", () => {
  const mappingOf = (file: Uint8Array) => importMembers(a.coordinator, { file, mapping, dryRun: true });
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

  it.each([
    ["an empty file", new Uint8Array(), "importEmpty"],
    ["blank rows only, as Excel saves an empty sheet", new TextEncoder().encode(";;;\r\n;;;\r\n\r\n"), "importEmpty"],
    ["a header with no rows", csvFile([header]), "importEmpty"],
    ["an image", png, "importNotATable"],
    ["a zip that is no workbook", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), "importNotATable"],
    ["plain text with one column", new TextEncoder().encode("Dear coordinator\nplease find the list attached\n"), "importNotATable"],
    ["an old .xls workbook", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "importLegacyExcel"],
    ["a file over 20 MB", new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41), "importTooLarge?max=20"],
  ])("%s", async (_label, file, key) => {
    await expect(mappingOf(file)).rejects.toSatisfy((e) => e instanceof DomainError && e.key === key);
  });

  it("refuses a mapping without the required fields", async () => {
    const file = csvFile([header, ["", "Осмонова Айгүл", "ж", "1990", "Ak-Say", ""]]);
    const attempt = importMembers(a.coordinator, { file, mapping: { fullName: 1 }, dryRun: false });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { gender: "required", birthYear: "required", village: "required" } });
  });
});
