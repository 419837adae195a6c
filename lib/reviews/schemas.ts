import { ValidationError } from "@/lib/errors/domain-errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { wholeNumber } from "@/lib/validation/numbers";
import { z } from "@/lib/validation/zod-messages";

/** Roles an association may let review; producers and the ministry never decide. */
export const REVIEWER_ROLES = ["coordinator", "admin"] as const;
export type ReviewerRole = (typeof REVIEWER_ROLES)[number];

export const MAX_COMMENT_LENGTH = 4000;
export const MAX_ATTACHMENTS = 10;

const distinct = (list: readonly string[]) => new Set(list).size === list.length;

export const recordDecisionSchema = z
  .object({
    decision: z.enum(["approve", "request_changes"]),
    comment: z.string().trim().max(MAX_COMMENT_LENGTH).optional(),
  })
  .refine((d) => d.decision === "approve" || Boolean(d.comment), { path: ["comment"], message: "required" });
export type RecordDecisionInput = z.input<typeof recordDecisionSchema>;

export const insertCommentSchema = z.object({
  body: z.string().trim().min(1).max(MAX_COMMENT_LENGTH),
  parentId: z.uuid().optional(),
  fileIds: z.array(z.uuid()).max(MAX_ATTACHMENTS).refine(distinct, { message: "invalid" }).default([]),
});
export type InsertCommentInput = z.input<typeof insertCommentSchema>;

export const reviewSettingsSchema = z.object({
  approvalsRequired: wholeNumber(1, 9),
  reviewerRoles: z.array(z.enum(REVIEWER_ROLES)).min(1, "reviewerRoleRequired").refine(distinct, { message: "invalid" }),
});
export type ReviewSettingsInput = z.input<typeof reviewSettingsSchema>;
export type ReviewSettings = z.output<typeof reviewSettingsSchema>;

/** Parses user input; what is wrong comes back as a ValidationError keyed by field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
  return result.data;
}
