import { normalizeIdentifier } from "@/lib/auth/identifier";
import { transliterate } from "./transliterate";

/** Lower case without accents: "Ösmonova" and "osmonova" compare equal. */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Folded Latin spelling: "Айгүл" and "Aigül" both become "aigul". */
export function toLatin(text: string): string {
  return fold(transliterate(text));
}

/** The text a member is found by: name in both scripts, member number, phone digits. */
export function memberSearchKey(m: { fullName: string; fullNameLatin?: string | null; memberNumber: string; phone?: string | null }): string {
  const parts = [fold(m.fullName), toLatin(m.fullName), m.fullNameLatin ? toLatin(m.fullNameLatin) : "", fold(m.memberNumber), m.phone?.replace(/\D/g, "") ?? ""];
  return [...new Set(parts.filter(Boolean))].join(" ");
}

/**
 * Search terms for a query: a phone number in any common format becomes its E.164 digits; other
 * text is split into words, each of which must match. Words are folded the way keys are.
 */
export function searchTerms(query: string): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  if (/^[+\d][\d\s()-]{5,}$/.test(trimmed)) {
    const phone = normalizeIdentifier(trimmed);
    return [phone?.kind === "phone" ? phone.value.replace(/\D/g, "") : trimmed.replace(/\D/g, "")];
  }
  return fold(trimmed)
    .split(" ")
    .map((word) => (/[^\x00-\x7f]/.test(word) ? word : toLatin(word)))
    .filter((word) => word.length > 0)
    .slice(0, 5);
}
