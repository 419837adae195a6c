import { expect, test } from "./fixtures";
import { firstQueuedBatchId } from "./pages";

test("another association's batch is not found by URL", async ({ as }) => {
  const issykKulBatch = await firstQueuedBatchId(await as("coordinator"));
  for (const account of ["sughdCoordinator", "sughdProducer"] as const) {
    const page = await as(account);
    const response = await page.goto(`/batches/${issykKulBatch}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
  }
});

test("another association's batch is not found through the start-inspection action", async ({ as }) => {
  const owner = await as("coordinator");
  const issykKulBatch = await firstQueuedBatchId(owner);
  const page = await as("sughdCoordinator");
  const ownBatch = await firstQueuedBatchId(page);
  await page.goto(`/batches/${ownBatch}`);
  // A tampered client: the form is for our own batch, the request names the other association's.
  await page.route(`**/batches/${ownBatch}`, async (route) => {
    const body = route.request().postData();
    if (route.request().method() !== "POST" || !body) return route.continue();
    await route.continue({ postData: body.replaceAll(ownBatch, issykKulBatch) });
  });
  await page.getByRole("button", { name: /^Start inspection of / }).click();
  await expect(page.getByTestId("alert-error")).toHaveText("Not found.");

  await owner.goto(`/batches/${issykKulBatch}`);
  await expect(owner.getByTestId("status-badge").first()).toHaveText("Submitted");
  await expect(owner.getByRole("button", { name: /^Start inspection of / })).toBeVisible();
  await page.goto(`/batches/${ownBatch}`);
  await expect(page.getByTestId("status-badge").first()).toHaveText("Submitted");
});

test("roles see only their own screens", async ({ as }) => {
  const ministry = await as("ministry");
  for (const path of ["/inspections", "/my-batches", "/my-batches/new"]) {
    expect((await ministry.goto(path))?.status(), path).toBe(404);
  }
  const batch = await firstQueuedBatchId(await as("coordinator"), "Осмонова Айгүл");
  expect((await ministry.goto(`/batches/${batch}`))?.status()).toBe(404);

  const producer = await as("producer");
  expect((await producer.goto("/inspections"))?.status()).toBe(404);
  expect((await producer.goto(`/batches/${batch}`))?.status()).toBe(404);
});
