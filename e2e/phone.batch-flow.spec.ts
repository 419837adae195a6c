import sharp from "sharp";
import { expect, test } from "./fixtures";
import { InspectionFormPage, LogBatchPage, RegionalOverviewPage } from "./pages";

// The one spec that adds batches to OVOP Issyk-Kul, so the ministry totals it compares are its own.
test.describe.configure({ mode: "serial" });

const today = new Date().toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));
const quantity = 37;
let batchUrl = "";
let before = { batches: 0, quantity: 0 };

test("ministry numbers before", async ({ as }) => {
  const report = new RegionalOverviewPage(await as("ministry"));
  await report.open(year);
  before = { batches: await report.totalNumber("Batches"), quantity: await report.totalNumber("Quantity produced") };
  expect(before.batches).toBeGreaterThan(0);
});

/** A camera-sized photo, so the browser has to shrink it before upload. */
function cameraPhoto() {
  return sharp({ create: { width: 3200, height: 2400, channels: 3, background: { r: 196, g: 160, b: 92 } } })
    .jpeg({ quality: 95 })
    .toBuffer();
}

test("a producer logs a felt batch with a photo on a phone, once even when tapping twice", async ({ as }) => {
  const page = await as("producer");
  await page.goto("/my-batches");
  const topBefore = await page.getByTestId("my-batches").getByRole("link").first().textContent();

  const form = new LogBatchPage(page);
  await form.open();
  await form.fill({ product: "Felt sheep · Natural-dye felt souvenirs", quantity: String(quantity), from: today, to: today, notes: "Sainfoin yellow, walnut brown" });
  await page.getByLabel("Add photos").setInputFiles({ name: "sheep.jpg", mimeType: "image/jpeg", buffer: await cameraPhoto() });
  await expect(page.getByRole("button", { name: "Remove photo 1" })).toBeVisible({ timeout: 20_000 });
  await form.submit().dblclick();
  await expect(page.getByTestId("alert-success")).toContainText(/Batch FELT-\d{4}-\d{5} submitted/);
  await expect(page.getByTestId("status-badge").first()).toHaveText("Submitted");
  // The producer lands on their own view of the batch; staff open the same batch under /batches.
  batchUrl = page.url().replace(/\?.*$/, "").replace("/my-batches/", "/batches/");
  const photo = page.getByRole("img", { name: /^Photo 1 of batch FELT-/ });
  await photo.scrollIntoViewIfNeeded();
  const longestSide = () => photo.evaluate((img: HTMLImageElement) => Math.max(img.naturalWidth, img.naturalHeight));
  await expect.poll(longestSide).toBeGreaterThan(0);
  expect(await longestSide()).toBeLessThanOrEqual(1600);

  await page.goto("/my-batches");
  const links = page.getByTestId("my-batches").getByRole("link");
  await expect(links.first()).toContainText("Felt sheep");
  await expect(links.first()).toContainText("Submitted");
  expect(await links.nth(1).textContent()).toBe(topBefore);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("the ministry sees the new batch in its totals", async ({ as }) => {
  const report = new RegionalOverviewPage(await as("ministry"));
  await report.open(year);
  expect(await report.totalNumber("Batches")).toBe(before.batches + 1);
  expect(await report.totalNumber("Quantity produced")).toBe(before.quantity + quantity);
});

test("a coordinator partially accepts it with the reasons the form asks for, a second approves", async ({ as }) => {
  const coordinator = await as("coordinator");
  await coordinator.goto(batchUrl);
  await coordinator.getByRole("button", { name: /^Start inspection of / }).click();
  await expect(coordinator).toHaveURL(/\/inspections\/[0-9a-f-]{36}$/);
  const inspectionUrl = coordinator.url();
  const form = new InspectionFormPage(coordinator);
  await form.answerAllAsPassing();
  await form.chooseOutcome("Partially accepted");
  await coordinator.getByLabel("Accepted quantity").fill("34");
  await form.submit().click();
  await expect(form.fieldError("remarks")).toHaveText("Write remarks for the producer (at least 3 characters).");
  await expect(form.fieldError("overrideReason")).toHaveText("Write why you go against the counts (at least 3 characters).");
  expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await coordinator.getByLabel("Remarks for the producer").fill("3 pieces with uneven felting");
  await coordinator.getByLabel("Why you go against the counts").fill("Sorted the whole lot after sampling");
  await form.submit().click();
  await expect(coordinator.getByTestId("inspection-status")).toHaveText("Awaiting approval");

  const approver = await as("coordinator2");
  await approver.goto(inspectionUrl);
  await approver.getByRole("button", { name: "Approve" }).click();
  await expect(approver.getByTestId("inspection-status")).toHaveText("Approved");

  const producer = await as("producer", { language: "account" });
  await producer.goto(batchUrl);
  await expect(producer.locator("html")).toHaveAttribute("lang", "ru");
  await expect(producer.getByTestId("status-badge").first()).toHaveText("Частично принята");
  await expect(producer.getByTestId("decision")).toContainText("3 pieces with uneven felting");
});
