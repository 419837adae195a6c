import { randomBytes } from "node:crypto";

/** `FELT-2026-00123`: line code, year, a sequence per line and year. */
export function formatLotCode(lineCode: string, year: number, sequence: number): string {
  return `${lineCode}-${year}-${String(sequence).padStart(5, "0")}`;
}

// Crockford base32: no I, L, O, U, so a code read aloud or retyped stays unambiguous.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 16 characters = 80 random bits: not guessable, short enough for a QR code. */
export function newPublicCode(random: (size: number) => Uint8Array = randomBytes): string {
  const bytes = random(16);
  let code = "";
  for (const byte of bytes) code += ALPHABET[byte % 32];
  return code;
}
