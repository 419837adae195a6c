import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import { createTenant } from "@/db/testing/factories";
import { updateUserLocale } from "./update-locale";

describe("updateUserLocale", () => {
  it("saves the language and audits only a real change", async () => {
    const t = await createTenant();
    await updateUserLocale(t.producer, "ky");
    await updateUserLocale(t.producer, "ky");
    const database = await db();
    const [user] = await database.select().from(users).where(eq(users.id, t.producer.userId));
    expect(user?.locale).toBe("ky");
    const events = await database
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, t.producer.userId), eq(auditEvents.action, "user.locale_changed")));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ before: { locale: "en" }, after: { locale: "ky" }, actorId: t.producer.userId });
  });
});
