import { isoDate } from "@/lib/validation/dates";
import { currencyCode } from "@/lib/validation/iso-codes";
import { wholeNumber } from "@/lib/validation/numbers";
import { z } from "@/lib/validation/zod-messages";
import { INCOTERMS } from "./options";

export const MAX_LINE_QUANTITY = 1_000_000;

export const shipmentFormSchema = z.object({
  buyerId: z.uuid(),
  market: z.string().trim().min(1).max(20),
  destination: z.string().trim().min(1).max(200),
  incoterm: z.enum(INCOTERMS),
  currency: currencyCode,
  plannedDate: isoDate.refine((d) => d >= "2000-01-01" && d <= "2100-12-31", { message: "invalidDate" }),
  notes: z.string().trim().max(2000).optional(),
});

export type ShipmentFormInput = z.input<typeof shipmentFormSchema>;

export const updateShipmentSchema = shipmentFormSchema.extend({ shipmentId: z.uuid() });
export type UpdateShipmentInput = z.input<typeof updateShipmentSchema>;

const lineFields = {
  quantity: wholeNumber(1, MAX_LINE_QUANTITY),
  // In the shipment's currency, as typed: "1200", "1200.50" or "1200,50"; turned into minor units on save.
  unitPrice: z
    .string()
    .trim()
    .regex(/^\d{1,9}(?:[.,]\d{1,3})?$/, { message: "invalidPrice" }),
};

export const lineFormSchema = z.object({ productId: z.uuid(), ...lineFields });
export type LineFormInput = z.input<typeof lineFormSchema>;

export const addLineSchema = lineFormSchema.extend({ shipmentId: z.uuid() });
export type AddLineInput = z.input<typeof addLineSchema>;

export const lineChangeSchema = z.object(lineFields);
export type LineChangeInput = z.input<typeof lineChangeSchema>;

export const updateLineSchema = lineChangeSchema.extend({ shipmentId: z.uuid(), lineId: z.uuid() });
export type UpdateLineInput = z.input<typeof updateLineSchema>;

export const removeLineSchema = z.object({ shipmentId: z.uuid(), lineId: z.uuid() });
export type RemoveLineInput = z.input<typeof removeLineSchema>;

/** Field key of one batch's box in the allocation editor, for errors shown next to it. */
export const allocationKey = (lineId: string, batchId: string) => `${lineId}:${batchId}`;

/**
 * The allocations of every line named: each line's set is replaced by its entries with a
 * quantity above 0, so a line given only zeros ends with none.
 */
export const applyAllocationsSchema = z
  .array(z.object({ lineId: z.uuid(), batchId: z.uuid(), quantity: wholeNumber(0, MAX_LINE_QUANTITY) }))
  .max(5000)
  .refine((list) => new Set(list.map((a) => allocationKey(a.lineId, a.batchId))).size === list.length, { message: "invalid" });

export type ApplyAllocationsInput = z.input<typeof applyAllocationsSchema>;
