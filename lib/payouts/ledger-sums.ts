import { sql } from "drizzle-orm";
import { payoutEntries } from "@/db/schema";

const amount = payoutEntries.amountMinor;
const kind = payoutEntries.kind;

/**
 * A group of entries summed by kind. Payments are shown as positive amounts paid; the balance is
 * the plain sum of the entries, so owed − paid + adjusted = balance by construction.
 */
export function ledgerSums() {
  return {
    owedMinor: sql<number>`coalesce(sum(${amount}) filter (where ${kind} = 'owed'), 0)`.mapWith(Number).as("owed_minor"),
    paidMinor: sql<number>`coalesce(-sum(${amount}) filter (where ${kind} = 'paid'), 0)`.mapWith(Number).as("paid_minor"),
    adjustedMinor: sql<number>`coalesce(sum(${amount}) filter (where ${kind} = 'adjustment'), 0)`.mapWith(Number).as("adjusted_minor"),
    balanceMinor: sql<number>`coalesce(sum(${amount}), 0)`.mapWith(Number).as("balance_minor"),
  };
}

export type LedgerSums = { owedMinor: number; paidMinor: number; adjustedMinor: number; balanceMinor: number };

export const ZERO_SUMS: LedgerSums = { owedMinor: 0, paidMinor: 0, adjustedMinor: 0, balanceMinor: 0 };
