import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activationCodes, auditEvents, users } from "@/db/schema";
import { addMember, createTenant, type Tenant } from "@/db/testing/factories";
import { authenticate } from "@/lib/auth/authenticate";
import { activateAccount } from "./activate-account";
import { issueProducerAccount } from "./issue-producer-account";
import { reissueActivationCode } from "./reissue-activation-code";
import { setUserStatus } from "./set-user-status";

const PASSWORD = "sainfoin-yellow-7";
const ip = () => `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const invalid = { key: "activationInvalid" };

async function pendingProducer(t: Tenant) {
  const phone = `+996770${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  const member = await addMember(t.association.id, t.village.id, { gender: "female", birthYear: 1988, phone });
  return issueProducerAccount(t.coordinator, { memberId: member.id });
}

const activate = (phoneOrEmail: string, code: string, now?: Date) =>
  activateAccount({ phoneOrEmail, code, password: PASSWORD, passwordConfirm: PASSWORD }, ip(), now);

const signIn = async (identifier: string, password = PASSWORD) => authenticate(await db(), { identifier, password }, ip());

describe("activateAccount", () => {
  it("sets the password with phone and code as people type them, marks the code used and audits it", async () => {
    const t = await createTenant();
    const issued = await pendingProducer(t);
    const local = `0${issued.login.slice(4, 7)} ${issued.login.slice(7, 10)} ${issued.login.slice(10)}`;
    expect(await activate(local, issued.code.toLowerCase().replace("-", " "))).toEqual({ userId: issued.userId });
    expect(await signIn(issued.login)).toMatchObject({ ok: true, user: { userId: issued.userId, role: "producer" } });
    const database = await db();
    const [code] = await database.select().from(activationCodes).where(eq(activationCodes.userId, issued.userId));
    expect(code!.usedAt).toBeInstanceOf(Date);
    const events = await database.select().from(auditEvents).where(eq(auditEvents.entityId, issued.userId));
    expect(events.find((e) => e.action === "user.activated")).toMatchObject({ actorId: issued.userId, after: { codeId: code!.id } });
  });

  it("refuses a used, wrong, expired or unknown code with the same answer", async () => {
    const t = await createTenant();
    const used = await pendingProducer(t);
    await activate(used.login, used.code);
    await expect(activate(used.login, used.code)).rejects.toMatchObject(invalid);

    const pending = await pendingProducer(t);
    const wrong = pending.code.startsWith("2") ? `3${pending.code.slice(1)}` : `2${pending.code.slice(1)}`;
    await expect(activate(pending.login, wrong)).rejects.toMatchObject(invalid);
    await expect(activate(pending.login, "not a code")).rejects.toMatchObject(invalid);
    await expect(activate("+996999000111", pending.code)).rejects.toMatchObject(invalid);
    await expect(activate(pending.login, pending.code, new Date(Date.now() + 15 * 24 * 3600 * 1000))).rejects.toMatchObject(invalid);
    expect(await activate(pending.login, pending.code, new Date(Date.now() + 13 * 24 * 3600 * 1000))).toEqual({ userId: pending.userId });
  });

  it("kills the old code when a new one is issued", async () => {
    const t = await createTenant();
    const first = await pendingProducer(t);
    const second = await reissueActivationCode(t.coordinator, { userId: first.userId });
    await expect(activate(first.login, first.code)).rejects.toMatchObject(invalid);
    expect(await activate(second.login, second.code)).toEqual({ userId: first.userId });
    const events = await (await db()).select().from(auditEvents).where(eq(auditEvents.entityId, first.userId));
    expect(events.find((e) => e.action === "activation_code.reissued")).toMatchObject({ before: { revokedCodeIds: [expect.any(String)] } });
  });

  it("lets exactly one of two simultaneous activations with one code through", async () => {
    const t = await createTenant();
    const issued = await pendingProducer(t);
    const outcomes = await Promise.allSettled([activate(issued.login, issued.code), activate(issued.login, issued.code)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: invalid });
    const events = await (await db()).select().from(auditEvents).where(eq(auditEvents.entityId, issued.userId));
    expect(events.filter((e) => e.action === "user.activated")).toHaveLength(1);
  });

  it("resets a password: the old one stops working at once, the code sets a new one", async () => {
    const t = await createTenant();
    const issued = await reissueActivationCode(t.coordinator, { userId: t.producer.userId });
    expect(await authenticate(await db(), { identifier: t.member.phone!, password: "correct horse battery" }, ip())).toEqual({ ok: false, reason: "invalid" });
    await activate(t.member.phone!, issued.code);
    expect(await signIn(t.member.phone!)).toMatchObject({ ok: true });
    const events = await (await db()).select().from(auditEvents).where(eq(auditEvents.entityId, t.producer.userId));
    expect(events.find((e) => e.action === "user.password_reset")).toMatchObject({ actorId: t.coordinator.userId, before: { activated: true } });
  });

  it("refuses a disabled account", async () => {
    const t = await createTenant();
    const issued = await pendingProducer(t);
    await setUserStatus(t.admin, { userId: issued.userId, status: "disabled", reason: "Left the association" });
    await expect(activate(issued.login, issued.code)).rejects.toMatchObject(invalid);
    const [user] = await (await db()).select().from(users).where(eq(users.id, issued.userId));
    expect(user!.passwordHash).toBeNull();
  });

  it("asks for the same password twice", async () => {
    const t = await createTenant();
    const issued = await pendingProducer(t);
    await expect(activateAccount({ phoneOrEmail: issued.login, code: issued.code, password: PASSWORD, passwordConfirm: "other-password" }, ip())).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["passwordConfirm"], message: "passwordsDiffer" })],
    });
  });
});
