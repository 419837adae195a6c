import { sql } from "drizzle-orm";
import { members, users } from "@/db/schema";

/** How an account shows in lists: never its password hash, only whether one is set. */
export const accountColumns = {
  id: users.id,
  name: users.name,
  role: users.role,
  email: users.email,
  phone: users.phone,
  status: users.status,
  locale: users.locale,
  activated: sql<boolean>`${users.passwordHash} is not null`,
  memberNumber: members.memberNumber,
};
