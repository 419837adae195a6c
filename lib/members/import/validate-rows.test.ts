import { describe, expect, it } from "vitest";
import type { Table } from "./read-table";
import { validateRows, type Lookups } from "./validate-rows";

const lookups: Lookups = {
  country: "KG",
  today: "2026-05-01",
  villages: [{ id: "v-aksay", nameEn: "Ak-Say", nameRu: "Ак-Сай", nameKy: "Ак-Сай" }],
  phones: new Map([["+996555000001", "IK-00001"]]),
  numbers: new Set(["IK-00001", "IK-00002"]),
};

const mapping = { fullName: 0, gender: 1, birthYear: 2, village: 3, phone: 4, memberNumber: 5 };

function table(...rows: string[][]): Table {
  return { headers: ["name", "gender", "year", "village", "phone", "number"], rows: rows.map((cells, i) => ({ number: i + 2, cells })) };
}

describe("validateRows", () => {
  it("turns good rows into members and gives numbers after the association's highest", () => {
    const result = validateRows(table(["Осмонова Айгүл", "ж", "1990", "Ак-Сай", "0555 11 22 33", ""], ["Асанов Бакыт", "м", "1985", "ak say", "", "IK-00100"], ["Токтосунова Гүлнара", "аял", "1970", "Ак Сай", "", ""]), mapping, lookups);
    expect(result.rejected).toEqual([]);
    expect(result.valid.map((m) => [m.memberNumber, m.phone, m.villageId, m.joinedOn])).toEqual([
      ["IK-00101", "+996555112233", "v-aksay", "2026-05-01"],
      ["IK-00100", null, "v-aksay", "2026-05-01"],
      ["IK-00102", null, "v-aksay", "2026-05-01"],
    ]);
    expect(result.numbering).toEqual({ first: "IK-00101", last: "IK-00102", count: 2 });
  });

  it("lists every problem of a row with its spreadsheet row number", () => {
    const result = validateRows(table(["", "x", "2020", "Ак-Сайы", "123", ""]), mapping, lookups);
    expect(result.valid).toEqual([]);
    expect(result.rejected).toEqual([
      {
        row: 2,
        cells: ["", "x", "2020", "Ак-Сайы", "123", ""],
        issues: [
          { field: "fullName", message: "required" },
          { field: "gender", message: "importGenderUnknown" },
          { field: "birthYear", message: "importBirthYear?min=1926&max=2012" },
          { field: "phone", message: "importPhoneInvalid" },
          { field: "village", message: "importVillageSuggest?name=%D0%90%D0%BA-%D0%A1%D0%B0%D0%B9" },
        ],
      },
    ]);
  });

  it("rejects phones and numbers that members already have, naming the member", () => {
    const result = validateRows(table(["Осмонова Айгүл", "ж", "1990", "Ак-Сай", "+996 555 000 001", ""], ["Асанов Бакыт", "м", "1985", "Ак-Сай", "", "ik-00002"]), mapping, lookups);
    expect(result.rejected.map((r) => r.issues)).toEqual([
      [{ field: "phone", message: "importPhoneTaken?name=IK-00001" }],
      [{ field: "memberNumber", message: "importNumberTaken" }],
    ]);
  });

  it("keeps the first valid row of a phone or number in the file and rejects the repeats", () => {
    const result = validateRows(
      table(
        ["Плохой Год", "ж", "1800", "Ак-Сай", "0700 123 456", ""],
        ["Осмонова Айгүл", "ж", "1990", "Ак-Сай", "0700 123 456", "IK-00500"],
        ["Осмонова Айгүл", "ж", "1990", "Ак-Сай", "+996700123456", ""],
        ["Асанов Бакыт", "м", "1985", "Ак-Сай", "", "ik-00500"],
      ),
      mapping,
      lookups,
    );
    expect(result.valid.map((m) => m.memberNumber)).toEqual(["IK-00500"]);
    expect(result.rejected.map((r) => [r.row, r.issues.map((i) => i.message)])).toEqual([
      [2, ["importBirthYear?min=1926&max=2012"]],
      [4, ["importDuplicateInFile?value=3"]],
      [5, ["importDuplicateInFile?value=3"]],
    ]);
    expect(result.numbering).toBeNull();
  });

  it("leaves unmapped optional fields empty", () => {
    const result = validateRows(table(["Осмонова Айгүл", "ж", "1990", "Ак-Сай"]), { fullName: 0, gender: 1, birthYear: 2, village: 3 }, lookups);
    expect(result.valid[0]).toMatchObject({ phone: null, fullNameLatin: null, memberNumber: "IK-00003", joinedOn: "2026-05-01" });
  });
});
