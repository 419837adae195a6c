import { isoDate, latestAllowedDate } from "@/lib/validation/dates";
import { z } from "@/lib/validation/zod-messages";

export const PAYMENT_METHODS = ["cash", "bank", "mobile"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** An amount of money in minor units, at most 10 billion major units of a two-decimal currency. */
const MAX_MINOR = 1_000_000_000_000;

const positiveAmount = z.number().int().min(1, { message: "amountPositive" }).max(MAX_MINOR);
const paidOn = isoDate
  .refine((value) => value >= "2000-01-01", { message: "dateTooOld" })
  .refine((value) => value <= latestAllowedDate(), { message: "dateInFuture" });
const reference = z.string().trim().max(100).optional();

/** One payment to a producer; the amount is what they received, stored as a negative entry. */
export const recordPaymentSchema = z.object({
  memberId: z.uuid(),
  amountMinor: positiveAmount,
  paidOn,
  method: z.enum(PAYMENT_METHODS),
  reference,
});

export const MAX_BULK_PAYMENTS = 500;

/** Payments made on one day by one method, from the balances list; all land or none. */
export const recordPaymentsSchema = z.object({
  paidOn,
  method: z.enum(PAYMENT_METHODS),
  payments: z
    .array(z.object({ memberId: z.uuid(), amountMinor: positiveAmount, reference }))
    .min(1, { message: "choosePayments" })
    .max(MAX_BULK_PAYMENTS),
});

/** A correction of a producer's balance: positive adds to what they are owed, negative takes away. */
export const recordAdjustmentSchema = z.object({
  memberId: z.uuid(),
  amountMinor: z
    .number()
    .int()
    .min(-MAX_MINOR)
    .max(MAX_MINOR)
    .refine((value) => value !== 0, { message: "amountNonZero" }),
  reason: z.string().trim().min(3, { message: "reasonRequired" }).max(500),
});

export type RecordPaymentInput = z.input<typeof recordPaymentSchema>;
export type RecordPaymentsInput = z.input<typeof recordPaymentsSchema>;
export type RecordAdjustmentInput = z.input<typeof recordAdjustmentSchema>;

export const BALANCE_GROUPINGS = ["member", "village", "group"] as const;
export type BalanceGrouping = (typeof BALANCE_GROUPINGS)[number];

const id = z.uuid().optional().catch(undefined);

/**
 * Which producers' entries a balance list or export covers, as the URL carries them. Unknown
 * values are dropped, so an edited link still opens a list.
 */
export const ledgerFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  region: id,
  district: id,
  village: id,
  group: id,
  member: id,
  due: z
    .enum(["1"])
    .optional()
    .catch(undefined),
});

export type LedgerFilters = z.infer<typeof ledgerFiltersSchema>;
