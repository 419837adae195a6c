import { z } from "@/lib/validation/zod-messages";
import { isoDate, latestAllowedDate } from "@/lib/validation/dates";
import { wholeNumber } from "@/lib/validation/numbers";

export const MAX_BATCH_QUANTITY = 100_000;

export const logBatchSchema = z
  .object({
    productId: z.uuid(),
    quantity: wholeNumber(1, MAX_BATCH_QUANTITY),
    producedFrom: isoDate,
    producedTo: isoDate,
    notes: z.string().trim().max(1000).optional(),
    clientRequestId: z.uuid(),
  })
  .refine((b) => b.producedFrom <= b.producedTo, { path: ["producedTo"], message: "dateOrder" })
  .refine((b) => b.producedTo <= latestAllowedDate(), { path: ["producedTo"], message: "dateInFuture" })
  .refine((b) => b.producedFrom >= "2000-01-01", { path: ["producedFrom"], message: "dateTooOld" });

export type LogBatchInput = z.input<typeof logBatchSchema>;

export const batchCursorSchema = z.string().max(200).optional();
