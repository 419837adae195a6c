import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "./client";
import { auditEvents } from "./schema";
import { batchInput, createTenant } from "./testing/factories";
import { logBatch } from "@/lib/batches/log-batch";

describe("audit_events", () => {
  it("refuses UPDATE, DELETE and TRUNCATE at the database level", async () => {
    const t = await createTenant();
    const batch = await logBatch(t.producer, batchInput(t.product.id));
    const database = await db();
    const where = eq(auditEvents.entityId, batch.id);
    const refusal = { cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) }) };
    await expect(database.update(auditEvents).set({ action: "forged" }).where(where)).rejects.toMatchObject(refusal);
    await expect(database.delete(auditEvents).where(where)).rejects.toMatchObject(refusal);
    await expect(database.execute(sql`truncate audit_events`)).rejects.toMatchObject(refusal);
    const [event] = await database.select().from(auditEvents).where(where);
    expect(event?.action).toBe("batch.submitted");
  });
});
