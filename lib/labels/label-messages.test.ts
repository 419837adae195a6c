import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ky from "@/messages/ky.json";
import ru from "@/messages/ru.json";
import { checkText } from "@/components/labels/check-text";
import { renderNotification } from "@/lib/notifications/render";
import { CARE_SYMBOL_GROUPS, CARE_SYMBOLS } from "./care-symbols";
import { checkCompliance } from "./check-compliance";
import { LABEL_FIELDS, LABEL_KINDS, LABEL_LANGUAGES, LABEL_STATUSES } from "./label-fields";
import { MARKETS } from "./markets";

const MESSAGES = { en, ru, ky } as const;
const designId = "0b7c6c2e-5a0e-4f5e-9d55-1f1d2b3c4d5e";
const translator = (locale: keyof typeof MESSAGES, namespace: "labels" | "notifications") => {
  const messages: Messages = MESSAGES[locale];
  return createTranslator({ locale, messages, namespace });
};

describe("label messages", () => {
  it.each(["en", "ru", "ky"] as const)("name every market, kind, status, language, field, care symbol and hint in %s", (locale) => {
    const t = translator(locale, "labels");
    const keys = [
      ...MARKETS.map((m) => `markets.${m.code}`),
      ...LABEL_KINDS.map((k) => `kinds.${k}`),
      ...LABEL_STATUSES.map((s) => `statuses.${s}`),
      ...LABEL_LANGUAGES.map((l) => `languages.${l}`),
      ...[...LABEL_FIELDS, "text"].map((f) => `fields.${f}`),
      ...CARE_SYMBOL_GROUPS.map((g) => `careGroups.${g}`),
      ...CARE_SYMBOLS.map((s) => `careSymbols.${s.code}`),
      ...MARKETS.flatMap((m) => [...m.rules.map((r) => r.hint), m.languageHint]).flatMap((h) => (h ? [`hints.${h}`] : [])),
    ];
    expect(keys.filter((key) => !t.has(key))).toEqual([]);
  });

  it("says what a failing check found, in the reader's language", () => {
    const checks = checkCompliance({ fields: { ja: { productName: "羊", fibreComposition: "毛 90%" }, ean13: "4901234567894", careSymbols: ["140", "100"] }, kind: "hang_tag", market: "JP", category: "textile", country: "KG" });
    const text = (locale: keyof typeof MESSAGES, id: string) => checkText(translator(locale, "labels"), locale, checks.find((c) => c.id === id)!);
    expect(text("en", "fibreComposition.ja")).toMatchObject({ subject: "Fibre composition (Japanese)", finding: "The percentages add up to 90%, not 100%." });
    expect(text("ru", "careSymbols.onePerGroup").finding).toBe("В группе «Стирка» выберите только один символ.");
    expect(text("en", "ean13.gs1Prefix").finding).toBe("Prefix 490 is issued in Japan, not in Kyrgyzstan (prefixes 470). Check that the code is really yours.");
    expect(text("ky", "labellerName.ja")).toMatchObject({ finding: "Көрсөтүлгөн эмес.", hint: expect.stringContaining("表示者名") });
  });

  it("tells a design's creator of the decision and opens the design", () => {
    const notice = { kind: "label.decided" as const, params: { designId, sku: "FELT-SHEEP", market: "JP", kind: "hang_tag" as const, outcome: "approved" as const, comment: null } };
    expect(renderNotification(translator("en", "notifications"), notice)).toEqual({ title: "Label approved: FELT-SHEEP, hang tag for Japan", body: null, href: `/labels/${designId}` });
    const changes = { ...notice, params: { ...notice.params, outcome: "changes_requested" as const, market: "EU", kind: "care_label" as const, comment: "Add the importer." } };
    expect(renderNotification(translator("ru", "notifications"), changes)).toMatchObject({ title: "По этикетке FELT-SHEEP просят изменений (ярлык по уходу, рынок ЕС)", body: "Add the importer." });
    expect(renderNotification(translator("ky", "notifications"), notice).title).toBe("Этикетка бекитилди: FELT-SHEEP, илме ярлык, рынок: Жапония");
  });
});
