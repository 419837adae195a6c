import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { auditEvents, notifications, productLines, reviewVersions } from "@/db/schema";
import { createTenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { createLabelDesign } from "./create-label-design";
import { getLabelDesign } from "./get-label-design";
import type { LabelFieldsInput } from "./label-fields";
import type { UpdateLabelDesignInput } from "./schemas";
import { updateLabelDesign } from "./update-label-design";

/** A tenant whose felt line is a textile line (scarves), so Japan's textile labelling rules apply. */
export async function textileTenant(label?: string) {
  const t = await createTenant(label);
  await (await db()).update(productLines).set({ category: "textile" }).where(eq(productLines.id, t.product.lineId));
  return t;
}

/** A Japan hang tag for a wool scarf that meets every rule, but for the fibre composition left out. */
export const JP_TEXTILE_WITHOUT_COMPOSITION = {
  ja: {
    productName: "フェルトのマフラー",
    countryOfOrigin: "原産国：キルギス",
    labellerName: "株式会社イシククル商事",
    labellerAddress: "東京都千代田区丸の内1-1-1",
  },
  en: { productName: "Felt sheep", countryOfOrigin: "Made in Kyrgyzstan" },
  ean13: "4701234567890",
  careSymbols: ["110", "200", "420", "510", "600"],
} satisfies LabelFieldsInput;

export const JP_TEXTILE = { ...JP_TEXTILE_WITHOUT_COMPOSITION, ja: { ...JP_TEXTILE_WITHOUT_COMPOSITION.ja, fibreComposition: "毛 100%" } } satisfies LabelFieldsInput;

/** The design as it stands, as its edit form would send it, with the changes given. */
export async function editOf(ctx: Ctx, designId: string, changes: Partial<UpdateLabelDesignInput> = {}): Promise<UpdateLabelDesignInput> {
  const design = await getLabelDesign(ctx, designId);
  return { fields: design.fields, artworkFileIds: design.artwork.map((a) => a.id), expectedUpdatedAt: design.updatedAt.toISOString(), ...changes };
}

/** A Japan hang tag of the tenant's product drafted by `ctx` with the given fields. */
export async function draftDesign(ctx: Ctx, productId: string, fields: LabelFieldsInput = JP_TEXTILE, kind: "hang_tag" | "care_label" = "hang_tag") {
  const { id } = await createLabelDesign(ctx, { productId, market: "JP", kind });
  await updateLabelDesign(ctx, id, await editOf(ctx, id, { fields }));
  return id;
}

export async function reviewVersionsOf(designId: string) {
  return (await db()).select().from(reviewVersions).where(eq(reviewVersions.subjectId, designId)).orderBy(reviewVersions.version);
}

export async function auditActions(designId: string): Promise<string[]> {
  const rows = await (await db()).select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, designId)).orderBy(auditEvents.id);
  return rows.map((r) => r.action);
}

export async function labelNotifications(ctx: Ctx, designId: string) {
  return (await db())
    .select({ kind: notifications.kind, params: notifications.params })
    .from(notifications)
    .where(and(eq(notifications.userId, ctx.userId), eq(notifications.entityId, designId)))
    .orderBy(notifications.createdAt);
}
