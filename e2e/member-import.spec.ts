import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Phones under +996 559 41…: a prefix the demo data never gives out and no other spec uses.
const CSV = [
  "ФИО;Телефон;Село;Пол;Год рождения",
  "Импортова Айнура;0559 410 001;Боконбаево;ж;1990",
  "Импортов Эрмек;0559 410 002;Кызыл-Туу;м;1985",
  ";0559 410 003;Боконбаево;ж;1991",
  "Импортова Жазгүл;0559 410 004;Боконбаева;ж;1992",
  "Импортова Динара;12-34;Ак-Сай;ж;1993",
  "Импортова Айнура;+996 559 410 001;Боконбаево;ж;1990",
  "Импортова Асель;0555 000 001;Ак-Сай;ж;1994",
  "Импортов Талант;0559 410 008;Ак-Сай;м;1970",
].join("\r\n");

class MemberImportPage {
  constructor(readonly page: Page) {}

  async upload(name: string, text: string) {
    await this.page.goto("/members/import");
    await this.page.getByLabel("Member file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${text}`, "utf8") });
    await this.page.getByRole("button", { name: "Read the file" }).click();
  }

  rejectedRow(row: number) {
    return this.page.getByTestId("rejected-rows").getByRole("row").filter({ has: this.page.getByRole("cell", { name: String(row), exact: true }) });
  }
}

test("a coordinator imports a file with bad rows on a phone-sized screen and sees the report", async ({ as }) => {
  const page = await as("coordinator");
  await page.setViewportSize({ width: 360, height: 760 });
  const importPage = new MemberImportPage(page);
  await importPage.upload("members.csv", CSV);

  await expect(page.getByTestId("import-preview")).toContainText("Импортова Айнура");
  await expect(page.getByTestId("import-preview")).toContainText("8 rows in the file");
  await expect(page.getByLabel("Full name (required)")).toHaveValue("0");
  await expect(page.getByLabel("Village (required)")).toHaveValue("2");
  await expect(page.getByLabel("Member number")).toHaveValue("");
  await page.getByRole("button", { name: "Check the rows" }).click();

  await expect(page.getByTestId("valid-count")).toHaveText("3 rows are ready to import");
  await expect(page.getByTestId("rejected-count")).toHaveText("5 rows have errors and will be skipped");
  await expect(importPage.rejectedRow(4)).toContainText("Full name: Required.");
  await expect(importPage.rejectedRow(5)).toContainText("Village: This village is not in the registry. Did you mean “Боконбаево”?");
  await expect(importPage.rejectedRow(6)).toContainText("Phone: Not a valid phone number.");
  await expect(importPage.rejectedRow(7)).toContainText("Phone: Repeats row 2 of the file.");
  await expect(importPage.rejectedRow(8)).toContainText(/Phone: Member IK-\d{5} already has this phone number\./);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download the rows with errors (CSV)" }).click();
  const csv = await readFile(await (await download).path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe("\uFEFFRow,Reason,ФИО,Телефон,Село,Пол,Год рождения");
  expect(csv).toContain("5,Village: This village is not in the registry. Did you mean “Боконбаево”?,Импортова Жазгүл,0559 410 004,Боконбаева,ж,1992");

  await page.getByRole("button", { name: "Import 3 members" }).click();
  await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible();
  await expect(page.getByTestId("imported-count")).toHaveText("3 members imported.");
  await expect(page.getByTestId("skipped-count")).toHaveText("5 rows skipped.");
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll).toBeLessThanOrEqual(360);

  await page.getByRole("link", { name: "Open the member list" }).click();
  await page.getByLabel("Search").fill("Импорт");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("member-count")).toHaveText("3 members");
  await expect(page.getByTestId("member-list")).toContainText(/IK-015\d\d/);
});

test("a file that is not a table gets a clear message", async ({ as }) => {
  const page = await as("coordinator", { language: "ru" });
  await page.goto("/members/import");
  await page.getByLabel("Файл с участниками").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
  await page.getByRole("button", { name: "Прочитать файл" }).click();
  await expect(page.getByTestId("alert-error")).toHaveText("Это не таблица. Загрузите файл CSV, TXT или Excel (.xlsx).");
});

test("ministry users find no import page and no import endpoint", async ({ as }) => {
  const page = await as("ministry");
  expect((await page.goto("/members/import"))?.status()).toBe(404);
  const response = await page.request.post("/api/members/import", {
    multipart: { mode: "preview", file: { name: "members.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) } },
  });
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ error: "notFound" });
});
