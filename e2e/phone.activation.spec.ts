import { expect, test } from "./fixtures";

// A demo member with a phone and no account yet; no other spec hands out accounts.
const MEMBER = "IK-00014";
const PASSWORD = "kiyiz-2026-sheep";

test("a producer activates their account from a printed slip, on a phone, in Kyrgyz", async ({ as, browser, baseURL }) => {
  const coordinator = await as("coordinator");
  await coordinator.goto(`/accounts/new?member=${MEMBER}`);
  await coordinator.getByRole("button", { name: "Create account and print code" }).click();
  const slip = coordinator.getByTestId("activation-slip");
  await expect(slip).toHaveAttribute("lang", "ky");
  await expect(slip.getByRole("img", { name: "QR code that opens the activation page" })).toBeVisible();
  await expect(slip).toContainText("Активдештирүү коду");
  const code = (await slip.getByTestId("slip-code").textContent())!;
  const phone = (await slip.getByTestId("slip-login").textContent())!;
  const link = (await slip.getByTestId("slip-url").textContent())!;
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  expect(link).toBe(`${baseURL}/activate?code=${code}`);

  const context = await browser.newContext({ locale: "en-US", ...test.info().project.use });
  await context.addCookies([{ name: "ovop_locale", value: "ky", url: baseURL! }]);
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.locator("html")).toHaveAttribute("lang", "ky");
  await expect(page.getByLabel("Активдештирүү коду")).toHaveValue(code);
  await expect(page).toHaveURL(/\/activate$/);
  // Typed the way it is said: the local format, with spaces.
  await page.getByLabel("Телефон номери").fill(`0${phone.slice(4, 7)} ${phone.slice(7, 10)} ${phone.slice(10)}`);
  await page.getByLabel("Жаңы сырсөз", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Жаңы сырсөздү кайталаңыз").fill(PASSWORD);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole("button", { name: "Активдештирүү" }).click();
  await expect(page).toHaveURL(/\/my-batches$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Менин партияларым");

  await page.getByRole("button", { name: "Чыгуу" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel("Телефон же e-mail").fill(phone);
  await page.getByLabel("Сырсөз", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Кирүү", exact: true }).click();
  await expect(page).toHaveURL(/\/my-batches$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Менин партияларым");
  await context.close();

  await coordinator.getByRole("button", { name: "Close" }).click();
  await expect(coordinator.getByTestId("member-account")).toContainText("already has an account");
});

test("only admins reach user management, and ministry users cannot hand out accounts", async ({ as }) => {
  const ministry = await as("ministry");
  for (const path of ["/settings/users", "/settings/users/new", `/accounts/new?member=${MEMBER}`]) {
    expect((await ministry.goto(path))?.status(), path).toBe(404);
  }
  const coordinator = await as("coordinator");
  expect((await coordinator.goto("/settings/users"))?.status()).toBe(404);
  const admin = await as("admin");
  await admin.goto("/settings/users");
  await expect(admin.getByTestId("user-list")).toContainText("coordinator@ovop.kg");
});
