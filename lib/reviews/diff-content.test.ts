import { describe, expect, it } from "vitest";
import { diffContent } from "./diff-content";

describe("diffContent", () => {
  it("lists changed, added and removed fields by dotted path", () => {
    const before = { kind: "hang_tag", fields: { fibreComposition: { en: "wool 100%", ja: null }, origin: { en: "Kyrgyzstan" } }, note: "old" };
    const after = { kind: "hang_tag", fields: { fibreComposition: { en: "wool 100%", ja: "毛 100%" }, origin: { en: "Kyrgyz Republic" } }, ean: "4870001234565" };
    expect(diffContent(before, after)).toEqual([
      { path: "fields.fibreComposition.ja", before: null, after: "毛 100%" },
      { path: "fields.origin.en", before: "Kyrgyzstan", after: "Kyrgyz Republic" },
      { path: "ean", before: null, after: "4870001234565" },
      { path: "note", before: "old", after: null },
    ]);
  });

  it("compares arrays whole and shows them as joined text", () => {
    expect(diffContent({ careSymbols: ["wash_30", "no_bleach"] }, { careSymbols: ["wash_30", "no_bleach"] })).toEqual([]);
    expect(diffContent({ careSymbols: ["wash_30"] }, { careSymbols: ["wash_30", "no_bleach"] })).toEqual([
      { path: "careSymbols", before: "wash_30", after: "wash_30, no_bleach" },
    ]);
    expect(diffContent({ photos: [] }, { photos: [{ id: "p1" }] })).toEqual([{ path: "photos", before: null, after: '{"id":"p1"}' }]);
  });

  it("shows numbers and booleans as text and treats empty values as not given", () => {
    expect(diffContent({ price: 35000, ready: false, name: "" }, { price: 36000, ready: true, name: null })).toEqual([
      { path: "price", before: "35000", after: "36000" },
      { path: "ready", before: "false", after: "true" },
    ]);
  });

  it("finds nothing between equal contents", () => {
    const content = { a: { b: { c: 1 } }, list: [1, 2] };
    expect(diffContent(content, structuredClone(content))).toEqual([]);
  });
});
