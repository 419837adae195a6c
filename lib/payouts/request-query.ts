import { BALANCE_GROUPINGS, ledgerFiltersSchema, type BalanceGrouping, type LedgerFilters } from "./schemas";

type Params = Record<string, string | string[] | undefined>;

const isGrouping = (value: unknown): value is BalanceGrouping => (BALANCE_GROUPINGS as readonly unknown[]).includes(value);

/** The balance list's grouping (`by`), filters and page cursor as the URL carries them. */
export function requestLedgerQuery(params: Params): { groupBy: BalanceGrouping; filters: LedgerFilters; cursor?: string } {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return {
    groupBy: isGrouping(single.by) ? single.by : "member",
    filters: ledgerFiltersSchema.parse(single),
    cursor: typeof single.cursor === "string" ? single.cursor : undefined,
  };
}

/** The URL query of a filter set, for links to other groupings, further pages and exports. */
export function ledgerQuery(filters: LedgerFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, value);
  return params.toString();
}
