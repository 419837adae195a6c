// lib/batches/lot-code.ts makes them: 16 characters of Crockford base32 (80 random bits).
const PUBLIC_CODE = /^[0-9A-HJKMNP-TV-Z]{16}$/;

/** Whether a path segment can be a lot's public code; anything else is not found without a query. */
export function isPublicCode(value: string): boolean {
  return PUBLIC_CODE.test(value);
}
