import { eq, sql, type SQL } from "drizzle-orm";
import { users } from "@/db/schema";
import type { normalizeIdentifier } from "./identifier";

/** The user a normalised sign-in identifier names, through the unique e-mail and phone indexes. */
export function userWithIdentifier(identifier: NonNullable<ReturnType<typeof normalizeIdentifier>>): SQL {
  return identifier.kind === "email" ? eq(sql`lower(${users.email})`, identifier.value) : eq(users.phone, identifier.value);
}
