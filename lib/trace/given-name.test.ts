import { describe, expect, it } from "vitest";
import { givenName } from "./given-name";

describe("givenName", () => {
  it.each([
    ["Осмонова Айгүл", "Айгүл"],
    ["Осмонова Айгүл Асановна", "Айгүл"],
    ["Асан кызы Айгүл", "Айгүл"],
    ["Бакыт уулу Нурлан", "Нурлан"],
    ["Bakyt uulu Nurlan", "Nurlan"],
    ["Раҳимова Мавзуна", "Мавзуна"],
    ["  Осмонова   Айгүл  ", "Айгүл"],
    ["Айгүл", "Айгүл"],
  ])("takes the given name from %j", (fullName, given) => expect(givenName(fullName)).toBe(given));
});
