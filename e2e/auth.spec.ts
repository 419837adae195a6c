import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../lib/auth/demo-accounts";
import { ACCOUNTS, expect, test, type Account } from "./fixtures";

test.use({ locale: "en-US" });

async function signInWithForm(page: Page, identifier: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Phone or e-mail").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

const homes: [Account, string, string][] = [
  ["producer", "/my-batches", "My batches"],
  ["coordinator", "/inspections", "Inspection queue"],
  ["ministry", "/reports", "Regional overview"],
  ["admin", "/inspections", "Inspection queue"],
];

for (const [account, path, heading] of homes) {
  test(`${account} signs in and lands on ${heading}`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "ovop_locale", value: "en", url: baseURL! }]);
    await signInWithForm(page, ACCOUNTS[account], DEMO_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto(path);
    await expect(page).toHaveURL(/\/login/);
  });
}

test("a wrong password is refused with a message", async ({ page }) => {
  await signInWithForm(page, ACCOUNTS.coordinator2, "not the password");
  await expect(page.getByTestId("alert-error")).toHaveText("Wrong phone/e-mail or password.");
  await expect(page).toHaveURL(/\/login/);
});

test("empty fields get errors next to them", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("identifier-error")).toHaveText("Required.");
  await expect(page.getByTestId("password-error")).toHaveText("Required.");
  await expect(page.getByLabel("Phone or e-mail")).toHaveAttribute("aria-invalid", "true");
});

test("repeated failures throttle the account, even for the right password", async ({ page }) => {
  const identifier = "admin@ovop.tj";
  for (let i = 0; i < 5; i++) {
    await signInWithForm(page, identifier, `wrong-${i}`);
    await expect(page.getByTestId("alert-error")).toBeVisible();
  }
  await signInWithForm(page, identifier, DEMO_PASSWORD);
  await expect(page.getByTestId("alert-error")).toHaveText("Too many failed attempts. Wait 15 minutes and try again.");
});

test("the sign-in form works from the keyboard alone", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Phone or e-mail").focus();
  await page.keyboard.type(ACCOUNTS.ministry);
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/reports$/);
});

test("demo accounts are listed only in demo mode", async ({ page }) => {
  await page.goto("/login");
  const demo = page.getByTestId("demo-accounts");
  if (process.env.TEST_DATABASE_URL) await expect(demo).toHaveCount(0);
  else await expect(demo).toContainText(ACCOUNTS.coordinator);
});

test("the health route answers when the database does", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
