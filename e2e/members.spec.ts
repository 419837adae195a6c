import { expect, test } from "./fixtures";

test("a coordinator finds a member by Latin spelling and by phone, without the phone in the URL", async ({ as }) => {
  const page = await as("coordinator");
  await page.goto("/members");
  await expect(page.getByTestId("member-count")).toContainText(/^[\d,]+ members$/);
  await page.getByLabel("Search").fill("osmonova aigul");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/q=osmonova/);
  await expect(page.getByTestId("member-list")).toContainText("IK-00001");

  await page.getByLabel("Search").fill("0555 000 001");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("member-count")).toHaveText("1 member");
  await expect(page.getByTestId("member-list")).toContainText("Осмонова Айгүл");
  expect(page.url()).not.toContain("555");
});

test("filters live in the URL and a shared link shows the same list", async ({ as }) => {
  const page = await as("coordinator");
  await page.goto("/members");
  await page.getByText("More filters").click();
  await page.getByLabel("Gender").selectOption({ label: "Man" });
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Left" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/gender=male/);
  const count = await page.getByTestId("member-count").textContent();
  const other = await as("admin");
  await other.goto(page.url().replace(/^.*\/members/, "/members"));
  await expect(other.getByTestId("member-count")).toHaveText(count!);
});

test("a coordinator changes a member's status with a reason and sees it in the timeline", async ({ as }) => {
  const page = await as("coordinator");
  await page.goto("/members?q=IK-01499");
  await page.getByTestId("member-list").getByRole("link").first().click();
  await page.getByLabel("Reason").fill("");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByTestId("statusReason-error")).toHaveText("Required.");
  const current = await page.getByLabel("Status", { exact: true }).inputValue();
  await page.getByLabel("Status", { exact: true }).selectOption(current === "suspended" ? "active" : "suspended");
  await page.getByLabel("Reason").fill("Working abroad this season");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByTestId("member-activity").locator("li").first()).toContainText("Status changed");
});

test("ministry readers and producers cannot reach member pages or exports", async ({ as }) => {
  for (const account of ["ministry", "producer"] as const) {
    const page = await as(account);
    expect((await page.goto("/members"))?.status(), account).toBe(404);
    const response = await page.request.get("/api/members/export?format=csv");
    expect(response.status(), account).toBe(404);
  }
});

test("the export downloads the filtered list as CSV in the reader's language", async ({ as }) => {
  const page = await as("coordinator", { language: "ru" });
  const response = await page.request.get("/api/members/export?format=csv&q=IK-0000");
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text.startsWith("\uFEFFНомер участника;ФИО")).toBe(true);
  expect(text.split("\n").length).toBe(10);
});
