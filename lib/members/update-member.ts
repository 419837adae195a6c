import { and, eq, ne } from "drizzle-orm";
import { db } from "@/db/client";
import type { Tx } from "@/db/connect";
import { members, producerGroups, villages } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { normalizeIdentifier } from "@/lib/auth/identifier";
import { authorize } from "@/lib/auth/policy";
import { ValidationError } from "@/lib/errors/domain-errors";
import { getAssociation } from "@/lib/tenancy/get-association";
import { scoped } from "@/lib/tenancy/scope";
import { lockMember } from "./lock-member";
import { updateMemberSchema, type UpdateMemberInput } from "./schemas";
import { memberSearchKey } from "./search-key";
import type { CountryCode } from "libphonenumber-js";

async function checkPlace(tx: Tx, ctx: Ctx, villageId: string, groupId: string | null): Promise<Record<string, string>> {
  const [village] = await tx.select({ id: villages.id }).from(villages).where(scoped(ctx, villages, eq(villages.id, villageId)));
  if (!village) return { villageId: "notFound" };
  if (!groupId) return {};
  const [group] = await tx.select({ villageId: producerGroups.villageId }).from(producerGroups).where(scoped(ctx, producerGroups, eq(producerGroups.id, groupId)));
  if (!group) return { groupId: "notFound" };
  return group.villageId === villageId ? {} : { groupId: "groupOtherVillage" };
}

/** Edits a member's details; only the fields that changed go into the audit event. */
export async function updateMember(ctx: Ctx, input: UpdateMemberInput) {
  authorize(ctx, "member.manage");
  const data = updateMemberSchema.parse(input);
  const { countryCode } = await getAssociation(ctx);
  const phone = data.phone ? normalizeIdentifier(data.phone, countryCode as CountryCode) : null;
  if (data.phone && phone?.kind !== "phone") throw new ValidationError({ phone: "invalidPhone" });
  return (await db()).transaction(async (tx) => {
    const before = await lockMember(tx, ctx, data.memberId);
    const groupId = data.groupId || null;
    const placeErrors = await checkPlace(tx, ctx, data.villageId, groupId);
    if (Object.keys(placeErrors).length) throw new ValidationError(placeErrors);
    if (phone) {
      const [other] = await tx.select({ id: members.id }).from(members).where(scoped(ctx, members, and(eq(members.phone, phone.value), ne(members.id, before.id))));
      if (other) throw new ValidationError({ phone: "phoneTaken" });
    }
    const next = {
      fullName: data.fullName,
      fullNameLatin: data.fullNameLatin || null,
      gender: data.gender,
      birthYear: data.birthYear,
      phone: phone?.value ?? null,
      villageId: data.villageId,
      groupId,
      joinedOn: data.joinedOn,
      skills: [...data.skills].sort(),
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(before[k]));
    if (changed.length === 0) return { id: before.id, changed };
    await tx
      .update(members)
      .set({ ...next, searchKey: memberSearchKey({ ...next, memberNumber: before.memberNumber }), updatedAt: new Date() })
      .where(scoped(ctx, members, eq(members.id, before.id)));
    await recordAudit(tx, ctx, {
      action: "member.updated",
      entityType: "member",
      entityId: before.id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, next[k]])),
    });
    return { id: before.id, changed };
  });
}
