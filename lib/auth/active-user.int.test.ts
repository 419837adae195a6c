import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { createTenant } from "@/db/testing/factories";
import { loadActiveUser } from "./active-user";

describe("loadActiveUser", () => {
  it("refuses a session of an account disabled after sign-in", async () => {
    const t = await createTenant();
    expect(await loadActiveUser(t.coordinator)).toMatchObject({ userId: t.coordinator.userId, role: "coordinator" });
    await (await db()).update(users).set({ status: "disabled" }).where(eq(users.id, t.coordinator.userId));
    expect(await loadActiveUser(t.coordinator)).toBeNull();
  });

  it("applies a role change at once", async () => {
    const t = await createTenant();
    await (await db()).update(users).set({ role: "ministry" }).where(eq(users.id, t.admin.userId));
    expect(await loadActiveUser(t.admin)).toMatchObject({ role: "ministry" });
  });

  it("does not accept a token that names another association", async () => {
    const a = await createTenant();
    const b = await createTenant();
    expect(await loadActiveUser({ ...a.coordinator, associationId: b.association.id })).toBeNull();
  });
});
