import { cookies } from "next/headers";
import { memberFiltersSchema, type MemberFilters } from "./filters";
import { PHONE_QUERY_COOKIE } from "./phone-query";

/** The member filters of a request: the URL's, with a phone search taken from its cookie. */
export async function requestMemberFilters(params: Record<string, string | string[] | undefined>): Promise<MemberFilters & { cursor?: string }> {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = memberFiltersSchema.parse(single);
  if (single.phone === "1") filters.q = (await cookies()).get(PHONE_QUERY_COOKIE)?.value;
  return { ...filters, cursor: typeof single.cursor === "string" ? single.cursor : undefined };
}

/** The URL query of a filter set, for links to further pages and exports (never with a phone search). */
export function filtersQuery(filters: MemberFilters, phoneSearch: boolean, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value && key !== "q") params.set(key, value);
  if (filters.q) params.set(phoneSearch ? "phone" : "q", phoneSearch ? "1" : filters.q);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}
