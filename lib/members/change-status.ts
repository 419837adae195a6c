import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { members } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { lockMember } from "./lock-member";
import { changeMemberStatusSchema, setMemberConsentSchema, type ChangeMemberStatusInput, type SetMemberConsentInput } from "./schemas";

/** Active / suspended / left, always with a reason, which the audit trail keeps. */
export async function changeMemberStatus(ctx: Ctx, input: ChangeMemberStatusInput) {
  authorize(ctx, "member.manage");
  const data = changeMemberStatusSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const member = await lockMember(tx, ctx, data.memberId);
    if (member.status === data.status) throw new ValidationError({ status: "statusUnchanged" });
    await tx.update(members).set({ status: data.status, updatedAt: new Date() }).where(scoped(ctx, members, eq(members.id, member.id)));
    await recordAudit(tx, ctx, {
      action: "member.status_changed",
      entityType: "member",
      entityId: member.id,
      before: { status: member.status },
      after: { status: data.status, reason: data.reason },
    });
    return { id: member.id, status: data.status };
  });
}

/** Consent to show the first name and village on public pages, with the moment it was given. */
export async function setMemberConsent(ctx: Ctx, input: SetMemberConsentInput) {
  authorize(ctx, "member.manage");
  const data = setMemberConsentSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const member = await lockMember(tx, ctx, data.memberId);
    if (member.publicConsent === data.consent) return { id: member.id, consent: data.consent };
    const publicConsentAt = data.consent ? new Date() : null;
    await tx.update(members).set({ publicConsent: data.consent, publicConsentAt, updatedAt: new Date() }).where(scoped(ctx, members, eq(members.id, member.id)));
    await recordAudit(tx, ctx, {
      action: "member.consent_changed",
      entityType: "member",
      entityId: member.id,
      before: { publicConsent: member.publicConsent, at: member.publicConsentAt },
      after: { publicConsent: data.consent, at: publicConsentAt },
    });
    return { id: member.id, consent: data.consent };
  });
}
