import { z } from "@/lib/validation/zod-messages";
import { optionalWholeNumber } from "@/lib/validation/numbers";
import { DEFAULT_LABEL_SIZE, LABEL_SIZE_IDS } from "./label-sizes";

/** At most this many labels in one sheet request: 1,000 labels is 42 pages of the smallest size. */
export const MAX_SHEET_LABELS = 1000;
const MAX_SHEET_BATCHES = 50;

/** A sheet request: the lots to print, the label stock, and copies per lot (default: each lot's accepted quantity). */
export const labelSheetSchema = z.object({
  batchIds: z
    .array(z.uuid())
    .min(1, { message: "required" })
    .max(MAX_SHEET_BATCHES)
    .transform((ids) => [...new Set(ids)]),
  sizeId: z.enum(LABEL_SIZE_IDS).default(DEFAULT_LABEL_SIZE),
  copiesPerLot: optionalWholeNumber(1, MAX_SHEET_LABELS),
});

/** As it arrives (a query string may name any size): the schema decides. */
export type LabelSheetRequest = Omit<z.input<typeof labelSheetSchema>, "sizeId"> & { sizeId?: string };
