import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { auditEvents, files, notifications } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import type { FilePurpose } from "@/lib/uploads/purposes";
import { ideaFormValues, toIdeaInput } from "./form-values";
import { getIdea } from "./get-idea";
import type { ProposeIdeaInput, UpdateIdeaInput } from "./schemas";

export function ideaInput(overrides: Partial<ProposeIdeaInput> = {}): ProposeIdeaInput {
  return {
    name: "Felt slippers with shyrdak pattern",
    localMaterials: "Issyk-Kul merino wool, walnut-shell dye",
    technique: "Wet felting, shyrdak mosaic",
    intendedMarket: "JP",
    targetPrice: "1500",
    currency: "KGS",
    notes: "Sizes 36 to 42",
    photoFileIds: [],
    ...overrides,
  };
}

/** The idea as it stands, as its edit form would send it, with the changes given. */
export async function editOf(ctx: Ctx, ideaId: string, changes: Partial<UpdateIdeaInput> = {}): Promise<UpdateIdeaInput> {
  const idea = await getIdea(ctx, ideaId);
  return { ...toIdeaInput(ideaFormValues(idea)), expectedUpdatedAt: idea.updatedAt.toISOString(), ...changes };
}

/** A photo as the upload module would leave it, uploaded by `ctx`. */
export async function addPhoto(ctx: Ctx, purpose: FilePurpose = "idea_photo"): Promise<string> {
  const [file] = await (await db())
    .insert(files)
    .values({
      associationId: ctx.associationId,
      storageKey: `test/${randomUUID()}.jpg`,
      purpose,
      contentType: "image/jpeg",
      byteSize: 4096,
      sha256: "2".repeat(64),
      uploadedBy: ctx.userId,
    })
    .returning({ id: files.id });
  return file!.id;
}

export async function auditActions(ideaId: string): Promise<string[]> {
  const rows = await (await db()).select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, ideaId)).orderBy(auditEvents.id);
  return rows.map((r) => r.action);
}

export async function ideaNotifications(ctx: Ctx, ideaId: string) {
  return (await db())
    .select({ kind: notifications.kind, params: notifications.params })
    .from(notifications)
    .where(and(eq(notifications.userId, ctx.userId), eq(notifications.entityId, ideaId)))
    .orderBy(notifications.createdAt);
}
