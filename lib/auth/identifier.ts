import { createHash } from "node:crypto";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/**
 * A sign-in identifier as stored: e-mails lower-cased, phone numbers in E.164. Local formats
 * such as "0555 12 34 56" are read with the association's country (Kyrgyzstan by default).
 */
export function normalizeIdentifier(raw: string, defaultCountry: CountryCode = "KG"): { kind: "email" | "phone"; value: string } | null {
  const value = raw.trim();
  if (value.includes("@")) return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? { kind: "email", value: value.toLowerCase() } : null;
  const phone = parsePhoneNumberFromString(value, defaultCountry);
  return phone?.isPossible() ? { kind: "phone", value: phone.number } : null;
}

/** Throttling records keep a hash, so phone numbers and e-mails never sit in that table. */
export function hashIdentifier(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
