import { wholeNumber } from "@/lib/validation/numbers";
import { z } from "@/lib/validation/zod-messages";

export const DECISIONS = ["accepted", "partially_accepted", "rejected"] as const;
export type Decision = (typeof DECISIONS)[number];

export const decideBatchSchema = z
  .object({
    batchId: z.uuid(),
    decision: z.enum(DECISIONS),
    acceptedQuantity: wholeNumber(0, 10_000_000),
    reason: z.string().trim().max(1000).optional(),
  })
  .refine((d) => d.decision === "accepted" || (d.reason ?? "").length >= 3, {
    path: ["reason"],
    message: "reasonRequired",
  });

export type DecideBatchInput = z.input<typeof decideBatchSchema>;

/** Accepted quantity each decision allows for a lot of `quantity` pieces. */
export function acceptedQuantityError(decision: Decision, accepted: number, quantity: number): string | undefined {
  if (accepted > quantity) return `tooBig?max=${quantity}`;
  if (decision === "accepted" && accepted !== quantity) return `mustEqual?value=${quantity}`;
  if (decision === "rejected" && accepted !== 0) return "mustEqual?value=0";
  if (decision === "partially_accepted" && (accepted <= 0 || accepted >= quantity)) return `partialRange?max=${quantity - 1}`;
  return undefined;
}
