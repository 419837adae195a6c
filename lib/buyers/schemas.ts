import { countryCode, currencyCode } from "@/lib/validation/iso-codes";
import { z } from "@/lib/validation/zod-messages";

const optionalText = (max: number) => z.string().trim().max(max).optional();

/** A buyer of the association's goods; `id` edits an existing one. */
export const saveBuyerSchema = z.object({
  id: z.uuid().optional(),
  name: z.string().trim().min(1).max(200),
  countryCode,
  currency: currencyCode,
  contactName: optionalText(200),
  email: z.union([z.email(), z.literal("")]).optional(),
  phone: optionalText(40),
  address: optionalText(1000),
});

export type SaveBuyerInput = z.input<typeof saveBuyerSchema>;

export const BUYER_STATUSES = ["active", "archived"] as const;
export type BuyerStatus = (typeof BUYER_STATUSES)[number];

export const setBuyerStatusSchema = z.object({ buyerId: z.uuid(), status: z.enum(BUYER_STATUSES) });
export type SetBuyerStatusInput = z.input<typeof setBuyerStatusSchema>;

const distinct = (values: string[]) => new Set(values).size === values.length;

/** The buyer's article number per product; an empty number removes it. */
export const setBuyerArticlesSchema = z.object({
  buyerId: z.uuid(),
  articles: z
    .array(z.object({ productId: z.uuid(), articleNumber: z.string().trim().max(60) }))
    .max(2000)
    .refine((list) => distinct(list.map((a) => a.productId)), { message: "invalid" }),
});

export type SetBuyerArticlesInput = z.input<typeof setBuyerArticlesSchema>;
