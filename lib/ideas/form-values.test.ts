import { describe, expect, it } from "vitest";
import { ideaFormValues, newIdeaForm, toIdeaInput } from "./form-values";
import { ideaFormSchema } from "./schemas";

const saved = {
  name: "Kurut gift box",
  villageId: null,
  groupId: null,
  localMaterials: "Kurut from Naryn",
  technique: "Sun-dried",
  intendedMarket: "Kazakhstan",
  targetPriceMinor: 1200,
  currency: "JPY",
  notes: null,
  photos: [{ id: "0d5c8f0e-3c55-4a0f-8d1e-5e8c7f6b9a21" }],
};

describe("idea form values", () => {
  it("opens a written-in market as 'other' and sends it back as written", () => {
    const form = ideaFormValues(saved);
    expect(form).toMatchObject({ market: "other", marketOther: "Kazakhstan", targetPrice: "1200", currency: "JPY", notes: "", villageId: "" });
    expect(toIdeaInput(form)).toMatchObject({ intendedMarket: "Kazakhstan", targetPrice: "1200", photoFileIds: saved.photos.map((p) => p.id) });
    expect(toIdeaInput({ ...form, market: "JP" }).intendedMarket).toBe("JP");
  });

  it("shows a price in the currency's decimals", () => {
    expect(ideaFormValues({ ...saved, intendedMarket: "EU", targetPriceMinor: 150050, currency: "KGS" })).toMatchObject({ market: "EU", marketOther: "", targetPrice: "1500.50" });
  });

  it("needs the market written in when it is none of the listed ones", () => {
    const blank = { ...newIdeaForm({ currency: "KGS", villageId: null, groupId: null }), name: "Idea", localMaterials: "Wool", technique: "Felting" };
    expect(ideaFormSchema.safeParse(blank).success).toBe(true);
    const other = ideaFormSchema.safeParse({ ...blank, market: "other", marketOther: " " });
    expect(other.error?.issues).toEqual([expect.objectContaining({ path: ["marketOther"], message: "required" })]);
  });

  it("starts in the association's currency when ideas may be priced in it", () => {
    expect(newIdeaForm({ currency: "KGS", villageId: "v", groupId: null })).toMatchObject({ currency: "KGS", villageId: "v", groupId: "" });
    expect(newIdeaForm({ currency: "KZT", villageId: null, groupId: null }).currency).toBe("KGS");
  });
});
