import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { traceFeedbackSchema } from "./feedback-schema";

const problems = (input: Record<string, unknown>) => {
  const result = traceFeedbackSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe("traceFeedbackSchema", () => {
  it("takes a rating from the form's text and an optional comment, tidied", () => {
    expect(traceFeedbackSchema.parse({ rating: "5", comment: "  Очень мягкая!\r\nСпасибо  " })).toEqual({ rating: 5, comment: "Очень мягкая!\nСпасибо" });
    expect(traceFeedbackSchema.parse({ rating: "3", comment: "   " })).toEqual({ rating: 3, comment: null });
  });

  it.each([[undefined], [""], ["0"], ["6"], ["2.5"], ["five"]])("refuses the rating %j", (rating) => expect(problems({ rating, comment: "" })).toHaveProperty("rating"));

  it("limits comments to 500 characters, counting a line break once", () => {
    expect(problems({ rating: "4", comment: "a".repeat(499) + "\r\n" })).toEqual({});
    expect(problems({ rating: "4", comment: "a".repeat(501) })).toEqual({ comment: "tooLong?max=500" });
    expect(problems({ rating: "4" })).toEqual({});
  });

  it.each(["see https://spam.example", "www.cheap-felt.example", "buy at cheap.shop now", "[url=x]y[/url]", "<a href=x>y</a>"])("refuses links: %j", (comment) =>
    expect(problems({ rating: "1", comment })).toEqual({ comment: "noLinks" }),
  );

  it("lets ordinary sentences with full stops through", () => {
    expect(problems({ rating: "5", comment: "Lovely sheep. My daughter loves it.Thank you" })).toEqual({});
  });
});
