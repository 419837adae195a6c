import { describe, expect, it } from "vitest";
import { fontRuns } from "./sheet-fonts";

describe("fontRuns", () => {
  it("gives Japanese to Noto Sans JP and everything else, Kyrgyz included, to Noto Sans", () => {
    expect(fontRuns("毛 100% / Жүн 100%（手洗い）")).toEqual([
      { font: "jp", text: "毛" },
      { font: "sans", text: " 100% / Жүн 100%" },
      { font: "jp", text: "（手洗い）" },
    ]);
    expect(fontRuns("Кийиз өң", true)).toEqual([{ font: "sansBold", text: "Кийиз өң" }]);
    expect(fontRuns("フェルト", true)).toEqual([{ font: "jpBold", text: "フェルト" }]);
    expect(fontRuns("")).toEqual([]);
  });
});
