import { z } from "@/lib/validation/zod-messages";
import { LABEL_KINDS, LABEL_STATUSES, labelFieldsSchema } from "./label-fields";
import { isMarketCode } from "./markets";

export const MAX_ARTWORK_FILES = 10;

const distinct = (list: readonly string[]) => new Set(list).size === list.length;
const marketCode = z.string().trim().refine(isMarketCode, { message: "invalidChoice" });

export const createLabelDesignSchema = z.object({ productId: z.uuid(), market: marketCode, kind: z.enum(LABEL_KINDS) });
export type CreateLabelDesignInput = z.input<typeof createLabelDesignSchema>;

/** An edit carries the `updatedAt` its form was opened with: an edit over someone else's change is refused. */
export const updateLabelDesignSchema = z.object({
  fields: labelFieldsSchema,
  artworkFileIds: z.array(z.uuid()).max(MAX_ARTWORK_FILES).refine(distinct, { message: "invalid" }).default([]),
  expectedUpdatedAt: z.iso.datetime({ offset: true }),
});
export type UpdateLabelDesignInput = z.input<typeof updateLabelDesignSchema>;

/** The list's filters as they come from the URL; anything unreadable is no filter. */
export const labelFiltersSchema = z.object({
  status: z.enum(LABEL_STATUSES).optional().catch(undefined),
  market: marketCode.optional().catch(undefined),
  productId: z.uuid().optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});
export type LabelFilters = z.input<typeof labelFiltersSchema>;
