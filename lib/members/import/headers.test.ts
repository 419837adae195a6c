import { describe, expect, it } from "vitest";
import { suggestMapping } from "./headers";

describe("suggestMapping", () => {
  it("reads English headers", () => {
    expect(suggestMapping(["Member number", "Full name", "Gender", "Birth year", "Phone", "Village", "Joined"])).toEqual({
      memberNumber: 0, fullName: 1, gender: 2, birthYear: 3, phone: 4, village: 5, joinedOn: 6,
    });
  });

  it("reads Russian headers in another order, ignoring case, spaces and punctuation", () => {
    expect(suggestMapping(["  ТЕЛЕФОН ", "Ф.И.О.", "Село", "Год рождения", "Пол", "Дата вступления", "Номер участника"])).toEqual({
      phone: 0, fullName: 1, village: 2, birthYear: 3, gender: 4, joinedOn: 5, memberNumber: 6,
    });
  });

  it("reads Kyrgyz headers, with Kyrgyz letters or their Russian look-alikes", () => {
    expect(suggestMapping(["Айыл", "Аты-жөнү", "Жынысы", "Туулган жылы", "Телефон номери", "Мүчөлүк номери", "Кошулган кунү"])).toEqual({
      village: 0, fullName: 1, gender: 2, birthYear: 3, phone: 4, memberNumber: 5, joinedOn: 6,
    });
  });

  it("tells a phone number from a member number and a Latin name from a name", () => {
    expect(suggestMapping(["Номер телефона", "Номер", "ФИО (латиница)", "ФИО"])).toEqual({ phone: 0, memberNumber: 1, fullNameLatin: 2, fullName: 3 });
    expect(suggestMapping(["Name (Latin)", "Full name", "Mobile phone"])).toEqual({ fullNameLatin: 0, fullName: 1, phone: 2 });
  });

  it("maps the headers of the app's own export, and leaves unknown and empty headers out", () => {
    expect(suggestMapping(["№", "", "District", "Status", "Village"])).toEqual({ village: 4 });
    expect(suggestMapping(["Номер участника", "ФИО", "Имя (латиницей)", "Пол", "Год рождения", "Телефон", "Район", "Село"])).toEqual({
      memberNumber: 0, fullName: 1, fullNameLatin: 2, gender: 3, birthYear: 4, phone: 5, village: 7,
    });
  });

  it("uses each column once when two headers name the same field", () => {
    expect(suggestMapping(["Телефон", "Phone"])).toEqual({ phone: 0 });
  });
});
