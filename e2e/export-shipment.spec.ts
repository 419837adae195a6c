import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { pdfText } from "../lib/labels/sheet/testing/poppler";
import { expect, test } from "./fixtures";

// One shipment goes from planning to the producer's payment, so the steps share it and run in order.
test.describe.configure({ mode: "serial" });

// The demo producer (IK-00001, Осмонова Айгүл) has one accepted coaster batch of 10 pieces, not
// the oldest: suggestions take older batches first, so the coordinator moves 10 pieces onto hers.
const PRODUCER = "Осмонова Айгүл";
const PRODUCER_PIECES = 10;
const SHIPPED = 40;
// 10 coasters at the producer price of 420.00 KGS, less the association's 10% reserve fund.
const OWED = "3,780.00";

const shipment = { url: "", code: "", publicPage: "" };

/** The allocation box of the batch whose hint names the producer. */
async function producerBox(page: Page) {
  const hintId = await page.getByText(new RegExp(`${PRODUCER} · free: ${PRODUCER_PIECES}`)).getAttribute("id");
  return page.locator(`input[aria-describedby~="${hintId}"]`);
}

test("a coordinator builds a MUJI shipment from accepted felt batches and downloads its packing list", async ({ as }) => {
  const page = await as("coordinator");
  await page.goto("/shipments/new");
  await page.getByLabel("Buyer").selectOption({ label: "Ryohin Keikaku Co., Ltd. (MUJI)" });
  await page.getByLabel("Label market").selectOption("JP");
  await page.getByLabel("Destination").fill("Tokyo, Japan");
  await page.getByLabel("Incoterm").selectOption("CIP");
  await page.getByLabel("Currency").fill("JPY");
  await page.getByLabel("Planned date").fill("2026-12-15");
  await page.getByRole("button", { name: "Create shipment" }).click();
  await expect(page).toHaveURL(/\/shipments\/[0-9a-f-]{36}/);
  shipment.url = page.url().replace(/\?.*$/, "");
  shipment.code = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").match(/EXP-\d{4}-\d{3}/)?.[0] ?? "";
  expect(shipment.code).toMatch(/^EXP-2026-\d{3}$/);

  const addLine = page.getByRole("region", { name: "Add a product" });
  const product = addLine.getByLabel("Product", { exact: true });
  await expect(product.locator("option", { hasText: "FELT-SLIPPERS" })).toHaveText(/no approved label/);
  await product.selectOption({ label: "FELT-COASTER · Coaster set (4 pcs)" });
  await addLine.getByLabel("Quantity").fill(String(SHIPPED));
  await addLine.getByLabel("Unit price").fill("1200");
  await page.getByRole("button", { name: "Add to shipment" }).click();
  await expect(page.getByText(`Allocated 0 of ${SHIPPED}`)).toBeVisible();

  await page.getByRole("button", { name: "Suggest allocations" }).click();
  await expect(page.getByText(`${SHIPPED} of ${SHIPPED} allocated`)).toBeVisible();
  const suggested = page.locator("fieldset input[type=number]");
  const oldest = suggested.first();
  await expect(oldest).toHaveValue(String(SHIPPED));
  await expect(await producerBox(page)).toHaveValue("0");
  await oldest.fill(String(SHIPPED - PRODUCER_PIECES));
  await (await producerBox(page)).fill(String(PRODUCER_PIECES));
  await expect(page.getByText(`${SHIPPED} of ${SHIPPED} allocated`)).toBeVisible();
  await page.getByRole("button", { name: "Save allocations" }).click();
  await expect(page.getByText("Allocations saved.")).toBeVisible();
  await expect(page.getByText(`Allocated ${SHIPPED} of ${SHIPPED}`)).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Packing list (PDF)" }).click()]);
  expect(download.suggestedFilename()).toBe(`packing-list-${shipment.code}.pdf`);
  const text = await pdfText(await readFile(await download.path()));
  expect(text).toContain(shipment.code);
  expect(text).toContain("Ryohin Keikaku Co., Ltd. (MUJI)");
  expect(text).toContain("フェルトのコースター");
  expect(text).toContain("6307.90");
  expect(text).toMatch(/Kyrgyz/);
});

test("the coordinator packs and ships it; the shipment becomes read-only", async ({ as }) => {
  const page = await as("coordinator");
  await page.goto(shipment.url);
  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Mark packed" }).click();
  await expect(page.getByTestId("shipment-status")).toHaveText("Packed");
  await page.getByRole("button", { name: "Mark shipped" }).click();
  await expect(page.getByTestId("shipment-status")).toHaveText("Shipped");
  await expect(page.getByRole("button", { name: "Add to shipment" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save allocations" })).toHaveCount(0);

  const traced = page.getByTestId("traced-batch");
  await expect(traced).toHaveCount(2);
  await traced.filter({ hasText: PRODUCER }).getByRole("link", { name: /^FELT-/ }).click();
  shipment.publicPage = (await page.getByRole("link", { name: "Open the public page" }).getAttribute("href")) ?? "";
  expect(shipment.publicPage).toMatch(/^\/t\/[0-9A-Z]{16}$/);
});

test("the producer sees what the shipment earned them", async ({ as }) => {
  const page = await as("producer");
  await page.goto("/my-earnings");
  await expect(page.getByTestId("sum-owed")).toContainText(OWED);
  await expect(page.getByTestId("sum-balance")).toContainText(OWED);
  await expect(page.getByTestId("ledger-entry").first()).toContainText(shipment.code);
});

test("an admin records the payment and the producer's balance is settled", async ({ as }) => {
  const page = await as("admin");
  await page.goto("/payouts?q=IK-00001");
  await page.getByRole("link", { name: PRODUCER }).click();
  await expect(page).toHaveURL(/\/payouts\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("sum-balance")).toContainText(OWED);
  // Typing before the form has hydrated would be reset by it.
  await page.waitForLoadState("networkidle");
  const form = page.getByRole("form", { name: "Record a payment" });
  await expect(form.getByLabel("Amount, KGS")).toHaveValue(OWED.replace(",", ""));
  await form.getByLabel("Method").selectOption("mobile");
  await form.getByLabel("Reference").fill("MB-2026-1128");
  await form.getByRole("button", { name: "Record a payment" }).click();
  await expect(page.getByText("Payment recorded.")).toBeVisible();
  await expect(page.getByTestId("sum-paid")).toContainText(OWED);
  await expect(page.getByTestId("sum-balance")).toContainText("0.00");

  const producer = await as("producer");
  await producer.goto("/my-earnings");
  await expect(producer.getByTestId("sum-balance")).toContainText("0.00");
  await expect(producer.getByTestId("ledger-entry").first()).toContainText("MB-2026-1128");
});

test("an anonymous visitor opens the lot's QR page in Japanese", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ja-JP" });
  const page = await context.newPage();
  const response = await page.goto(shipment.publicPage);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByTestId("trace-product")).toContainText("フェルトのコースター（4枚組）");
  await expect(page.getByRole("heading", { name: "生産地と製作時期" })).toBeVisible();
  await expect(page.getByTestId("trace-origin")).toContainText(/\d{4}年\d{1,2}月/);
  await expect(page.getByTestId("trace-origin")).toContainText("キルギス");
  expect(await page.locator("script").count()).toBe(0);
  await context.close();
});
