import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/payouts/export/route";
import { createTenant, publishChecklist, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { addProducer } from "@/lib/batches/test-fixtures";
import { exportLedger } from "./export-ledger";
import { LEDGER_COLUMNS } from "./ledger-table";
import { recordAdjustment } from "./record-adjustment";
import { recordPayment } from "./record-payment";
import { acceptedBatchOf, oweFor, shippedShipment } from "./test-fixtures";

const session = vi.hoisted(() => ({ ctx: null as Ctx | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: () => Promise.resolve(session.ctx) }));

let a: Tenant;
let other: Ctx;
let shipmentCode: string;

beforeAll(async () => {
  a = await createTenant("export-a");
  await publishChecklist(a, a.product.lineId);
  other = await addProducer(a);
  const batch = await acceptedBatchOf(a, a.producer, 5);
  const shipment = await shippedShipment(a, [{ batchId: batch.id, quantity: 5 }]);
  shipmentCode = shipment.code;
  await oweFor(a.coordinator, shipment.id);
  await recordPayment(a.admin, { memberId: a.member.id, amountMinor: 100050, paidOn: "2026-03-04", method: "bank", reference: "TR-9" });
  await recordAdjustment(a.admin, { memberId: other.memberId!, amountMinor: -5, reason: "Rounding; agreed" });
});

beforeEach(() => {
  session.ctx = a.admin;
});

const column = (name: (typeof LEDGER_COLUMNS)[number]) => LEDGER_COLUMNS.indexOf(name);

describe("exportLedger", () => {
  it("writes one CSV row per entry with exact amounts, the running balance and translated labels", async () => {
    const file = await exportLedger({ ...a.admin, locale: "ru" }, "csv", {});
    expect(file).toMatchObject({ contentType: "text/csv; charset=utf-8", filename: expect.stringMatching(/^выплаты-\d{4}-\d{2}-\d{2}\.csv$/) });
    const text = String(file.body);
    expect(text.startsWith("\uFEFFЧленский номер;ФИО;")).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(text.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
    expect(header).toHaveLength(LEDGER_COLUMNS.length);
    const mine = rows.filter((r) => r[column("memberNumber")] === a.member.memberNumber);
    expect(mine.map((r) => [r[column("kind")], r[column("amount")], r[column("balance")], r[column("method")], r[column("reference")]])).toEqual([
      ["Начисление за отгрузку", "1750,00", "1750,00", "", ""],
      ["Выплата", "-1000,50", "749,50", "Банковский перевод", "TR-9"],
    ]);
    expect(mine[0]![column("shipment")]).toBe(shipmentCode);
    expect(mine[0]![column("quantity")]).toBe("5");
    expect(mine[1]![column("paidOn")]).toBe("2026-03-04");
    const theirs = rows.filter((r) => r[column("memberNumber")] !== a.member.memberNumber);
    expect(theirs.map((r) => [r[column("kind")], r[column("amount")], r[column("reason")]])).toEqual([["Корректировка", "-0,05", "Rounding; agreed"]]);
  });

  it("writes XLSX with amounts as numbers, and one member's entries with `member`", async () => {
    const file = await exportLedger(a.admin, "xlsx", { member: a.member.id });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((file.body as Uint8Array).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(1).value).toBe("Member number");
    expect(sheet.getRow(3).getCell(column("amount") + 1).value).toBe(-1000.5);
    expect(sheet.getRow(3).getCell(column("balance") + 1).value).toBe(749.5);
    expect(sheet.getColumn(column("amount") + 1).numFmt).toBe("#,##0.00");
  });
});

describe("GET /api/payouts/export", () => {
  const get = (query: string) => GET(new Request(`http://localhost/api/payouts/export?${query}`));

  it("downloads the filtered ledger as an attachment", async () => {
    const response = await get(`format=csv&member=${other.memberId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="payout-ledger-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (await response.text()).trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("Rounding; agreed");
    const xlsx = await get("format=xlsx");
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });

  it("answers 401 when signed out and 403 to other roles", async () => {
    session.ctx = null;
    expect((await get("format=csv")).status).toBe(401);
    for (const ctx of [a.coordinator, a.producer, a.ministry]) {
      session.ctx = ctx;
      const response = await get("format=csv");
      expect([response.status, await response.json()]).toEqual([403, { ok: false, error: "forbidden" }]);
    }
  });
});
