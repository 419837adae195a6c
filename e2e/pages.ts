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
    return this.page.getByRole("button", { name: "Submit for inspection" });
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

/** The ids of the batches on the first page of the signed-in coordinator's queue, longest waiting first. */
export async function queuedBatchIds(page: Page, notByProducer?: string): Promise<string[]> {
  await page.goto("/inspections");
  let items = page.getByTestId("inspection-queue").getByRole("listitem");
  if (notByProducer) items = items.filter({ hasNotText: notByProducer });
  const hrefs = await items.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.split("/").pop()!);
}

/** The id of the first batch waiting in the signed-in coordinator's queue, optionally not by a given producer. */
export async function firstQueuedBatchId(page: Page, notByProducer?: string): Promise<string> {
  return (await queuedBatchIds(page, notByProducer))[0]!;
}

/** The inspector's form: answers every item as a pass, picks an outcome, submits. */
export class InspectionFormPage {
  constructor(readonly page: Page) {}

  items() {
    return this.page.getByTestId("checklist-item");
  }

  /** Yes to every yes/no, an in-tolerance reading for every measurement, 0 for every count. */
  async answerAllAsPassing() {
    await this.items().first().waitFor();
    for (const item of await this.items().all()) {
      const kind = await item.getAttribute("data-kind");
      if (kind === "yes_no") await item.getByRole("radio", { name: "Yes" }).check();
      if (kind === "defect_count") await item.getByRole("spinbutton").fill("0");
      if (kind === "measurement") {
        const [min, max] = await Promise.all([item.getAttribute("data-min"), item.getAttribute("data-max")]);
        const bounds = [min, max].filter((b): b is string => b !== null).map(Number);
        const inRange = bounds.length === 2 ? (bounds[0]! + bounds[1]!) / 2 : (bounds[0] ?? 1);
        await item.getByRole("textbox").fill(`${inRange} ${inRange}`);
      }
    }
  }

  async chooseOutcome(label: "Accepted" | "Partially accepted" | "Rejected" | "Returned for rework") {
    await this.page.getByRole("radiogroup", { name: "Outcome" }).getByRole("radio", { name: label, exact: true }).check();
  }

  submit() {
    return this.page.getByRole("button", { name: "Submit for approval" });
  }

  fieldError(field: string) {
    return this.page.getByTestId(`${field}-error`);
  }
}
