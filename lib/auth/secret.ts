import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, isDemoMode } from "@/lib/env";

let secret: string | undefined;

/**
 * The JWT signing secret. Production (a real database) must set NEXTAUTH_SECRET; the demo
 * makes one on first start and keeps it under .data/ so sessions survive a restart.
 */
export function authSecret(): string {
  if (secret) return secret;
  const configured = env().NEXTAUTH_SECRET;
  if (configured) return (secret = configured);
  if (!isDemoMode()) throw new Error("NEXTAUTH_SECRET (32+ characters) is required when DATABASE_URL is set");
  const file = path.join(env().DATA_DIR, "auth-secret");
  try {
    secret = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(env().DATA_DIR, { recursive: true });
    secret = randomBytes(32).toString("base64url");
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  }
  return secret;
}
