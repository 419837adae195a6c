import { describe, expect, it } from "vitest";
import { formatMeasurements, parseMeasurements } from "./parse-measurements";

describe("parseMeasurements", () => {
  it("reads values separated by spaces, commas, semicolons and new lines", () => {
    expect(parseMeasurements("12.5 13, 14;15\n16\t -1.5 +2 .5 7.")).toEqual({ values: [12.5, 13, 14, 15, 16, -1.5, 2, 0.5, 7], invalid: [] });
  });

  it("reads nothing from an empty or blank box", () => {
    expect(parseMeasurements("")).toEqual({ values: [], invalid: [] });
    expect(parseMeasurements(" ,\n ; ")).toEqual({ values: [], invalid: [] });
  });

  it("sets apart what is not a number", () => {
    expect(parseMeasurements("12 abc 1e3 13cm 0x10 Infinity 14")).toEqual({ values: [12, 14], invalid: ["abc", "1e3", "13cm", "0x10", "Infinity"] });
    expect(parseMeasurements(`1 ${"9".repeat(400)}`)).toEqual({ values: [1], invalid: ["9".repeat(400)] });
  });

  it("writes saved readings back as the box's text", () => {
    expect(formatMeasurements([12.5, 13])).toBe("12.5 13");
    expect(formatMeasurements(null)).toBe("");
    expect(parseMeasurements(formatMeasurements([0.1, -3, 250]))).toEqual({ values: [0.1, -3, 250], invalid: [] });
  });
});
