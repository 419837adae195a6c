import type { Ctx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors/domain-errors";

/** Published checklists are read by inspectors and by those who maintain them. */
export function authorizeChecklistRead(ctx: Pick<Ctx, "role">): void {
  if (!can(ctx, "inspection.perform") && !can(ctx, "checklist.manage")) throw new ForbiddenError();
}
