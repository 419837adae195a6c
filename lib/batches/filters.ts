import { isoDate } from "@/lib/validation/dates";
import { z } from "@/lib/validation/zod-messages";

/** Statuses on the coordinators' list: a draft stays the producer's own until it is submitted. */
export const LISTED_STATUSES = ["submitted", "in_inspection", "accepted", "partially_accepted", "rejected", "rework"] as const;
/** Which dates a period filter compares: the last production day, or the day of submission. */
export const PERIOD_BASES = ["produced", "submitted"] as const;

const id = z.uuid().optional().catch(undefined);
const day = isoDate.optional().catch(undefined);

/** The batch list's filters as they live in the URL; malformed values are dropped, not errors. */
export const batchFiltersSchema = z.object({
  line: id,
  product: id,
  village: id,
  status: z.enum(LISTED_STATUSES).optional().catch(undefined),
  period: z.enum(PERIOD_BASES).optional().catch(undefined),
  from: day,
  to: day,
});

export type BatchFilters = z.infer<typeof batchFiltersSchema>;

/** The filters and cursor of a request's search params (the first value of a repeated one). */
export function batchFiltersFromParams(params: Record<string, string | string[] | undefined>): BatchFilters & { cursor?: string } {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return { ...batchFiltersSchema.parse(single), cursor: single.cursor || undefined };
}

/** The URL query of a filter set, for links to further pages. */
export function batchFiltersQuery(filters: BatchFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, value);
  return params.toString();
}
