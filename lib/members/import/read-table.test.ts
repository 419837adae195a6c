import { describe, expect, it } from "vitest";
import { readTable } from "./read-table";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("readTable", () => {
  it("skips Excel's sep= line and a title above the header", async () => {
    expect(await readTable(bytes("sep=;\r\nСписок членов\r\nФИО;Пол;Село\r\nАсанова Айгүл;ж;Ак-Сай\r\n"))).toEqual({
      headers: ["ФИО", "Пол", "Село"],
      rows: [{ number: 4, cells: ["Асанова Айгүл", "ж", "Ак-Сай"] }],
    });
  });

  it("keeps quoted delimiters and line breaks inside a cell, and numbers rows as the spreadsheet does", async () => {
    const table = await readTable(bytes('ФИО,Пол,Село\n"Осмонова,  Айгүл",ж,Ак-Сай\n,,\n"Асанов\nБакыт",м,Тамга\n'));
    expect(table.rows).toEqual([
      { number: 2, cells: ["Осмонова, Айгүл", "ж", "Ак-Сай"] },
      { number: 4, cells: ["Асанов Бакыт", "м", "Тамга"] },
    ]);
  });
});
