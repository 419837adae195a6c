import { createHmac } from "node:crypto";
import { clientIp } from "@/lib/auth/options";
import { authSecret } from "@/lib/auth/secret";

/**
 * The visitor as far as rate and spam limits need to know: a keyed SHA-256 (HMAC, keyed with the
 * app secret) of the address, so the stored value cannot be turned back into an address.
 */
export function visitorHash(headers: Headers): string {
  const ip = clientIp(Object.fromEntries(headers.entries()));
  return createHmac("sha256", authSecret()).update(`public-trace:${ip}`).digest("base64url");
}
