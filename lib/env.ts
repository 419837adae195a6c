import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().default(".data/pglite"),
  DATA_DIR: z.string().default(".data"),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  SEED_ALLOW_REMOTE: z.enum(["0", "1"]).default("0"),
  /** Uploaded files on local disk; `uploads` inside DATA_DIR when unset. */
  STORAGE_DIR: z.string().optional(),
  /** An S3-compatible store instead of local disk: all four set, or none. */
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_REGION: z.string().default("us-east-1"),
  /** The app's own public address (next-auth's links). */
  NEXTAUTH_URL: z.url().optional(),
  /** Where printed QR codes point (`/t/<code>`); NEXTAUTH_URL when unset. Printed labels live for years: set it once. */
  PUBLIC_BASE_URL: z.url().optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Reads and validates the environment once; a bad value stops the process with its name. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET || undefined,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || undefined,
    PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL || undefined,
  });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    throw new Error(`Invalid environment: ${fields}`);
  }
  cached = parsed.data;
  return cached;
}

/** Demo mode: the embedded database, demo data and demo logins on the sign-in page. */
export function isDemoMode(): boolean {
  return env().DATABASE_URL === undefined;
}
