import { describe, expect, it } from "vitest";
import { diffContent } from "@/lib/reviews/diff-content";
import { readableIdeaContent, type ContentReaders } from "./readable-content";

const village = "0b7c6c2e-5a0e-4f5e-9d55-1f1d2b3c4d5e";
const readers: ContentReaders = {
  village: (id) => (id === village ? "Ak-Say" : null),
  group: () => null,
  market: (code) => (code === "JP" ? "Japan" : code),
  money: (minor, currency) => `${minor / 100} ${currency}`,
};
const content = {
  name: "Felt slippers",
  villageId: village,
  groupId: null,
  localMaterials: "Merino wool",
  technique: "Wet felting",
  intendedMarket: "JP",
  targetPriceMinor: 150000,
  currency: "KGS",
  notes: null,
  photoFileIds: ["a1b2c3d4-0000-4000-8000-000000000001", "e5f6a7b8-0000-4000-8000-000000000002"],
};

describe("readableIdeaContent", () => {
  it("names places and markets, shows the price as money and photos by a short reference", () => {
    expect(readableIdeaContent(content, readers)).toEqual({
      name: "Felt slippers",
      village: "Ak-Say",
      group: null,
      localMaterials: "Merino wool",
      technique: "Wet felting",
      intendedMarket: "Japan",
      targetPrice: "1500 KGS",
      notes: null,
      photos: ["a1b2c3d4", "e5f6a7b8"],
    });
  });

  it("keeps an unknown place's id and reads a price change as one change", () => {
    const moved = { ...content, villageId: "9a7b6c5d-4e3f-4a1b-8c9d-0e1f2a3b4c5d", targetPriceMinor: 170000, intendedMarket: "Kazakhstan" };
    expect(diffContent(readableIdeaContent(content, readers), readableIdeaContent(moved, readers))).toEqual([
      { path: "village", before: "Ak-Say", after: "9a7b6c5d-4e3f-4a1b-8c9d-0e1f2a3b4c5d" },
      { path: "intendedMarket", before: "Japan", after: "Kazakhstan" },
      { path: "targetPrice", before: "1500 KGS", after: "1700 KGS" },
    ]);
  });
});
