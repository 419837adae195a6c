import { describe, expect, it } from "vitest";
import { memberSearchKey, searchTerms, toLatin } from "./search-key";

describe("member search keys", () => {
  it("spells Kyrgyz Cyrillic in folded Latin", () => {
    expect(toLatin("Жумабаева Гүлнара")).toBe("jumabaeva gulnara");
    expect(toLatin("Ысык-Көл")).toBe("isik-kol");
    for (const spelling of ["Айгүл", "Aigül", "Aygul", "AIGUL"]) expect(toLatin(spelling)).toBe("aigul");
    expect(toLatin("Zhyldyz")).toBe(toLatin("Жылдыз"));
  });

  it("holds the name, number and phone digits once each", () => {
    expect(memberSearchKey({ fullName: "Осмонова Айгүл", fullNameLatin: "Osmonova Aigul", memberNumber: "IK-00001", phone: "+996555000001" })).toBe(
      "osmonova aigul ik-00001 996555000001",
    );
  });

  it.each([
    ["  Гүлнара  Жумабаева ", ["gulnara", "jumabaeva"]],
    ["0555 12 34 56", ["996555123456"]],
    ["+996 (700) 11-12-22", ["996700111222"]],
    ["IK-00042", ["ik-00042"]],
    ["", []],
  ])("reads %j as %j", (query, terms) => expect(searchTerms(query)).toEqual(terms));
});
