import { searchTerms } from "./search-key";

/** Phone searches travel in a short-lived cookie, never in the URL (URLs end up in logs and history). */
export const PHONE_QUERY_COOKIE = "ovop_member_phone_q";

export function isPhoneQuery(query: string): boolean {
  const [term] = searchTerms(query);
  return term !== undefined && /^\d{6,}$/.test(term);
}
