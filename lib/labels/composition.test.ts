import { describe, expect, it } from "vitest";
import { readComposition } from "./composition";

describe("readComposition", () => {
  it.each([
    ["毛 100%", 100],
    ["Wool 80%, Nylon 20%", 100],
    ["毛 85%以上 / ナイロン 15%未満", 100],
    ["毛　１００％", 100],
    ["Wool 33.3%, silk 33.3%, cotton 33.4%", 100],
    ["Жүн 60 %, жибек 30 %", 90],
  ])("adds up %j to %d", (text, sum) => expect(readComposition(text)).toEqual({ kind: "sum", sum }));

  it("finds no percentages in words alone", () => {
    expect(readComposition("毛")).toEqual({ kind: "noPercent" });
    expect(readComposition("pure wool")).toEqual({ kind: "noPercent" });
  });
});
