import { PUBLIC_LOCALES, type PublicLocale } from "../public-locale";
import { html, SafeHtml } from "./html";

// Each language named in itself, so a visitor finds theirs whatever the page is in.
const LANGUAGE_NAMES: Record<PublicLocale, string> = { ky: "Кыргызча", ru: "Русский", en: "English", ja: "日本語" };

const STYLE = `
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans JP","Hiragino Sans",sans-serif;line-height:1.5;color:#1c1917;background:#fafaf9;-webkit-text-size-adjust:100%}
body{margin:0}
header,main{max-width:40rem;margin:0 auto;padding:.75rem 1rem}
nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem}
a{color:#3e5730}
a[aria-current]{color:inherit;font-weight:700;text-decoration:none}
h1{font-size:1.6rem;line-height:1.25;margin:.25rem 0 .5rem}
h2{font-size:1.15rem;margin:0 0 .5rem}
h3{font-size:1rem;margin:.75rem 0 .25rem}
section{background:#fff;border:1px solid #e7e5e4;border-radius:.5rem;padding:1rem;margin:1rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
dt{color:#57534e}
dd{margin:0;font-weight:600}
@media (max-width:30rem){dl{grid-template-columns:1fr;gap:0}dd{margin-bottom:.5rem}}
ul{margin:0;padding-left:1.25rem}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:50%;border:1px solid #a8a29e;vertical-align:-.1em;margin-right:.35em}
fieldset{border:0;padding:0;margin:0 0 1rem}
legend{font-weight:600;padding:0}
.choices{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.25rem}
.choices label{display:inline-flex;align-items:center;gap:.35rem;min-height:2.75rem;padding:0 .75rem;border:1px solid #d6d3d1;border-radius:.375rem}
label[for]{display:block;font-weight:600}
textarea{box-sizing:border-box;width:100%;min-height:6rem;margin-top:.25rem;padding:.5rem;font:inherit;border:1px solid #a8a29e;border-radius:.375rem}
button{min-height:2.75rem;padding:0 1.25rem;font:inherit;font-weight:600;color:#fff;background:#4d6b3c;border:0;border-radius:.375rem}
.hint{color:#57534e;font-size:.9rem;margin:.25rem 0}
.error{color:#b91c1c;font-weight:600;margin:.25rem 0}
.notice{padding:.75rem;border-radius:.375rem;background:#f4f7f2;border:1px solid #e3ecdc}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
:focus-visible{outline:3px solid #4d6b3c;outline-offset:2px}
`;

/** Links to the same page in each language; plain links, so they work without JavaScript. */
function languageLinks(current: PublicLocale, label: string): SafeHtml {
  const links = PUBLIC_LOCALES.map((locale) =>
    locale === current
      ? html`<a href="?lang=${locale}" lang="${locale}" hreflang="${locale}" aria-current="true">${LANGUAGE_NAMES[locale]}</a>`
      : html`<a href="?lang=${locale}" lang="${locale}" hreflang="${locale}">${LANGUAGE_NAMES[locale]}</a>`,
  );
  return html`<header><nav aria-label="${label}" data-testid="trace-languages">${links}</nav></header>`;
}

/** A whole, self-contained HTML page: no scripts, no external files, styles inline. */
export function htmlDocument({ locale, title, languagesLabel, body }: { locale: PublicLocale; title: string; languagesLabel: string; body: SafeHtml }): string {
  return `<!doctype html>${html`<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><style>${new SafeHtml(STYLE)}</style></head><body>${languageLinks(locale, languagesLabel)}<main id="main">${body}</main></body></html>`.value}`;
}
