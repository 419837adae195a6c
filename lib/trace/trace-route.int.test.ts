import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { products, publicHits, traceFeedback } from "@/db/schema";
import { createTenant, publishChecklist, type Tenant } from "@/db/testing/factories";
import { acceptedLot } from "@/lib/labels/sheet/testing/label-fixtures";
import { GET, POST } from "@/app/t/[code]/route";
import { PUBLIC_HITS_PER_MINUTE } from "./rate-limit";
import { setMemberName } from "./test-fixtures";
import { visitorHash } from "./visitor";

vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-000000");

let a: Tenant;
let code: string;
let lotId: string;
let addresses = 0;
const newAddress = () => `198.51.100.${++addresses}`;

function get(path: string, headers: Record<string, string> = {}) {
  const url = new URL(path, "http://localhost");
  const request = new Request(url, { headers: { "x-forwarded-for": newAddress(), ...headers } });
  return GET(request, { params: Promise.resolve({ code: url.pathname.split("/")[2]! }) });
}

function post(path: string, fields: Record<string, string>, address = newAddress()) {
  const url = new URL(path, "http://localhost");
  const request = new Request(url, { method: "POST", body: new URLSearchParams(fields), headers: { "x-forwarded-for": address } });
  return POST(request, { params: Promise.resolve({ code: url.pathname.split("/")[2]! }) });
}

beforeAll(async () => {
  a = await createTenant("route-trace");
  await publishChecklist(a, a.product.lineId);
  await (await db()).update(products).set({ nameJa: "フェルトの羊" }).where(eq(products.id, a.product.id));
  await setMemberName(a, "Осмонова Айгүл", "Osmonova Aygül", true);
  const lot = await acceptedLot(a);
  [code, lotId] = [lot.publicCode, lot.id];
});

describe("GET /t/[code]", () => {
  it("serves the lot page as plain HTML in the browser's language, cacheable and without scripts", async () => {
    const response = await get(`/t/${code}`, { "accept-language": "ja-JP,ja;q=0.9,en;q=0.8" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toMatch(/^public, .*s-maxage=\d+/);
    expect(response.headers.get("vary")).toBe("Accept-Language");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const page = await response.text();
    expect(page).toMatch(/^<!doctype html><html lang="ja">/);
    expect(page).toContain('<h1 data-testid="trace-product">フェルトの羊</h1>');
    expect(page).toContain("生産地と製作時期");
    expect(page).toContain("2026年3月");
    expect(page).toContain("<dd>Aygül</dd>");
    expect(page).toContain('<form method="post" action="/t/' + code + '?lang=ja">');
    for (const id of ["trace-origin", "trace-materials", "trace-quality", "trace-feedback"]) expect(page).toContain(`data-testid="${id}"`);
    expect(page).not.toMatch(/<script|<link|<img/i);
  });

  it("switches language with ?lang and falls back to English for other languages", async () => {
    const kyrgyz = await (await get(`/t/${code}?lang=ky`, { "accept-language": "ja" })).text();
    expect(kyrgyz).toContain('<html lang="ky">');
    expect(kyrgyz).toContain("<dd>Айгүл</dd>");
    expect(kyrgyz).toContain('<a href="?lang=ja" lang="ja" hreflang="ja">日本語</a>');
    const russian = await (await get(`/t/${code}`, { "accept-language": "ru-RU,ru;q=0.9" })).text();
    expect(russian).toMatch(/<html lang="ru">[\s\S]*Прошло контроль качества/);
    expect(await (await get(`/t/${code}`, { "accept-language": "de-DE" })).text()).toContain('<html lang="en">');
  });

  it("answers unknown and malformed codes with a plain 404 page", async () => {
    for (const path of ["/t/0123456789ABCDEF", "/t/hello", `/t/${code.toLowerCase()}`]) {
      const response = await get(path, { "accept-language": "ru" });
      expect(response.status).toBe(404);
      const page = await response.text();
      expect(page).toContain('<html lang="ru">');
      expect(page).toContain('<h1 data-testid="trace-message">Не найдено</h1>');
    }
  });

  it("answers 429 to a visitor over the rate limit, and only to them", async () => {
    const address = newAddress();
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    await (await db()).insert(publicHits).values({ visitorHash: visitorHash(new Headers({ "x-forwarded-for": address })), minute, hits: PUBLIC_HITS_PER_MINUTE });
    const refused = await get(`/t/${code}`, { "x-forwarded-for": address, "accept-language": "en" });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(await refused.text()).toContain("Too many requests");
    expect((await post(`/t/${code}?lang=en`, { rating: "5" }, address)).status).toBe(429);
    expect((await get(`/t/${code}`)).status).toBe(200);
  });
});

describe("POST /t/[code]", () => {
  it("stores feedback and sends the visitor to the thank-you", async () => {
    const response = await post(`/t/${code}?lang=ja`, { rating: "5", comment: "かわいい", website: "" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/t/${code}?lang=ja&sent=1#feedback`);
    const stored = await (await db()).select().from(traceFeedback).where(eq(traceFeedback.batchId, lotId));
    expect(stored).toEqual([expect.objectContaining({ rating: 5, comment: "かわいい", locale: "ja" })]);
    const thanks = await (await get(`/t/${code}?lang=ja&sent=1`)).text();
    expect(thanks).toContain('data-testid="feedback-thanks"');
    expect(thanks).not.toContain("<form");
  });

  it("shows the form again with the problem next to the field, what was typed kept and escaped", async () => {
    const response = await post(`/t/${code}?lang=ru`, { rating: "4", comment: "<b>дёшево</b> на www.spam.example" });
    expect(response.status).toBe(422);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const page = await response.text();
    expect(page).toContain('<p class="error" id="comment-error">Пожалуйста, не указывайте ссылки и адреса сайтов.</p>');
    expect(page).toContain('aria-describedby="comment-hint comment-error" aria-invalid="true">&lt;b&gt;дёшево&lt;/b&gt; на www.spam.example</textarea>');
    expect(page).toContain('value="4" required aria-describedby="rating-hint" checked>');
    const noRating = await (await post(`/t/${code}?lang=en`, { comment: "nice" })).text();
    expect(noRating).toContain('<p class="error" id="rating-error">Choose a rating from 1 to 5.</p>');
  });

  it("tells a visitor over the daily limit so, above the button", async () => {
    const address = newAddress();
    for (let i = 0; i < 3; i++) expect((await post(`/t/${code}?lang=en`, { rating: "3" }, address)).status).toBe(303);
    const refused = await post(`/t/${code}?lang=en`, { rating: "3", comment: "again" }, address);
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain('data-testid="feedback-error">You have already sent feedback several times today.');
  });

  it("drops a filled honeypot quietly and answers 404 for unknown codes", async () => {
    const before = await (await db()).$count(traceFeedback);
    expect((await post(`/t/${code}?lang=en`, { rating: "5", website: "spam" })).status).toBe(303);
    expect(await (await db()).$count(traceFeedback)).toBe(before);
    expect((await post("/t/0123456789ABCDEF?lang=en", { rating: "5" })).status).toBe(404);
  });
});
