import { describe, expect, it } from "vitest";
import { readBirthYear, readDate, readGender, readJoinedOn, readMemberNumber, readName, readPhone } from "./cell-values";

describe("readGender", () => {
  it.each(["ж", "Ж", "жен.", "Женский", "женщина", "аял", "Аял", "female", "F", "Woman"])("reads %j as female", (raw) => expect(readGender(raw)).toEqual({ value: "female" }));
  it.each(["м", "М", "муж", "Мужской", "эркек", "Эркек", "male", "M", "man"])("reads %j as male", (raw) => expect(readGender(raw)).toEqual({ value: "male" }));
  it("refuses other values and requires one", () => {
    expect(readGender("x")).toEqual({ error: "importGenderUnknown" });
    expect(readGender("")).toEqual({ error: "required" });
  });
});

describe("readBirthYear", () => {
  it("accepts ages 14 to 100, from a year or a full birth date", () => {
    expect(readBirthYear("1985", 2026)).toEqual({ value: 1985 });
    expect(readBirthYear("2012", 2026)).toEqual({ value: 2012 });
    expect(readBirthYear("1926", 2026)).toEqual({ value: 1926 });
    expect(readBirthYear("12.03.1985", 2026)).toEqual({ value: 1985 });
    expect(readBirthYear("1985-03-12", 2026)).toEqual({ value: 1985 });
  });

  it.each(["2013", "1925", "1885", "3025", "85", "nineteen", "31.02.1985"])("refuses %j", (raw) => {
    expect(readBirthYear(raw, 2026)).toEqual({ error: "importBirthYear?min=1926&max=2012" });
  });
});

describe("readPhone", () => {
  it.each(["0555 12 34 56", "+996 555 123456", "996555123456", "555123456", "(0555) 12-34-56"])("stores %j in E.164", (raw) => {
    expect(readPhone(raw, "KG")).toEqual({ value: "+996555123456" });
  });
  it("reads local numbers with the association's country and leaves an empty cell empty", () => {
    expect(readPhone("900 123 456", "TJ")).toEqual({ value: "+992900123456" });
    expect(readPhone("", "KG")).toEqual({ value: null });
  });
  it.each(["12345", "555", "phone", "+996 123"])("refuses %j", (raw) => expect(readPhone(raw, "KG")).toEqual({ error: "importPhoneInvalid" }));
});

describe("readDate and readJoinedOn", () => {
  it.each([
    ["2021-03-05", "2021-03-05"],
    ["05.03.2021", "2021-03-05"],
    ["5.3.2021", "2021-03-05"],
    ["05/03/2021", "2021-03-05"],
    ["12/31/2021", "2021-12-31"],
    ["2021-03-05 00:00:00", "2021-03-05"],
  ])("reads %j as %s", (raw, date) => expect(readDate(raw)).toBe(date));

  it.each(["31.02.2021", "2021-13-01", "March 5", "5.3.21"])("does not read %j", (raw) => expect(readDate(raw)).toBeUndefined());

  it("takes today for an empty cell, 1 January for a year, and refuses the future", () => {
    expect(readJoinedOn("", "2026-05-01")).toEqual({ value: "2026-05-01" });
    expect(readJoinedOn("2019", "2026-05-01")).toEqual({ value: "2019-01-01" });
    expect(readJoinedOn("02.05.2026", "2026-05-01")).toEqual({ error: "dateInFuture" });
    expect(readJoinedOn("soon", "2026-05-01")).toEqual({ error: "invalidDate" });
  });
});

describe("readName and readMemberNumber", () => {
  it("requires a full name of 3 to 200 characters", () => {
    expect(readName("Осмонова Айгүл", true)).toEqual({ value: "Осмонова Айгүл" });
    expect(readName("", true)).toEqual({ error: "required" });
    expect(readName("", false)).toEqual({ value: null });
    expect(readName("Ай", true)).toEqual({ error: "tooShort?min=3" });
    expect(readName("x".repeat(201), true)).toEqual({ error: "tooLong?max=200" });
  });

  it("upper-cases member numbers and leaves a blank one to be given", () => {
    expect(readMemberNumber("ik-00042")).toEqual({ value: "IK-00042" });
    expect(readMemberNumber("")).toEqual({ value: null });
    expect(readMemberNumber("X".repeat(31))).toEqual({ error: "tooLong?max=30" });
  });
});
