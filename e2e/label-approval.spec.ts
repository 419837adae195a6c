import { readFile } from "node:fs/promises";
import { ean13CheckDigit } from "../lib/labels/ean13";
import { labelSize } from "../lib/labels/sheet/label-sizes";
import { cellBoxMm } from "../lib/labels/sheet/sheet-grid";
import { scanPdfPage } from "../lib/labels/sheet/testing/poppler";
import { expect, test } from "./fixtures";

// One design goes from draft to print, so the steps share it and run in order.
test.describe.configure({ mode: "serial" });

const design = { url: "" };
const KYRGYZ_EAN = `470123456789${ean13CheckDigit("470123456789")}`;

test("a coordinator drafts a Japan hang tag, sees the missing fibre composition flagged, fixes it and submits", async ({ as }) => {
  const page = await as("coordinator");
  await page.goto("/labels/new");
  await page.getByLabel("Product").selectOption({ label: "Nuno-felt scarf (WEAR-SCARF)" });
  await page.getByLabel("Target market").selectOption("JP");
  await page.getByLabel("Kind of label").selectOption("hang_tag");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/labels\/[0-9a-f-]{36}\?done=created$/);
  design.url = page.url().replace(/\?.*$/, "");
  await expect(page.getByTestId("label-status")).toHaveText("Draft");

  const japanese = page.getByTestId("language-ja");
  await japanese.getByLabel("Product name").fill("ヌノフェルトのスカーフ");
  await japanese.getByLabel("Labeller / importer name").fill("株式会社良品計画");
  await japanese.getByLabel("Labeller / importer address or phone").fill("東京都豊島区東池袋4-26-3");
  await japanese.getByLabel("Care instructions").fill("手洗い、陰干し");
  await page.getByLabel("JAN / EAN-13 barcode").fill(KYRGYZ_EAN);
  const careSymbols = page.getByTestId("care-symbols");
  if (!(await careSymbols.evaluate((details: HTMLDetailsElement) => details.open))) await careSymbols.locator("summary").click();
  await careSymbols.getByRole("checkbox", { name: /^110 / }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved. The checklist is up to date.")).toBeVisible();

  const composition = page.getByTestId("check-fibreComposition.ja");
  await expect(composition).toHaveAttribute("data-ok", "false");
  await expect(page.getByTestId("checklist-summary")).toHaveText("1 required check fails.");
  await expect(page.getByTestId("submit-design")).toBeDisabled();

  await japanese.getByLabel("Fibre composition").fill("毛 100%");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(composition).toHaveAttribute("data-ok", "true");
  await expect(page.getByTestId("checklist-summary")).toHaveText("All required checks pass.");
  await page.getByTestId("submit-design").click();
  await expect(page.getByTestId("label-status")).toHaveText("In review");
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
});

test("two other reviewers approve it and it becomes the product's approved label", async ({ as }) => {
  const first = await as("coordinator2");
  await first.goto(design.url);
  await first.getByRole("button", { name: "Approve" }).click();
  await expect(first.getByText("1 of 2 approvals").first()).toBeVisible();
  await expect(first.getByTestId("label-status")).toHaveText("In review");

  const second = await as("admin");
  await second.goto(design.url);
  await second.getByRole("button", { name: "Approve" }).click();
  await expect(second.getByTestId("label-status")).toHaveText("Approved");
});

test("the label sheet PDF downloads, and its first label's QR code reads as the lot's public page", async ({ as }) => {
  const page = await as("coordinator");
  await page.goto(design.url);
  await page.getByRole("link", { name: "Print label sheet" }).click();
  await expect(page).toHaveURL(/\/labels\/[0-9a-f-]{36}\/sheet$/);
  const form = page.getByTestId("label-sheet-form");
  await form.getByRole("checkbox").first().check();
  await form.getByRole("radio", { name: /^105 × 74 mm/ }).check();
  await form.getByLabel("Copies per lot").fill("2");
  const [download] = await Promise.all([page.waitForEvent("download"), form.getByRole("button", { name: "Download PDF" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^label-sheet-WEAR-SCARF-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

  const whole = await scanPdfPage(pdf);
  expect(whole.darkShare).toBeGreaterThan(0.01);
  const firstLabel = await scanPdfPage(pdf, { crop: cellBoxMm(labelSize("105x74"), 0) });
  expect(firstLabel.qr).toMatch(/^https?:\/\/[^/]+\/t\/[A-Za-z0-9_-]{16,}$/);
});
