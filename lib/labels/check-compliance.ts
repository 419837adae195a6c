import { conflictingCareGroups } from "./care-symbols";
import { readComposition } from "./composition";
import { ean13CheckDigit, isValidEan13 } from "./ean13";
import { gs1PrefixesOf, gs1PrefixOf } from "./gs1";
import { LABEL_LANGUAGES, LABEL_TEXT_FIELDS, type LabelField, type LabelFields, type LabelKind, type LabelLanguage } from "./label-fields";
import { marketRules, type MarketRule, type MarketRules, type ProductCategory } from "./markets";
import { textWidth } from "./text-width";

export type ComplianceLevel = "required" | "recommended" | "warning";

/**
 * One line of a design's checklist. `messageKey` and `params` name what it says (messages
 * `labels.checks.<messageKey>`); `hint` names the rule behind it (`labels.hints.<hint>`).
 */
export type ComplianceCheck = {
  id: string;
  level: ComplianceLevel;
  ok: boolean;
  /** The field it is about; "text" is all of a language's text together. */
  field: LabelField | "text";
  language?: LabelLanguage;
  messageKey: string;
  params: Record<string, string | number>;
  hint?: string;
};

export type ComplianceInput = {
  fields: LabelFields;
  kind: LabelKind;
  /** A market code of lib/labels/markets. */
  market: string;
  category: ProductCategory;
  /** The association's country (ISO alpha-2): whose GS1 prefix the barcode should carry. */
  country: string;
};

const hasText = (fields: LabelFields, language: LabelLanguage) => Object.values(fields[language] ?? {}).some(Boolean);

function languageChecks(market: MarketRules, fields: LabelFields): ComplianceCheck[] {
  return market.languages.map((language) => {
    const ok = Boolean(fields[language]?.productName);
    return { id: `productName.${language}`, level: "required", ok, field: "productName", language, messageKey: ok ? "languagePresent" : "languageMissing", params: {}, hint: market.languageHint };
  });
}

const applies = (rule: MarketRule, input: ComplianceInput) =>
  (!rule.categories || rule.categories.includes(input.category)) &&
  (!rule.kinds || rule.kinds.includes(input.kind)) &&
  (rule.when !== "languagePresent" || (rule.language !== undefined && hasText(input.fields, rule.language)));

/** What a rule finds: the field missing, written but wrong, or fine. */
function ruleFinding(rule: MarketRule, fields: LabelFields): Pick<ComplianceCheck, "ok" | "messageKey" | "params"> {
  if (rule.field === "careSymbols") return fields.careSymbols.length > 0 ? { ok: true, messageKey: "present", params: {} } : { ok: false, messageKey: "missing", params: {} };
  const value = rule.field === "ean13" ? fields.ean13 : rule.language ? fields[rule.language]?.[rule.field] : undefined;
  if (!value) return { ok: false, messageKey: "missing", params: {} };
  if (rule.format === "composition") {
    const reading = readComposition(value);
    if (reading.kind === "noPercent") return { ok: false, messageKey: "compositionNoPercent", params: {} };
    if (reading.sum !== 100) return { ok: false, messageKey: "compositionSum", params: { sum: reading.sum } };
  }
  return { ok: true, messageKey: "present", params: {} };
}

function ruleChecks(market: MarketRules, input: ComplianceInput): ComplianceCheck[] {
  return market.rules
    .filter((rule) => applies(rule, input))
    .map((rule) => ({
      id: rule.language ? `${rule.field}.${rule.language}` : rule.field,
      level: rule.level,
      field: rule.field,
      ...(rule.language ? { language: rule.language } : {}),
      ...ruleFinding(rule, input.fields),
      hint: rule.hint,
    }));
}

