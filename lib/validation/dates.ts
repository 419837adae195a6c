import { z } from "@/lib/validation/zod-messages";

/** A calendar date as typed in a date input: YYYY-MM-DD, a real day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: "invalidDate",
  });

/** Today's date in UTC as YYYY-MM-DD, one day ahead to allow for UTC+6 villages before midnight UTC. */
export function latestAllowedDate(now = new Date()): string {
  return new Date(now.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
}
