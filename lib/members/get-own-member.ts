import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors/domain-errors";
import { getMemberRecord } from "./get-member";

/** A producer's own member record: the only member they can see. */
export async function getOwnMember(ctx: Ctx) {
  authorize(ctx, "member.readOwn");
  if (!ctx.memberId) throw new ForbiddenError();
  return getMemberRecord(ctx, ctx.memberId);
}
