// Screenshots of the main screens at phone (360 px) and desktop width, for a human to look at.
// Usage: start the app (npm run demo), then `npm run screenshots` [-- http://127.0.0.1:3000].
import { existsSync, mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = ".data/screenshots";
const password = "ovop-demo-2026";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
  args: ["--disable-background-networking", "--disable-component-update", "--no-first-run"],
});

async function open(login, width, locale) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  await context.addCookies([{ name: "ovop_locale", value: locale, url: base }]);
  const page = await context.newPage();
  if (login) {
    const { csrfToken } = await (await page.request.get(`${base}/api/auth/csrf`)).json();
    await page.request.post(`${base}/api/auth/callback/credentials`, { form: { identifier: login, password, csrfToken, json: "true" } });
  }
  return page;
}

const only = process.env.SCREENS?.split(",");
const screens = [
  [null, "/login", "login", "ru"],
  ["+996555000001", "/my-batches", "producer-batches", "ky"],
  ["+996555000001", "/my-batches/new", "producer-log-batch", "ru"],
  ["+996555000001", "/notifications", "producer-notifications", "ru"],
  ["coordinator@ovop.kg", "/inspections", "coordinator-queue", "en"],
  ["coordinator2@ovop.kg", "/inspections", "coordinator-approvals", "ru"],
  ["coordinator@ovop.kg", "/batches", "coordinator-batches", "en"],
  ["coordinator@ovop.kg", "/catalog", "coordinator-catalog", "ky"],
  ["coordinator@ovop.kg", "/catalog/materials", "coordinator-materials", "en"],
  ["ministry@ovop.kg", "/reports", "ministry-overview", "ru"],
  ["coordinator@ovop.kg", "/ideas", "coordinator-ideas", "en"],
  ["+996555000001", "/ideas/new", "producer-new-idea", "ky"],
  ["admin@ovop.kg", "/settings/reviews", "admin-review-rules", "ru"],
  ["coordinator@ovop.kg", "/labels", "coordinator-labels", "en"],
  ["coordinator@ovop.kg", "/shipments?status=shipped", "coordinator-shipments", "en"],
  ["coordinator@ovop.kg", "/shipments/new", "coordinator-new-shipment", "ru"],
  ["coordinator@ovop.kg", "/buyers", "coordinator-buyers", "en"],
  ["coordinator@ovop.kg", "/feedback", "coordinator-feedback", "ky"],
  ["admin@ovop.kg", "/payouts", "admin-payouts", "en"],
  ["+996555000001", "/my-earnings", "producer-earnings", "ky"],
];

for (const width of [360, 1280]) {
  for (const [login, path, name, locale] of screens.filter(([, , name]) => !only || only.includes(name))) {
    const page = await open(login, width, locale);
    await page.goto(base + path);
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
    if (name === "coordinator-queue") {
      await page.getByTestId("inspection-queue").getByRole("link").first().click();
      await page.waitForURL(/\/batches\//);
      await page.screenshot({ path: `${out}/coordinator-batch-${width}.png`, fullPage: true });
      await page.getByRole("button", { name: /^Start inspection of / }).click();
      await page.waitForURL(/\/inspections\//);
      await page.screenshot({ path: `${out}/coordinator-inspection-${width}.png`, fullPage: true });
    }
    if (name === "coordinator-approvals") {
      await page.locator('a[href^="/inspections/"]').first().click();
      await page.waitForURL(/\/inspections\//);
      await page.screenshot({ path: `${out}/coordinator-approval-${width}.png`, fullPage: true });
    }
    if (name === "coordinator-shipments") {
      await page.locator('a[href^="/shipments/"]').filter({ hasText: /^EXP-/ }).first().click();
      await page.waitForURL(/\/shipments\/[0-9a-f-]{36}/);
      await page.screenshot({ path: `${out}/coordinator-shipment-${width}.png`, fullPage: true });
      await page.getByTestId("traced-batch").first().getByRole("link").first().click();
      await page.waitForURL(/\/batches\//);
      const lotPage = await page.getByRole("link", { name: "Open the public page" }).getAttribute("href");
      for (const lang of ["ja", "ky"]) {
        await page.goto(`${base}${lotPage}?lang=${lang}`);
        await page.screenshot({ path: `${out}/public-lot-${lang}-${width}.png`, fullPage: true });
      }
    }
    await page.context().close();
  }
}
await browser.close();
console.log(`Screenshots in ${out}/`);
