import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../lib/auth/demo-accounts";

export const ACCOUNTS = {
  producer: "+996555000001",
  coordinator: "coordinator@ovop.kg",
  coordinator2: "coordinator2@ovop.kg",
  ministry: "ministry@ovop.kg",
  admin: "admin@ovop.kg",
  sughdCoordinator: "coordinator@ovop.tj",
  sughdProducer: "+992900000001",
} as const;

export type Account = keyof typeof ACCOUNTS;

/** Signs in through next-auth's own endpoints, so a test starts on its subject, not on the login form. */
export async function signIn(page: Page, account: Account): Promise<void> {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { identifier: ACCOUNTS[account], password: DEMO_PASSWORD, csrfToken, json: "true" },
  });
  expect(response.ok()).toBe(true);
}

type AsOptions = { language?: "ky" | "ru" | "en" | "account" };

/**
 * A page per role, signed in before the test body runs. The interface is English unless asked
 * otherwise; "account" leaves the language to the user's own setting.
 */
export const test = base.extend<{ as: (account: Account, options?: AsOptions) => Promise<Page> }>({
  as: async ({ browser, baseURL }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async (account, options = {}) => {
      const context = await browser.newContext({ locale: "en-US", ...test.info().project.use });
      contexts.push(context);
      const language = options.language ?? "en";
      if (language !== "account") await context.addCookies([{ name: "ovop_locale", value: language, url: baseURL! }]);
      const page = await context.newPage();
      await signIn(page, account);
      return page;
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };

/** Digits of a formatted number ("12,345" or "12 345") as a number. */
export function numberIn(text: string | null): number {
  return Number((text ?? "").replace(/[^\d]/g, ""));
}
