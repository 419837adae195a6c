import { env } from "@/lib/env";

/** The address printed labels point to: PUBLIC_BASE_URL, else NEXTAUTH_URL, else this machine. */
export function publicBaseUrl(): string {
  const e = env();
  return (e.PUBLIC_BASE_URL ?? e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "");
}

/** The public traceability page of a lot, as its QR code encodes it: `<base>/t/<public code>`. */
export function publicTraceUrl(publicCode: string): string {
  return `${publicBaseUrl()}/t/${encodeURIComponent(publicCode)}`;
}
