import { isPluralElement, isPoundElement, isSelectElement, isTagElement, parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import en from "./en.json";
import ky from "./ky.json";
import ru from "./ru.json";

/** Leaves that are rightly the same in every language. */
const SAME_AS_ENGLISH = new Set(["app.name", "reports.suppressed", "reports.none", "batches.decidedBy", "reviews.diff.empty", "labels.checkSubject", "labels.detail.title", "payouts.referenceLine", "payouts.goodsLine"]);

const CYRILLIC = /[\u0400-\u04FF]/;

function flatten(tree: unknown, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out[path] = value;
    else if (value !== null && typeof value === "object" && !Array.isArray(value)) Object.assign(out, flatten(value, path));
    else throw new Error(`${path} is neither a string nor a nested object`);
  }
  return out;
}

/**
 * The arguments a message takes, as `name:kind` (kind is the ICU type: argument, number, plural, …),
 * plus, for plural and select, whether each branch uses `#` and which explicit `=N` / select keys it has.
 */
function signature(ast: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of ast) {
    if (isPoundElement(el)) into.add("#");
    else if (isTagElement(el)) {
      into.add(`<${el.value}>`);
      signature(el.children, into);
    } else if ("value" in el && el.type !== TYPE.literal) {
      into.add(`${el.value}:${TYPE[el.type]}`);
      if (isPluralElement(el) || isSelectElement(el)) {
        for (const [key, option] of Object.entries(el.options)) {
          // CLDR categories differ per language; explicit `=N` and select keys must not.
          if (isSelectElement(el) || key.startsWith("=")) into.add(`${el.value}[${key}]`);
          const branch = signature(option.value);
          if (isPluralElement(el)) into.add(`${el.value}: a branch ${branch.has("#") ? "uses" : "lacks"} #`);
          for (const s of branch) if (s !== "#") into.add(s);
        }
      }
    }
  }
  return into;
}

/** Every plural in the message, with the category keys it offers. */
function pluralKeys(ast: MessageFormatElement[], into: { name: string; keys: string[] }[] = []) {
  for (const el of ast) {
    if (isTagElement(el)) pluralKeys(el.children, into);
    if (isPluralElement(el) || isSelectElement(el)) {
      if (isPluralElement(el) && el.pluralType === "cardinal") {
        into.push({ name: el.value, keys: Object.keys(el.options).filter((k) => !k.startsWith("=")).sort() });
      }
      for (const option of Object.values(el.options)) pluralKeys(option.value, into);
    }
  }
  return into;
}

const SAMPLE_VALUES = { name: "Айгүл Осмонова", date: "12.03.2025", lotCode: "IK-2025-0042", requestId: "req-1", password: "demo", min: 3, max: 40, value: 7, accepted: 48, total: 50, product: "Кийиз козу", sku: "FELT-SHEEP", kind: "Hang tag", market: "JP", village: "Ак-Сай", width: 105, height: 148.5, approvals: 1, required: 2, version: 2, previous: 1 };

/** A value for every argument a message names: the samples above, and 7 for any other (it formats as text, number and plural alike). */
function sampleValues(count: number): Record<string, string | number> {
  const named: Record<string, string | number> = { ...SAMPLE_VALUES, count };
  return new Proxy(named, { has: () => true, get: (target, key) => (typeof key === "string" && key in target ? target[key] : 7) });
}

const english = flatten(en);

describe.each([
  ["ky", ky],
  ["ru", ru],
] as const)("messages/%s.json", (locale, tree) => {
  const messages = flatten(tree);
  const categories = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();

  it("has exactly the key paths of en.json", () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english))("%s parses and takes the same arguments as English", (path) => {
    const message = messages[path];
    expect(message, path).toBeTypeOf("string");
    const format = new IntlMessageFormat(message!, locale);
    expect(signature(format.getAst())).toEqual(signature(parse(english[path]!)));
    for (const plural of pluralKeys(format.getAst())) expect(plural.keys, `${path}: {${plural.name}, plural}`).toEqual(categories);
    for (const count of [0, 1, 2, 5, 21, 1.5]) expect(format.format(sampleValues(count))).toBeTypeOf("string");
  });

  it("has no empty or untranslated values", () => {
    for (const [path, message] of Object.entries(messages)) {
      expect(message.trim(), path).not.toBe("");
      if (SAME_AS_ENGLISH.has(path)) continue;
      expect(message, path).not.toBe(english[path]);
      expect(message, `${path} should be in Cyrillic`).toMatch(CYRILLIC);
    }
  });
});

describe("Russian plurals and fixed wording", () => {
  const messages = flatten(ru);
  const pieces = (count: number) => new IntlMessageFormat(messages["batches.pieces"]!, "ru").format({ count });

  it.each([
    [1, "1 штука"],
    [3, "3 штуки"],
    [5, "5 штук"],
    [11, "11 штук"],
    [21, "21 штука"],
  ])("formats %i pieces", (count, text) => expect(pieces(count)).toBe(text));

  it.each([
    ["login.title", "Вход"],
    ["inspections.queueTitle", "Очередь контроля"],
    ["status.partially_accepted", "Частично принята"],
  ])("%s is %j", (path, text) => expect(messages[path]).toBe(text));
});

describe("Kyrgyz plurals", () => {
  it("formats pieces", () => {
    const messages = flatten(ky);
    expect(new IntlMessageFormat(messages["batches.pieces"]!, "ky").format({ count: 5 })).toBe("5 даана");
  });
});
