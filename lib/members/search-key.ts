import { normalizeIdentifier } from "@/lib/auth/identifier";
import { transliterate } from "./transliterate";

/** Lower case without accents: "Ösmonova" and "osmonova" compare equal. */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Folded Latin spelling for comparing names, not for showing them: "Айгүл", "Aigül" and
 * "Aygul" all become "aigul"; the usual spelling variants (y/i, zh/j, kh/h) collapse.
 */
export function toLatin(text: string): string {
  return fold(transliterate(text)).replace(/d?zh|dj/g, "j").replace(/kh/g, "h").replace(/y/g, "i");
}

/** The text a member is found by: the name in Latin spelling, member number, phone digits. */
export function memberSearchKey(m: { fullName: string; fullNameLatin?: string | null; memberNumber: string; phone?: string | null }): string {
  const parts = [toLatin(m.fullName), m.fullNameLatin ? toLatin(m.fullNameLatin) : "", fold(m.memberNumber), m.phone?.replace(/\D/g, "") ?? ""];
  return [...new Set(parts.filter(Boolean))].join(" ");
}

/**
 * Search terms for a query: a phone number in any common format becomes its E.164 digits; other
 * text is split into words, each of which must match.
 */
export function searchTerms(query: string): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  if (/^[+\d][\d\s()-]{5,}$/.test(trimmed)) {
    const phone = normalizeIdentifier(trimmed);
    return [phone?.kind === "phone" ? phone.value.replace(/\D/g, "") : trimmed.replace(/\D/g, "")];
  }
  // Compared in Latin spelling, so "Гулнара" typed with a Russian у still finds "Гүлнара".
  return toLatin(trimmed)
    .split(" ")
    .filter((word) => word.length > 0)
    .slice(0, 5);
}
