import { z } from "@/lib/validation/zod-messages";
import { isoDate, latestAllowedDate } from "@/lib/validation/dates";
import { wholeNumber } from "@/lib/validation/numbers";

export const MAX_BATCH_QUANTITY = 100_000;
export const MAX_BATCH_PHOTOS = 6;
const MAX_BATCH_MATERIALS = 30;

const productionDate = isoDate
  .refine((d) => d <= latestAllowedDate(), { message: "dateInFuture" })
  .refine((d) => d >= "2000-01-01", { message: "dateTooOld" });

const dates = z.object({ producedFrom: productionDate, producedTo: productionDate });

const distinct = (values: string[]) => new Set(values).size === values.length;

/** "draft" keeps the batch editable; "submit" sends it for inspection. */
const BATCH_INTENTS = ["draft", "submit"] as const;
export type BatchIntent = (typeof BATCH_INTENTS)[number];

const batchFields = z.object({
  productId: z.uuid(),
  quantity: wholeNumber(1, MAX_BATCH_QUANTITY),
  producedFrom: productionDate,
  producedTo: productionDate,
  notes: z.string().trim().max(1000).optional(),
  materials: z
    .array(z.object({ materialId: z.uuid(), dyeLot: z.string().trim().max(60).optional() }))
    .max(MAX_BATCH_MATERIALS)
    .refine((list) => distinct(list.map((m) => m.materialId)), { message: "invalid" })
    .default([]),
  photoIds: z.array(z.uuid()).max(MAX_BATCH_PHOTOS).refine(distinct, { message: "invalid" }).default([]),
});

const datesInOrder = (b: { producedFrom: string; producedTo: string }) => b.producedFrom <= b.producedTo;
// Checked as soon as both dates are valid, even while other fields still have errors.
const dateOrderIssue = { path: ["producedTo"], message: "dateOrder", when: (payload: z.core.ParsePayload) => dates.safeParse(payload.value).success };

/** What the producer fills in; the form adds the request id or batch id and the button's intent. */
export const batchFormSchema = batchFields.refine(datesInOrder, dateOrderIssue);

export type BatchFormInput = z.input<typeof batchFormSchema>;

export const logBatchSchema = batchFields
  // Callers that predate drafts submit straight away.
  .extend({ clientRequestId: z.uuid(), intent: z.enum(BATCH_INTENTS).default("submit") })
  .refine(datesInOrder, dateOrderIssue);

export type LogBatchInput = z.input<typeof logBatchSchema>;

export const updateBatchSchema = batchFields.extend({ batchId: z.uuid(), intent: z.enum(BATCH_INTENTS) }).refine(datesInOrder, dateOrderIssue);

export type UpdateBatchInput = z.input<typeof updateBatchSchema>;
export type BatchContents = Pick<z.output<typeof batchFields>, "materials" | "photoIds">;
