import type { PublicLocale } from "../public-locale";
import { htmlDocument } from "./document";
import { html } from "./html";
import type { PublicTranslator } from "./public-messages";

/** Shops and CDNs may keep a lot page for a few minutes; consent or QC changes show within five. */
export const PUBLIC_CACHE = "public, max-age=60, s-maxage=300";
export const NO_STORE = "no-store";

// The pages have no scripts, images or other origins: the policy allows only inline styles and posting back.
const SECURITY_HEADERS = {
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-robots-tag": "noindex",
};

export function htmlResponse(document: string, status: number, cacheControl: string, extra: Record<string, string> = {}): Response {
  return new Response(document, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": cacheControl, vary: "Accept-Language", ...SECURITY_HEADERS, ...extra },
  });
}

/** A plain page for an unknown code (404) or a visitor over the rate limit (429), in their language. */
export function messageResponse(kind: "notFound" | "tooMany", locale: PublicLocale, t: PublicTranslator): Response {
  const title = t(kind === "notFound" ? "notFoundTitle" : "tooManyTitle");
  const body = html`<h1 data-testid="trace-message">${title}</h1><p>${t(kind)}</p>`;
  const document = htmlDocument({ locale, title, languagesLabel: t("languages"), body });
  return kind === "notFound" ? htmlResponse(document, 404, PUBLIC_CACHE) : htmlResponse(document, 429, NO_STORE, { "retry-after": "60" });
}
