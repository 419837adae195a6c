import type { ActionResult } from "@/lib/errors/action-result";

/**
 * The bulk payment's refusals name rows of the list that was sent (`payments.2.amountMinor`);
 * the form shows every row, so each is renamed to the form row it came from (`rows.7.amountMinor`).
 */
export function toFormRows<T>(result: ActionResult<T>, sentRows: number[]): ActionResult<T> {
  if (result.ok || !result.fieldErrors) return result;
  const fieldErrors: Record<string, string> = {};
  for (const [key, message] of Object.entries(result.fieldErrors)) {
    const match = /^payments\.(\d+)\.(\w+)$/.exec(key);
    const row = match ? sentRows[Number(match[1])] : undefined;
    fieldErrors[match && row !== undefined ? `rows.${row}.${match[2]}` : key] = message;
  }
  return { ...result, fieldErrors };
}
