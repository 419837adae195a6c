import { expect, test } from "./fixtures";
import { InspectionFormPage, LogBatchPage, queuedBatchIds } from "./pages";

const future = new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString().slice(0, 10);

test("the batch form shows each problem next to its field and submits nothing", async ({ as }) => {
  const page = await as("producer");
  await page.goto("/my-batches");
  // Compared by link, not text: other specs may inspect the same batch meanwhile.
  const topBefore = await page.getByTestId("my-batches").getByRole("link").first().getAttribute("href");
  const form = new LogBatchPage(page);
  await form.open();
  await form.fill({ quantity: "" });
  await form.submit().click();
  await expect(form.fieldError("productId")).toHaveText("Required.");
  await expect(form.fieldError("quantity")).toHaveText("Required.");

  await form.fill({ product: "Felt sheep · Natural-dye felt souvenirs", quantity: "-4", from: "2026-03-10", to: "2026-03-01", notes: "x".repeat(1001) });
  await form.submit().click();
  await expect(form.fieldError("quantity")).toHaveText("At least 1.");
  await expect(form.fieldError("producedTo")).toHaveText("Cannot be before the start date.");
  await expect(form.fieldError("notes")).toHaveText("At most 1000 characters.");
  await expect(page.getByLabel("Quantity")).toHaveAttribute("aria-describedby", "quantity-error");

  await form.fill({ quantity: "2.5", from: "2026-03-01", to: future, notes: "" });
  await form.submit().click();
  await expect(form.fieldError("quantity")).toHaveText("Not a valid value.");
  await expect(form.fieldError("producedTo")).toHaveText("Cannot be in the future.");

  await page.goto("/my-batches");
  expect(await page.getByTestId("my-batches").getByRole("link").first().getAttribute("href")).toBe(topBefore);
});

test("the server refuses what a tampered form sends, with field errors", async ({ as }) => {
  const page = await as("producer");
  const form = new LogBatchPage(page);
  await form.open();
  await page.route("**/my-batches/new", async (route) => {
    const body = route.request().postData();
    if (route.request().method() !== "POST" || !body) return route.continue();
    await route.continue({ postData: body.replace(/"quantity":"?\d+"?/, '"quantity":-5').replace(/"productId":"[^"]+"/, '"productId":"00000000-0000-4000-8000-000000000000"') });
  });
  await form.fill({ product: "Felt sheep · Natural-dye felt souvenirs", quantity: "5" });
  await form.submit().click();
  await expect(page.getByTestId("alert-error")).toHaveText("Check the highlighted fields.");
  await expect(form.fieldError("quantity")).toHaveText("At least 1.");
});

test("the inspection form refuses an accepted quantity above the lot and asks for what is missing", async ({ as }) => {
  const page = await as("coordinator");
  // The second batch in the queue: the first is left waiting for the specs that only read it.
  const [, batch] = await queuedBatchIds(page);
  await page.goto(`/batches/${batch}`);
  await page.getByRole("button", { name: /^Start inspection of / }).click();
  await expect(page).toHaveURL(/\/inspections\/[0-9a-f-]{36}$/);
  const form = new InspectionFormPage(page);

  await form.chooseOutcome("Partially accepted");
  await page.getByLabel("Accepted quantity").fill("5");
  await form.submit().click();
  await expect(page.getByText("Answer this item.").first()).toBeVisible();
  await expect(form.fieldError("remarks")).toHaveText("Write remarks for the producer (at least 3 characters).");

  await form.answerAllAsPassing();
  await page.getByLabel("Accepted quantity").fill("100000");
  await page.getByLabel("Remarks for the producer").fill("sorted");
  await page.getByLabel("Why you go against the counts").fill("Sorted out the uneven ones");
  await form.submit().click();
  await expect(form.fieldError("acceptedQuantity")).toHaveText(/^Between 1 and \d+ for a partial acceptance\.$/);
  await page.reload();
  await expect(page.getByTestId("inspection-status")).toHaveText("In progress");
});
