import { expect, test } from "./fixtures";

test("the language switcher changes the interface and remembers the choice", async ({ as }) => {
  const page = await as("coordinator");
  await page.goto("/inspections");
  await page.getByRole("button", { name: "Кыргызча" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ky");
  const kyHeading = await page.getByRole("heading", { level: 1 }).textContent();
  expect(kyHeading).not.toBe("Inspection queue");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(kyHeading!);
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Очередь контроля");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inspection queue");
});

test("a visitor gets the browser's language on the sign-in page", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход");
  await context.close();
});
