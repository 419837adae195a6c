import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { createTenant, TEST_PASSWORD } from "@/db/testing/factories";
import { authenticate } from "./authenticate";
import { MAX_FAILURES_PER_IDENTIFIER, MAX_FAILURES_PER_IP } from "./throttle";

const ip = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("authenticate", () => {
  it("signs in by phone in local or international format, and by e-mail in any case", async () => {
    const t = await createTenant();
    const phone = t.member.phone!;
    const local = `0${phone.slice(4, 7)} ${phone.slice(7, 10)} ${phone.slice(10)}`;
    for (const identifier of [phone, local, `+996 ${phone.slice(4)}`]) {
      const outcome = await authenticate(await db(), { identifier, password: TEST_PASSWORD }, ip());
      expect(outcome).toMatchObject({ ok: true, user: { userId: t.producer.userId, role: "producer", associationId: t.association.id } });
    }
    const [coordinator] = await (await db()).select().from(users).where(eq(users.id, t.coordinator.userId));
    const outcome = await authenticate(await db(), { identifier: coordinator!.email!.toUpperCase(), password: TEST_PASSWORD }, ip());
    expect(outcome).toMatchObject({ ok: true, user: { role: "coordinator" } });
  });

  it("refuses a wrong password and an unknown user alike", async () => {
    const t = await createTenant();
    expect(await authenticate(await db(), { identifier: t.member.phone!, password: "wrong" }, ip())).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(await db(), { identifier: "+996999999999", password: TEST_PASSWORD }, ip())).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an identifier after repeated failures, even with the right password", async () => {
    const t = await createTenant();
    for (let i = 0; i < MAX_FAILURES_PER_IDENTIFIER; i++) await authenticate(await db(), { identifier: t.member.phone!, password: `wrong-${i}` }, ip());
    expect(await authenticate(await db(), { identifier: t.member.phone!, password: TEST_PASSWORD }, ip())).toEqual({ ok: false, reason: "throttled" });
  });

  it("throttles an address that tries many identifiers", async () => {
    const address = ip();
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await authenticate(await db(), { identifier: `someone${i}@example.org`, password: "x" }, address);
    const t = await createTenant();
    expect(await authenticate(await db(), { identifier: t.member.phone!, password: TEST_PASSWORD }, address)).toEqual({ ok: false, reason: "throttled" });
  });

  it("refuses a disabled account", async () => {
    const t = await createTenant();
    await (await db()).update(users).set({ status: "disabled" }).where(eq(users.id, t.producer.userId));
    expect(await authenticate(await db(), { identifier: t.member.phone!, password: TEST_PASSWORD }, ip())).toEqual({ ok: false, reason: "disabled" });
  });
});
