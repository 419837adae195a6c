import { LABEL_LANGUAGES, type LabelFields } from "./label-fields";
import type { LabelProduct } from "./label-product";
import type { MarketRules } from "./markets";

/**
 * A new design's starting fields: in the market's languages (and those its origin wording is
 * written in), the product's catalogue name and the market's origin statement for the
 * association's country. Everything else the designer writes.
 */
export function prefillFields(market: MarketRules, product: Pick<LabelProduct, "names" | "country">): LabelFields {
  const origin = market.originWording[product.country] ?? {};
  const languages = LABEL_LANGUAGES.filter((l) => market.languages.includes(l) || origin[l]);
  const fields: LabelFields = { careSymbols: [] };
  for (const language of languages) {
    const texts = { productName: product.names[language], countryOfOrigin: origin[language] };
    const written = Object.entries(texts).filter(([, v]) => v);
    if (written.length > 0) fields[language] = Object.fromEntries(written);
  }
  return fields;
}
