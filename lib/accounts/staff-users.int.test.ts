import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import { createTenant, TEST_PASSWORD } from "@/db/testing/factories";
import { authenticate } from "@/lib/auth/authenticate";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { activateAccount } from "./activate-account";
import { changeUserRole } from "./change-user-role";
import { createStaffUser } from "./create-staff-user";
import { getUser } from "./get-user";
import { listUsers } from "./list-users";
import { reissueActivationCode } from "./reissue-activation-code";
import { setUserStatus } from "./set-user-status";

const ip = () => `10.3.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const email = () => `Staff.${Math.random().toString(36).slice(2, 8)}@Ovop.Test`;
const auditOf = async (userId: string) => (await db()).select().from(auditEvents).where(eq(auditEvents.entityId, userId));

describe("staff users", () => {
  it("an admin creates a coordinator who activates with e-mail and code", async () => {
    const t = await createTenant();
    const login = email();
    const issued = await createStaffUser(t.admin, { name: "Гүлзат Асанова", login, role: "coordinator" });
    expect(issued).toMatchObject({ login: login.toLowerCase(), locale: "ky" });
    await activateAccount({ phoneOrEmail: login, code: issued.code, password: "new-staff-pass", passwordConfirm: "new-staff-pass" }, ip());
    expect(await authenticate(await db(), { identifier: login, password: "new-staff-pass" }, ip())).toMatchObject({ ok: true, user: { role: "coordinator" } });
    expect((await auditOf(issued.userId)).map((e) => e.action).sort()).toEqual(["activation_code.issued", "user.activated", "user.created"]);
  });

  it("reads a phone login in local format and refuses one already in use or not a login", async () => {
    const t = await createTenant();
    const tail = String(Math.floor(Math.random() * 1e6)).padStart(6, "0");
    const issued = await createStaffUser(t.admin, { name: "Ministry reader", login: `0700 ${tail}`, role: "ministry" });
    expect(issued.login).toBe(`+996700${tail}`);
    await expect(createStaffUser(t.admin, { name: "Twin", login: `+996700${tail}`, role: "admin" })).rejects.toMatchObject({ fieldErrors: { login: "loginTaken" } });
    await expect(createStaffUser(t.admin, { name: "Twin", login: t.member.phone!, role: "admin" })).rejects.toMatchObject({ fieldErrors: { login: "loginTaken" } });
    await expect(createStaffUser(t.admin, { name: "Nobody", login: "not a login", role: "admin" })).rejects.toMatchObject({ fieldErrors: { login: "invalidLogin" } });
  });

  it("is for admins only", async () => {
    const t = await createTenant();
    for (const ctx of [t.coordinator, t.ministry, t.producer]) {
      await expect(createStaffUser(ctx, { name: "X Y", login: email(), role: "admin" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setUserStatus(ctx, { userId: t.coordinator2.userId, status: "disabled", reason: "test" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(changeUserRole(ctx, { userId: t.coordinator2.userId, role: "admin" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listUsers(ctx)).rejects.toBeInstanceOf(ForbiddenError);
    }
    // Coordinators hand codes to producers, never to staff.
    await expect(reissueActivationCode(t.coordinator, { userId: t.coordinator2.userId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reissueActivationCode(t.ministry, { userId: t.producer.userId })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("disables an account with a reason, after which sign-in is refused, and enables it again", async () => {
    const t = await createTenant();
    await setUserStatus(t.admin, { userId: t.producer.userId, status: "disabled", reason: "Phone lost" });
    expect(await authenticate(await db(), { identifier: t.member.phone!, password: TEST_PASSWORD }, ip())).toEqual({ ok: false, reason: "disabled" });
    await expect(reissueActivationCode(t.coordinator, { userId: t.producer.userId })).rejects.toMatchObject({ key: "accountDisabled" });
    await setUserStatus(t.admin, { userId: t.producer.userId, status: "active", reason: "Phone found" });
    expect(await authenticate(await db(), { identifier: t.member.phone!, password: TEST_PASSWORD }, ip())).toMatchObject({ ok: true });
    const events = await auditOf(t.producer.userId);
    expect(events.find((e) => e.action === "user.disabled")).toMatchObject({ actorId: t.admin.userId, before: { status: "active" }, after: { status: "disabled", reason: "Phone lost" } });
    expect(events.find((e) => e.action === "user.enabled")).toMatchObject({ after: { status: "active", reason: "Phone found" } });
  });

  it("does not let an admin disable themself or change their own role", async () => {
    const t = await createTenant();
    await expect(setUserStatus(t.admin, { userId: t.admin.userId, status: "disabled", reason: "oops" })).rejects.toMatchObject({ key: "ownAccount" });
    await expect(changeUserRole(t.admin, { userId: t.admin.userId, role: "ministry" })).rejects.toMatchObject({ key: "ownAccount" });
  });

  it("changes a staff role with an audit event; a producer keeps theirs", async () => {
    const t = await createTenant();
    await changeUserRole(t.admin, { userId: t.coordinator2.userId, role: "admin" });
    const [user] = await (await db()).select().from(users).where(eq(users.id, t.coordinator2.userId));
    expect(user!.role).toBe("admin");
    expect((await auditOf(t.coordinator2.userId)).find((e) => e.action === "user.role_changed")).toMatchObject({ before: { role: "coordinator" }, after: { role: "admin" } });
    await expect(changeUserRole(t.admin, { userId: t.producer.userId, role: "coordinator" })).rejects.toMatchObject({ key: "producerRoleFixed" });
  });

  it("an admin resets a staff password with a new code", async () => {
    const t = await createTenant();
    const issued = await reissueActivationCode(t.admin, { userId: t.coordinator.userId });
    expect((await getUser(t.admin, t.coordinator.userId)).activated).toBe(false);
    await activateAccount({ phoneOrEmail: issued.login, code: issued.code, password: "reset-pass-1", passwordConfirm: "reset-pass-1" }, ip());
    expect(await authenticate(await db(), { identifier: issued.login, password: "reset-pass-1" }, ip())).toMatchObject({ ok: true });
  });

  it("lists staff and producers apart", async () => {
    const t = await createTenant();
    const staff = await listUsers(t.admin, { kind: "staff" });
    expect(staff.items.map((u) => u.role).sort()).toEqual(["admin", "coordinator", "coordinator", "ministry"]);
    const producers = await listUsers(t.admin, { kind: "producers" });
    expect(producers.items).toEqual([expect.objectContaining({ id: t.producer.userId, activated: true, memberNumber: t.member.memberNumber })]);
    expect(JSON.stringify(producers)).not.toContain("argon2");
  });

  it("answers not found for another association's user", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const other = b.coordinator.userId;
    await expect(setUserStatus(a.admin, { userId: other, status: "disabled", reason: "test" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeUserRole(a.admin, { userId: other, role: "ministry" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(reissueActivationCode(a.admin, { userId: other })).rejects.toBeInstanceOf(NotFoundError);
    await expect(reissueActivationCode(a.coordinator, { userId: b.producer.userId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getUser(a.admin, other)).rejects.toBeInstanceOf(NotFoundError);
    const listed = [...(await listUsers(a.admin, { kind: "staff" })).items, ...(await listUsers(a.admin, { kind: "producers" })).items];
    expect(listed.map((u) => u.id)).not.toContain(other);
    const [untouched] = await (await db()).select().from(users).where(eq(users.id, other));
    expect(untouched).toMatchObject({ status: "active", role: "coordinator" });
  });
});
