import { countryName } from "@/lib/validation/iso-codes";
import type { PublicLocale } from "../public-locale";
import type { PublicTrace } from "../public-trace";
import { feedbackSection, type FeedbackFormState } from "./feedback-form";
import { html, type SafeHtml } from "./html";
import type { PublicTranslator } from "./public-messages";

const utcDay = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** "March 2026", or "February – March 2026" when the work spanned months, in the visitor's language. */
function madeIn(trace: PublicTrace, locale: PublicLocale): string {
  const months = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" });
  return months.formatRange(utcDay(trace.producedFrom), utcDay(trace.producedTo));
}

function originSection(trace: PublicTrace, t: PublicTranslator, locale: PublicLocale): SafeHtml {
  const rows: [string, string][] = [
    [t("village"), trace.villageName],
    [t("region"), trace.regionName],
    [t("country"), countryName(trace.countryCode, locale)],
    [t("made"), madeIn(trace, locale)],
  ];
  if (trace.maker) rows.push([t("maker"), trace.maker]);
  rows.push([t("association"), trace.associationName]);
  const items = rows.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`);
  return html`<section aria-labelledby="origin-title" data-testid="trace-origin"><h2 id="origin-title">${t("origin")}</h2><dl>${items}</dl></section>`;
}

function dyeItem(dye: PublicTrace["dyes"][number], t: PublicTranslator): SafeHtml {
  const swatch = dye.colourHex ? html`<span class="swatch" style="background:${dye.colourHex}" aria-hidden="true"></span>` : null;
  const plant = dye.plantSource ? html` (<i lang="la">${dye.plantSource}</i>)` : null;
  const colour = dye.colour ? html` — ${t("dyeColour", { value: dye.colour })}` : null;
  return html`<li>${swatch}${dye.name}${plant}${colour}</li>`;
}

function materialsSection(trace: PublicTrace, t: PublicTranslator): SafeHtml {
  const none = trace.materials.length === 0 && trace.dyes.length === 0;
  return html`<section aria-labelledby="materials-title" data-testid="trace-materials"><h2 id="materials-title">${t("materials")}</h2>
${none ? html`<p>${t("noMaterials")}</p>` : null}
${trace.materials.length ? html`<ul>${trace.materials.map((m) => html`<li>${m.name}</li>`)}</ul>` : null}
${trace.dyes.length ? html`<h3>${t("dyes")}</h3><ul data-testid="trace-dyes">${trace.dyes.map((d) => dyeItem(d, t))}</ul>` : null}
</section>`;
}

function qualitySection(trace: PublicTrace, t: PublicTranslator, locale: PublicLocale): SafeHtml {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: trace.timeZone }).format(trace.passedOn);
  return html`<section aria-labelledby="quality-title" data-testid="trace-quality"><h2 id="quality-title">${t("quality")}</h2><p>${t("qcPassed", { date })}</p></section>`;
}

/** The lot page's content: what it is, where and when it was made, of what, that it passed QC, and the feedback form. */
export function traceBody(trace: PublicTrace, t: PublicTranslator, locale: PublicLocale, feedback: { action: string; state: FeedbackFormState }): SafeHtml {
  return html`<h1 data-testid="trace-product">${trace.productName}</h1>
<p>${t("intro", { village: trace.villageName })}</p>
${originSection(trace, t, locale)}
${materialsSection(trace, t)}
${qualitySection(trace, t, locale)}
${feedbackSection(t, feedback.action, feedback.state)}`;
}
