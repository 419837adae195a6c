import { z } from "@/lib/validation/zod-messages";
import { isoDate, latestAllowedDate } from "@/lib/validation/dates";
import { wholeNumber } from "@/lib/validation/numbers";

export const MAX_BATCH_QUANTITY = 100_000;

const productionDate = isoDate
  .refine((d) => d <= latestAllowedDate(), { message: "dateInFuture" })
  .refine((d) => d >= "2000-01-01", { message: "dateTooOld" });

const dates = z.object({ producedFrom: productionDate, producedTo: productionDate });

export const logBatchSchema = z
  .object({
    productId: z.uuid(),
    quantity: wholeNumber(1, MAX_BATCH_QUANTITY),
    producedFrom: productionDate,
    producedTo: productionDate,
    notes: z.string().trim().max(1000).optional(),
    clientRequestId: z.uuid(),
  })
  // Checked as soon as both dates are valid, even while other fields still have errors.
  .refine((b) => b.producedFrom <= b.producedTo, {
    path: ["producedTo"],
    message: "dateOrder",
    when: (payload) => dates.safeParse(payload.value).success,
  });

export type LogBatchInput = z.input<typeof logBatchSchema>;
