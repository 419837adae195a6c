import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { members, producerGroups, villages } from "@/db/schema";
import { addMember, batchInput, createTenant, type Tenant } from "@/db/testing/factories";
import { logBatch } from "@/lib/batches/log-batch";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { changeMemberStatus, setMemberConsent } from "./change-status";
import { getMember } from "./get-member";
import { getOwnMember } from "./get-own-member";
import { listMembers } from "./list-members";
import type { UpdateMemberInput } from "./schemas";
import { updateMember } from "./update-member";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
});

const editable = (t: Tenant, overrides: Record<string, unknown> = {}): UpdateMemberInput => ({
  memberId: t.member.id,
  fullName: "Осмонова Айгүл Бакытовна",
  gender: "female" as const,
  birthYear: 1990,
  phone: t.member.phone!,
  villageId: t.village.id,
  joinedOn: "2020-01-01",
  skills: ["felting" as const],
  ...(overrides as Partial<UpdateMemberInput>),
});

describe("member profile", () => {
  it("shows details, batches and an activity timeline", async () => {
    await logBatch(a.producer, batchInput(a.product.id));
    await updateMember(a.coordinator, editable(a));
    const profile = await getMember(a.coordinator, a.member.id);
    expect(profile).toMatchObject({ fullName: "Осмонова Айгүл Бакытовна", villageName: "Ak-Say", districtName: "Tong", regionName: "Issyk-Kul" });
    expect(profile.account).toMatchObject({ id: a.producer.userId, activated: true });
    expect(profile.batches).toHaveLength(1);
    expect(profile.activity.map((e) => e.action)).toEqual(["member.updated", "batch.submitted"]);
    expect(profile.activity[0]).toMatchObject({ actorName: a.coordinator.name, after: { fullName: "Осмонова Айгүл Бакытовна", skills: ["felting"] } });
  });

  it("edits with the phone in any format and finds the member by the new name", async () => {
    await updateMember(a.coordinator, editable(a, { fullName: "Асанова Жылдыз", phone: "0555 98 76 54" }));
    const [row] = await (await db()).select().from(members).where(eq(members.id, a.member.id));
    expect(row?.phone).toBe("+996555987654");
    expect((await listMembers(a.coordinator, { q: "zhyldyz" })).items.map((m) => m.id)).toEqual([a.member.id]);
  });

  it.each([
    ["a bad phone", { phone: "12" }, "phone"],
    ["a phone another member has", { phone: "+996700000999" }, "phone"],
    ["a village of another association", "otherVillage", "villageId"],
    ["a group in another village", "otherGroup", "groupId"],
    ["a birth year too late", { birthYear: new Date().getFullYear() }, "birthYear"],
    ["a name too short", { fullName: "A" }, "fullName"],
  ])("refuses %s and changes nothing", async (_name, override, field) => {
    await addMember(a.association.id, a.village.id, { gender: "male", birthYear: 1980, phone: "+996700000999" });
    const before = await getMember(a.coordinator, a.member.id);
    let input: Record<string, unknown> = typeof override === "object" ? override : {};
    if (override === "otherVillage") input = { villageId: b.village.id };
    if (override === "otherGroup") {
      const [village] = await (await db())
        .insert(villages)
        .values({ associationId: a.association.id, districtId: a.village.districtId, nameEn: "Kara-Koo", nameRu: "Кара-Коо", nameKy: "Кара-Коо" })
        .returning();
      const [group] = await (await db()).insert(producerGroups).values({ associationId: a.association.id, villageId: village!.id, name: "Kara-Koo felt" }).returning();
      input = { groupId: group!.id };
    }
    const error = (await updateMember(a.coordinator, editable(a, input)).catch((e: unknown) => e)) as { fieldErrors?: Record<string, string>; issues?: { path: string[] }[] };
    const fields = error.fieldErrors ? Object.keys(error.fieldErrors) : (error.issues ?? []).map((i) => i.path[0]);
    expect(fields).toContain(field);
    expect((await getMember(a.coordinator, a.member.id)).updatedAt).toEqual(before.updatedAt);
  });

  it("changes status only with a reason, and records consent with its date", async () => {
    await expect(changeMemberStatus(a.coordinator, { memberId: a.member.id, status: "suspended", reason: "" })).rejects.toMatchObject({ issues: expect.any(Array) });
    await changeMemberStatus(a.coordinator, { memberId: a.member.id, status: "suspended", reason: "Moved to Bishkek for the winter" });
    await expect(changeMemberStatus(a.coordinator, { memberId: a.member.id, status: "suspended", reason: "again" })).rejects.toBeInstanceOf(ValidationError);
    await setMemberConsent(a.coordinator, { memberId: a.member.id, consent: true });
    await setMemberConsent(a.coordinator, { memberId: a.member.id, consent: false });
    const profile = await getMember(a.coordinator, a.member.id);
    expect(profile).toMatchObject({ status: "suspended", publicConsent: false, publicConsentAt: null });
    expect(profile.activity[0]).toMatchObject({ action: "member.consent_changed" });
    expect(profile.activity[2]).toMatchObject({ action: "member.status_changed", after: { status: "suspended", reason: "Moved to Bishkek for the winter" } });
    await setMemberConsent(a.coordinator, { memberId: a.member.id, consent: true });
    expect((await getMember(a.coordinator, a.member.id)).publicConsentAt).toBeInstanceOf(Date);
  });

  it("answers not found across associations and refuses producers and ministry", async () => {
    await expect(getMember(b.coordinator, a.member.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateMember(b.coordinator, editable(a, { villageId: b.village.id }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeMemberStatus(b.coordinator, { memberId: a.member.id, status: "left", reason: "test" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMember(a.producer, a.member.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getMember(a.ministry, a.member.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setMemberConsent(a.ministry, { memberId: a.member.id, consent: true })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("a producer's own profile", () => {
  it("shows the producer their own record and nobody else's", async () => {
    expect(await getOwnMember(a.producer)).toMatchObject({ id: a.member.id, villageName: "Ak-Say" });
    await expect(getOwnMember(a.coordinator)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getMember(a.producer, a.member.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
