import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { addMember, createTenant } from "@/db/testing/factories";
import { ForbiddenError } from "@/lib/errors/domain-errors";
import { membersCsv, membersXlsx } from "./export-file";
import { exportMembers } from "./export-members";

const labels = { column: (c: string) => `[${c}]`, gender: (g: string) => `g:${g}`, status: (s: string) => `s:${s}`, skill: (s: string) => s };

describe("exportMembers", () => {
  it("exports the filtered members of the caller's association only", async () => {
    const a = await createTenant("a");
    const b = await createTenant("b");
    await addMember(a.association.id, a.village.id, { gender: "male", birthYear: 1970, phone: "+996700000321" });
    await addMember(b.association.id, b.village.id, { gender: "male", birthYear: 1970 });
    const men = await exportMembers(a.coordinator, { gender: "male" });
    expect(men).toHaveLength(1);
    expect(men[0]).toMatchObject({ gender: "male", phone: "+996700000321", villageName: "Ak-Say", districtName: "Tong" });
    expect(await exportMembers(a.coordinator, {})).toHaveLength(2);
  });

  it("writes CSV that Excel opens in the reader's locale, and XLSX with the same rows", async () => {
    const a = await createTenant();
    const rows = await exportMembers(a.admin, {});
    const ru = membersCsv(rows, labels, "ru");
    expect(ru.startsWith("\uFEFF[memberNumber];[fullName]")).toBe(true);
    const parsed = Papa.parse<string[]>(ru.slice(1), { delimiter: ";" }).data;
    expect(parsed[1]?.[1]).toBe(rows[0]?.fullName);
    expect(membersCsv(rows, labels, "en")).toContain("[memberNumber],[fullName]");

    const workbook = new ExcelJS.Workbook();
    const file = await membersXlsx(rows, labels, "Members");
    await workbook.xlsx.load(new Uint8Array(file).buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(sheet.getRow(2).getCell(2).value).toBe(rows[0]?.fullName);
  });

  it("is closed to producers and ministry readers", async () => {
    const a = await createTenant();
    await expect(exportMembers(a.producer, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportMembers(a.ministry, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
