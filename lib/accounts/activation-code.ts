import { randomInt } from "node:crypto";

/** Crockford base32 without 0 and 1 (it already lacks I, L, O and U): nothing to misread on paper. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 8;
export const CODE_LIFETIME_MS = 14 * 24 * 3600 * 1000;

/** A new code as printed: two groups of four, e.g. "7KQM-4XTR" (30^8, about 39 bits). */
export function generateActivationCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** The code as typed (any case, spaces or dashes) in its printed form; null when it cannot be one. */
export function normalizeActivationCode(raw: string): string | null {
  const chars = raw.toUpperCase().replace(/[\s-]/g, "");
  if (chars.length !== CODE_LENGTH || [...chars].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}
