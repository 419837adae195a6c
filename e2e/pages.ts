import type { Page } from "@playwright/test";
import { numberIn } from "./fixtures";

export class LogBatchPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/my-batches/new");
  }

  async fill(values: { product?: string; quantity?: string; from?: string; to?: string; notes?: string }) {
    const form = this.page;
    if (values.product) await form.getByLabel("Product").selectOption({ label: values.product });
    if (values.quantity !== undefined) await form.getByLabel("Quantity").fill(values.quantity);
    if (values.from) await form.getByLabel("Made from").fill(values.from);
    if (values.to) await form.getByLabel("Made until").fill(values.to);
    if (values.notes !== undefined) await form.getByLabel("Notes").fill(values.notes);
  }

  submit() {
    return this.page.getByRole("button", { name: "Submit batch" });
  }

  fieldError(field: string) {
    return this.page.getByTestId(`${field}-error`);
  }
}

export class RegionalOverviewPage {
  constructor(readonly page: Page) {}

  async open(year?: number) {
    await this.page.goto(year ? `/reports?year=${year}` : "/reports");
  }

  /** A total-row cell by its column header. */
  async total(column: string): Promise<string> {
    const headers = await this.page.locator("[data-testid=overview-table] thead th").allTextContents();
    const index = headers.findIndex((h) => h.startsWith(column));
    return (await this.page.getByTestId("overview-total").locator("th, td").nth(index).textContent()) ?? "";
  }

  async totalNumber(column: string): Promise<number> {
    return numberIn(await this.total(column));
  }
}

/** The id of the first batch waiting in the signed-in coordinator's queue, optionally not by a given producer. */
export async function firstQueuedBatchId(page: Page, notByProducer?: string): Promise<string> {
  await page.goto("/inspections");
  let items = page.getByTestId("inspection-queue").getByRole("listitem");
  if (notByProducer) items = items.filter({ hasNotText: notByProducer });
  const href = await items.first().getByRole("link").getAttribute("href");
  return href!.split("/").pop()!;
}
