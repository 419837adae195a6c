import { wholeNumber } from "@/lib/validation/numbers";
import { z } from "@/lib/validation/zod-messages";
import { OUTCOMES } from "./outcome";

const MAX_MEASUREMENTS = 2000;

export const itemResultSchema = z.object({
  itemId: z.uuid(),
  passed: z.boolean().nullable().optional(),
  measurements: z.array(z.number().finite()).max(MAX_MEASUREMENTS).optional(),
  defectCount: wholeNumber(0, 100_000).nullable().optional(),
  note: z.string().trim().max(2000).optional(),
  photoIds: z.array(z.uuid()).max(6).optional(),
});

export const saveResultsSchema = z.object({ results: z.array(itemResultSchema).max(200) });

export const submitInspectionSchema = saveResultsSchema.extend({
  outcome: z.enum(OUTCOMES),
  acceptedQuantity: wholeNumber(0, 10_000_000).nullable().optional(),
  overrideReason: z.string().trim().max(1000).optional(),
  remarks: z.string().trim().max(2000).optional(),
});

export const sendBackSchema = z.object({ note: z.string().trim().min(3).max(1000) });

export type ItemResultInput = z.input<typeof itemResultSchema>;
export type SaveResultsInput = z.input<typeof saveResultsSchema>;
export type SubmitInspectionInput = z.input<typeof submitInspectionSchema>;
