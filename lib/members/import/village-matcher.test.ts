import { describe, expect, it } from "vitest";
import { editDistance, villageMatcher } from "./village-matcher";

const villages = [
  { id: "bok", nameEn: "Bokonbayevo", nameRu: "Боконбаево", nameKy: "Бөкөнбаев" },
  { id: "aksay", nameEn: "Ak-Say", nameRu: "Ак-Сай", nameKy: "Ак-Сай" },
  { id: "kyzyl", nameEn: "Kyzyl-Tuu", nameRu: "Кызыл-Туу", nameKy: "Кызыл-Туу" },
  { id: "kelter", nameEn: "Kel-Ter", nameRu: "Кель-Тер", nameKy: "Көл-Төр" },
];

describe("villageMatcher", () => {
  const match = villageMatcher(villages);

  it.each(["Bokonbayevo", "боконбаево", "БӨКӨНБАЕВ", "Ак-Сай", "ak say", "Ак Сай", "AKSAY", "Көл-Төр", "Кель-Тер", "kel-ter"])("finds %j in any of the three languages", (raw) => {
    expect(match(raw)).toHaveProperty("id");
  });

  it("suggests the closest name, written as the user wrote it, for a likely typo", () => {
    expect(match("Боконбаева")).toEqual({ unknown: true, suggestion: "Боконбаево" });
    expect(match("Kyzyl-Tu")).toEqual({ unknown: true, suggestion: "Kyzyl-Tuu" });
    expect(match("Кызыл Тоо")).toEqual({ unknown: true, suggestion: "Кызыл-Туу" });
  });

  it("suggests nothing for a name far from every village, or too short to tell", () => {
    expect(match("Каракол")).toEqual({ unknown: true });
    expect(match("Ак")).toEqual({ unknown: true });
  });

  it("calls a name ambiguous when two villages share it", () => {
    const twice = villageMatcher([...villages, { id: "other", nameEn: "Ak-Say", nameRu: "Ак-Сай", nameKy: "Ак-Сай" }]);
    expect(twice("Ак-Сай")).toEqual({ ambiguous: true });
  });
});

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "abc", 0],
    ["abc", "abd", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
  ])("%j → %j is %i", (a, b, d) => expect(editDistance(a, b)).toBe(d));
});
