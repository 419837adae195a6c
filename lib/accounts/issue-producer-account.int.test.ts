import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activationCodes, auditEvents, users } from "@/db/schema";
import { addMember, createTenant } from "@/db/testing/factories";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { issueProducerAccount } from "./issue-producer-account";

const phone = () => `+996700${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;

describe("issueProducerAccount", () => {
  it("creates an account that is not yet activated, with a code that is stored only as a hash", async () => {
    const t = await createTenant();
    const member = await addMember(t.association.id, t.village.id, { gender: "male", birthYear: 1980, phone: phone() });
    const issued = await issueProducerAccount(t.coordinator, { memberId: member.id });
    expect(issued).toMatchObject({ name: member.fullName, login: member.phone, locale: "ky", code: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/) });
    const database = await db();
    const [user] = await database.select().from(users).where(eq(users.id, issued.userId));
    expect(user).toMatchObject({ role: "producer", phone: member.phone, memberId: member.id, passwordHash: null, status: "active", locale: "ky" });
    const [code] = await database.select().from(activationCodes).where(eq(activationCodes.userId, issued.userId));
    expect(code!.codeHash).toMatch(/^\$argon2id\$/);
    expect(code!.codeHash).not.toContain(issued.code);
    expect(code!.expiresAt.getTime() - code!.createdAt.getTime()).toBe(14 * 24 * 3600 * 1000);
    const events = await database.select().from(auditEvents).where(eq(auditEvents.entityId, issued.userId));
    expect(events.map((e) => e.action).sort()).toEqual(["activation_code.issued", "user.created"]);
    expect(events.every((e) => e.actorId === t.coordinator.userId)).toBe(true);
    expect(JSON.stringify(events)).not.toContain(issued.code);
  });

  it("refuses a member who already has an account or has no phone", async () => {
    const t = await createTenant();
    await expect(issueProducerAccount(t.coordinator, { memberId: t.member.id })).rejects.toMatchObject({ key: "accountExists" });
    const noPhone = await addMember(t.association.id, t.village.id, { gender: "female", birthYear: 1975 });
    await expect(issueProducerAccount(t.admin, { memberId: noPhone.id })).rejects.toMatchObject({ key: "memberHasNoPhone" });
  });

  it("makes one account when two coordinators issue at the same moment", async () => {
    const t = await createTenant();
    const member = await addMember(t.association.id, t.village.id, { gender: "female", birthYear: 1990, phone: phone() });
    const outcomes = await Promise.allSettled([
      issueProducerAccount(t.coordinator, { memberId: member.id }),
      issueProducerAccount(t.coordinator2, { memberId: member.id }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: expect.any(ConflictError) });
    const accounts = await (await db()).select().from(users).where(and(eq(users.associationId, t.association.id), eq(users.memberId, member.id)));
    expect(accounts).toHaveLength(1);
  });

  it("answers not found for another association's member", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const member = await addMember(b.association.id, b.village.id, { gender: "female", birthYear: 1990, phone: phone() });
    await expect(issueProducerAccount(a.coordinator, { memberId: member.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is refused to ministry and producer users", async () => {
    const t = await createTenant();
    const member = await addMember(t.association.id, t.village.id, { gender: "female", birthYear: 1990, phone: phone() });
    for (const ctx of [t.ministry, t.producer]) {
      await expect(issueProducerAccount(ctx, { memberId: member.id })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
