import { saveLineSchema } from "@/lib/catalog/schemas";
import { z } from "@/lib/validation/zod-messages";
import { IDEA_CURRENCIES, IDEA_MARKETS, MAX_IDEA_PHOTOS, OTHER_MARKET } from "./options";

export const MAX_IDEA_TEXT = 4000;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const optionalId = z.union([z.uuid(), z.literal("")]).optional();
const distinct = (values: string[]) => new Set(values).size === values.length;

const ideaFields = {
  name: text(200),
  villageId: optionalId,
  groupId: optionalId,
  localMaterials: text(MAX_IDEA_TEXT),
  technique: text(MAX_IDEA_TEXT),
  // As typed, in the chosen currency: "350" or "350.50"; turned into minor units on save. Empty: no target yet.
  targetPrice: z.union([z.string().trim().regex(/^\d{1,9}(?:[.,]\d{1,2})?$/, { message: "invalidPrice" }), z.literal("")]).optional(),
  currency: z.enum(IDEA_CURRENCIES),
  notes: optionalText(MAX_IDEA_TEXT),
  photoFileIds: z.array(z.uuid()).max(MAX_IDEA_PHOTOS).refine(distinct, { message: "invalid" }).default([]),
};

/** A market code such as "JP", or the market written out when it is none of the listed ones. */
const intendedMarket = text(100);

export const proposeIdeaSchema = z.object({ ...ideaFields, intendedMarket });
export type ProposeIdeaInput = z.input<typeof proposeIdeaSchema>;
export type IdeaFields = z.output<typeof proposeIdeaSchema>;

/** An edit carries the `updatedAt` its form was opened with: an edit over someone else's change is refused. */
export const updateIdeaSchema = proposeIdeaSchema.extend({ expectedUpdatedAt: z.iso.datetime({ offset: true }) });
export type UpdateIdeaInput = z.input<typeof updateIdeaSchema>;

/** The form picks a listed market or "other" and then writes the market in. */
export const ideaFormSchema = z
  .object({ ...ideaFields, market: z.enum([...IDEA_MARKETS, OTHER_MARKET]), marketOther: optionalText(100) })
  .refine((f) => f.market !== OTHER_MARKET || Boolean(f.marketOther), { path: ["marketOther"], message: "required" });
export type IdeaFormInput = z.input<typeof ideaFormSchema>;

export const moveToSampleSchema = z.object({ notes: optionalText(MAX_IDEA_TEXT) });
export type MoveToSampleInput = z.input<typeof moveToSampleSchema>;

export const declineIdeaSchema = z.object({ reason: z.string().trim().min(3, "reasonRequired").max(2000) });
export type DeclineIdeaInput = z.input<typeof declineIdeaSchema>;

/** A draft line's code, category and unit follow the catalog's own rules; names default to the idea's name. */
export const createLineFromIdeaSchema = saveLineSchema
  .pick({ code: true, category: true, unit: true })
  .extend({ nameEn: optionalText(200), nameRu: optionalText(200), nameKy: optionalText(200) });
export type CreateLineFromIdeaInput = z.input<typeof createLineFromIdeaSchema>;
