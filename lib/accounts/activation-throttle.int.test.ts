import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { addMember, createTenant, TEST_PASSWORD, type Tenant } from "@/db/testing/factories";
import { authenticate } from "@/lib/auth/authenticate";
import { MAX_ACTIVATION_FAILURES_PER_IDENTIFIER, MAX_ACTIVATION_FAILURES_PER_IP } from "@/lib/auth/throttle";
import { activateAccount } from "./activate-account";
import { issueProducerAccount } from "./issue-producer-account";

const PASSWORD = "walnut-brown-2026";
const ip = () => `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const phone = () => `+996555${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;

async function pendingProducer(t: Tenant) {
  const member = await addMember(t.association.id, t.village.id, { gender: "female", birthYear: 1988, phone: phone() });
  return issueProducerAccount(t.coordinator, { memberId: member.id });
}

const attempt = (phoneOrEmail: string, code: string, address: string) =>
  activateAccount({ phoneOrEmail, code, password: PASSWORD, passwordConfirm: PASSWORD }, address);

describe("activation guessing", () => {
  it("is throttled per phone number, whatever the address, even for the right code", async () => {
    const t = await createTenant();
    const issued = await pendingProducer(t);
    for (let i = 0; i < MAX_ACTIVATION_FAILURES_PER_IDENTIFIER; i++) {
      await expect(attempt(issued.login, "2222-2222", ip())).rejects.toMatchObject({ key: "activationInvalid" });
    }
    await expect(attempt(issued.login, issued.code, ip())).rejects.toMatchObject({ key: "activationThrottled" });
    const other = await pendingProducer(t);
    expect(await attempt(other.login, other.code, ip())).toEqual({ userId: other.userId });
  });

  it("is throttled per address across phone numbers", async () => {
    const t = await createTenant();
    const address = ip();
    for (let i = 0; i < MAX_ACTIVATION_FAILURES_PER_IP; i++) {
      await expect(attempt(phone(), "2222-2222", address)).rejects.toMatchObject({ key: "activationInvalid" });
    }
    const issued = await pendingProducer(t);
    await expect(attempt(issued.login, issued.code, address)).rejects.toMatchObject({ key: "activationThrottled" });
    expect(await attempt(issued.login, issued.code, ip())).toEqual({ userId: issued.userId });
  });

  it("is counted apart from password sign-ins", async () => {
    const t = await createTenant();
    const address = ip();
    for (let i = 0; i < MAX_ACTIVATION_FAILURES_PER_IDENTIFIER; i++) await attempt(t.member.phone!, "2222-2222", address).catch(() => undefined);
    await expect(attempt(t.member.phone!, "2222-2222", address)).rejects.toMatchObject({ key: "activationThrottled" });
    expect(await authenticate(await db(), { identifier: t.member.phone!, password: TEST_PASSWORD }, address)).toMatchObject({ ok: true });
  });
});
