import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { InspectionFormPage } from "./pages";

// One lot goes through the whole workflow, so the steps share it and run in order.
test.describe.configure({ mode: "serial" });

const DEMO_PRODUCER = "Осмонова Айгүл";
const lot = { id: "", code: "", byDemoProducer: false, inspectionUrl: "" };

/** Starts the inspection of a batch in the signed-in coordinator's queue, counted from the end of the first page. */
async function startFromQueue(page: Page, fromEnd: number) {
  await page.goto("/inspections");
  const items = page.getByTestId("inspection-queue").getByRole("listitem");
  const item = items.nth((await items.count()) - 1 - fromEnd);
  const link = item.getByRole("link");
  const batch = { id: (await link.getAttribute("href"))!.split("/").pop()!, code: (await link.textContent())!.trim(), text: (await item.textContent()) ?? "" };
  await item.getByRole("button", { name: `Start inspection of ${batch.code}` }).click();
  await expect(page).toHaveURL(/\/inspections\/[0-9a-f-]{36}$/);
  return { ...batch, inspectionUrl: page.url() };
}

async function submitAsAccepted(page: Page) {
  const form = new InspectionFormPage(page);
  await form.answerAllAsPassing();
  await expect(page.getByTestId("counts-decision")).toContainText("Accepted");
  await form.chooseOutcome("Accepted");
  await form.submit().click();
  await expect(page.getByTestId("inspection-status")).toHaveText("Awaiting approval");
}

test("coordinator A inspects a queued batch with its checklist and submits it for approval", async ({ as }) => {
  const page = await as("coordinator");
  const started = await startFromQueue(page, 0);
  Object.assign(lot, { id: started.id, code: started.code, byDemoProducer: started.text.includes(DEMO_PRODUCER), inspectionUrl: started.inspectionUrl });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Inspection of ${lot.code}`);
  await expect(page.getByTestId("sample-size")).toHaveText(/^\d+$/);

  const form = new InspectionFormPage(page);
  await expect(form.items().first()).toBeVisible();
  await form.answerAllAsPassing();
  await page.getByRole("button", { name: "Save progress" }).click();
  await expect(page.getByTestId("alert-success")).toHaveText("Progress saved.");
  await page.reload();
  const firstYesNo = form.items().filter({ has: page.getByRole("radio", { name: "Yes" }) }).first();
  if (await firstYesNo.count()) await expect(firstYesNo.getByRole("radio", { name: "Yes" })).toBeChecked();

  await submitAsAccepted(page);
  await expect(page.getByTestId("alert-success")).toHaveText("Submitted for approval. A second coordinator must now approve it.");
  await expect(page.getByTestId("second-needed")).toBeVisible();

  await page.goto("/inspections");
  await expect(page.getByTestId("in-progress-list").getByRole("listitem").filter({ hasText: lot.code })).toContainText("Awaiting approval");
});

test("coordinator A cannot approve their own inspection, not even by calling the action", async ({ as }) => {
  const a = await as("coordinator");
  await a.goto(lot.inspectionUrl);
  await expect(a.getByTestId("second-needed")).toHaveText("A second coordinator must approve this inspection.");
  await expect(a.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(a.getByTestId("approval-list").getByRole("listitem").filter({ hasText: lot.code })).toHaveCount(0);

  // B submits another lot; A opens it, where Approve is offered, and the request names A's own inspection.
  const b = await as("coordinator2");
  const other = await startFromQueue(b, 1);
  await submitAsAccepted(b);
  const ownId = lot.inspectionUrl.split("/").pop()!;
  const otherId = other.inspectionUrl.split("/").pop()!;
  await a.goto(other.inspectionUrl);
  await a.route(`**/inspections/${otherId}`, async (route) => {
    const body = route.request().postData();
    if (route.request().method() !== "POST" || !body) return route.continue();
    await route.continue({ postData: body.replaceAll(otherId, ownId) });
  });
  await a.getByRole("button", { name: "Approve" }).click();
  await expect(a.getByTestId("alert-error")).toHaveText("You inspected this batch, so a second coordinator must approve it.");
  await a.goto(lot.inspectionUrl);
  await expect(a.getByTestId("inspection-status")).toHaveText("Awaiting approval");

  // Untampered, A may approve B's inspection.
  await a.unrouteAll();
  await a.goto(other.inspectionUrl);
  await a.getByRole("button", { name: "Approve" }).click();
  await expect(a.getByTestId("inspection-status")).toHaveText("Approved");
});

test("coordinator B approves it from the approval section, and the result reaches the batch", async ({ as }) => {
  const b = await as("coordinator2");
  await b.goto("/inspections");
  await b
    .getByTestId("approval-list")
    .getByRole("link", { name: `Review inspection of ${lot.code}` })
    .click();
  await expect(b).toHaveURL(lot.inspectionUrl);
  await b.getByRole("button", { name: "Approve" }).click();
  await expect(b.getByTestId("inspection-status")).toHaveText("Approved");
  await expect(b.getByTestId("alert-success")).toHaveText("Approved. The producer has been told.");
  await expect(b.getByTestId("decision-summary")).toContainText("Гүлнара Токтосунова");

  if (lot.byDemoProducer) {
    const producer = await as("producer", { language: "ru" });
    await producer.goto(`/batches/${lot.id}`);
    await expect(producer.getByTestId("status-badge").first()).toHaveText("Принята");
    await expect(producer.getByTestId("decision")).toContainText("Принята");
  } else {
    const a = await as("coordinator");
    await a.goto(`/batches/${lot.id}`);
    await expect(a.getByTestId("status-badge").first()).toHaveText("Accepted");
    await expect(a.getByTestId("decision").last()).toContainText("Accepted");
  }
});

test("another association's coordinator and the producer do not find the inspection", async ({ as }) => {
  for (const account of ["sughdCoordinator", "producer"] as const) {
    const page = await as(account);
    expect((await page.goto(lot.inspectionUrl))?.status(), account).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
  }
});
