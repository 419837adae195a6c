import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { batchMaterials, members, traceFeedback } from "@/db/schema";
import type { Tenant } from "@/db/testing/factories";

/** Gives the tenant's producer a registry-style name and their consent (or not) to be named in public. */
export async function setMemberName(t: Tenant, fullName: string, fullNameLatin: string | null, publicConsent: boolean) {
  await (await db())
    .update(members)
    .set({ fullName, fullNameLatin, publicConsent, publicConsentAt: publicConsent ? new Date() : null })
    .where(eq(members.id, t.member.id));
}

export async function useMaterials(t: Tenant, batchId: string, materialIds: string[]) {
  await (await db()).insert(batchMaterials).values(materialIds.map((materialId) => ({ associationId: t.association.id, batchId, materialId })));
}

/** A feedback row as a visitor's post would leave it, written straight into the database. */
export async function addFeedback(t: Tenant, batchId: string, fields: { rating?: number; comment?: string | null; createdAt?: Date; visitorHash?: string } = {}) {
  const [row] = await (await db())
    .insert(traceFeedback)
    .values({
      associationId: t.association.id,
      batchId,
      rating: fields.rating ?? 5,
      comment: fields.comment ?? null,
      locale: "ja",
      visitorHash: fields.visitorHash ?? randomUUID(),
      createdAt: fields.createdAt ?? new Date(),
    })
    .returning();
  return row!;
}