/** A barcode, when there is one, must be a valid EAN-13; its GS1 prefix should be the association's country's. */
function barcodeChecks({ fields, country }: ComplianceInput): ComplianceCheck[] {
  const code = fields.ean13;
  if (!code) return [];
  if (!/^\d{13}$/.test(code)) return [{ id: "ean13.valid", level: "required", ok: false, field: "ean13", messageKey: "ean13Format", params: { length: code.length } }];
  if (!isValidEan13(code)) {
    return [{ id: "ean13.valid", level: "required", ok: false, field: "ean13", messageKey: "ean13CheckDigit", params: { expected: ean13CheckDigit(code.slice(0, 12)) } }];
  }
  const valid: ComplianceCheck = { id: "ean13.valid", level: "required", ok: true, field: "ean13", messageKey: "ean13Valid", params: {} };
  const expected = gs1PrefixesOf(country);
  if (!expected) return [valid];
  const prefix = gs1PrefixOf(code);
  const gs1 = (ok: boolean, messageKey: string, params: Record<string, string>): ComplianceCheck => ({ id: "ean13.gs1Prefix", level: "warning", ok, field: "ean13", messageKey, params, hint: "gs1Prefix" });
  if (prefix.kind === "inStore") return [valid, gs1(false, "gs1InStore", { prefix: prefix.prefix })];
  if (prefix.kind === "country" && prefix.country === country) return [valid, gs1(true, "gs1Matches", { prefix: prefix.prefix, country })];
  const issuer = prefix.kind === "country" ? prefix.country : "";
  return [valid, gs1(false, issuer ? "gs1OtherCountry" : "gs1Unknown", { prefix: prefix.prefix, country, issuer, expected })];
}

function careSymbolChecks({ fields }: ComplianceInput): ComplianceCheck[] {
  if (fields.careSymbols.length === 0) return [];
  const [conflict] = conflictingCareGroups(fields.careSymbols);
  return [
    conflict
      ? { id: "careSymbols.onePerGroup", level: "required", ok: false, field: "careSymbols", messageKey: "careSymbolsConflict", params: { group: conflict } }
      : { id: "careSymbols.onePerGroup", level: "required", ok: true, field: "careSymbols", messageKey: "careSymbolsConsistent", params: {} },
  ];
}

/** Text must fit the kind of label: its product name, and all of its text in each language. */
function limitChecks(market: MarketRules, { fields, kind }: ComplianceInput): ComplianceCheck[] {
  const limits = market.limits[kind];
  return LABEL_LANGUAGES.filter((language) => hasText(fields, language)).flatMap((language): ComplianceCheck[] => {
    const texts = fields[language] ?? {};
    const name = textWidth(texts.productName ?? "");
    const total = LABEL_TEXT_FIELDS.reduce((sum, field) => sum + textWidth(texts[field] ?? ""), 0);
    return [
      { id: `limit.productName.${language}`, level: "required", ok: name <= limits.productName, field: "productName", language, messageKey: "productNameLength", params: { length: name, max: limits.productName } },
      { id: `limit.text.${language}`, level: "required", ok: total <= limits.text, field: "text", language, messageKey: "textLength", params: { length: total, max: limits.text } },
    ];
  });
}

/**
 * The checklist of a design for its market, product category and kind: the market's rules
 * (required and recommended fields), the barcode and its GS1 prefix, consistent care symbols and
 * text that fits the label. A design with a failing required check cannot be submitted.
 */
export function checkCompliance(input: ComplianceInput): ComplianceCheck[] {
  const market = marketRules(input.market);
  const checks = [...languageChecks(market, input.fields), ...ruleChecks(market, input), ...barcodeChecks(input), ...careSymbolChecks(input), ...limitChecks(market, input)];
  // A market's own rule on a field (e.g. a product name it wants) says the same as its language check: the first one stands.
  return checks.filter((check, index) => checks.findIndex((c) => c.id === check.id) === index);
}

/** The required checks a design fails: what stands between it and submission. */
export function failingRequired(checks: readonly ComplianceCheck[]): ComplianceCheck[] {
  return checks.filter((c) => c.level === "required" && !c.ok);
}
