import { z } from "zod";
import { IDEA_OUTCOMES } from "@/lib/ideas/options";
import { OUTCOMES } from "@/lib/inspections/outcome";
import { LABEL_KINDS } from "@/lib/labels/label-fields";

const inspectionDecidedParamsSchema = z.object({
  lotCode: z.string().min(1),
  outcome: z.enum(OUTCOMES),
  // Null for rework: it decides no quantities yet.
  acceptedQuantity: z.number().int().nonnegative().nullable(),
  rejectedQuantity: z.number().int().nonnegative().nullable(),
  remarks: z.string().nullable(),
  batchId: z.uuid(),
});

const ideaDecidedParamsSchema = z.object({
  ideaId: z.uuid(),
  name: z.string().min(1),
  outcome: z.enum(IDEA_OUTCOMES),
  // The reviewer's comment on requested changes, or the reason for declining.
  comment: z.string().nullable(),
});

const labelDecidedParamsSchema = z.object({
  designId: z.uuid(),
  sku: z.string().min(1),
  market: z.string().min(1),
  kind: z.enum(LABEL_KINDS),
  outcome: z.enum(["approved", "changes_requested"]),
  // The reviewer's comment when changes are requested.
  comment: z.string().nullable(),
});

/**
 * What a notification says, by kind, with the params its text is rendered from. Add a kind here
 * and the renderer's switch stops compiling until it renders the new one.
 */
export const notificationContentSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("inspection.decided"), params: inspectionDecidedParamsSchema }),
  z.object({ kind: z.literal("idea.decided"), params: ideaDecidedParamsSchema }),
  z.object({ kind: z.literal("label.decided"), params: labelDecidedParamsSchema }),
]);

export type NotificationContent = z.infer<typeof notificationContentSchema>;
export type NotificationKind = NotificationContent["kind"];
export type InspectionDecidedParams = z.infer<typeof inspectionDecidedParamsSchema>;
export type IdeaDecidedParams = z.infer<typeof ideaDecidedParamsSchema>;
export type LabelDecidedParams = z.infer<typeof labelDecidedParamsSchema>;

/** The record a notification is about, kept for later lookups (not for its text). */
export type NotificationSubject = { entityType: string; entityId: string };
