import { insertCommentSchema, parseInput, recordDecisionSchema, type InsertCommentInput, type RecordDecisionInput } from "./schemas";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

/** The decision form of the review panel (fields `decision`, `comment`), checked. */
export function decisionFromForm(formData: FormData): RecordDecisionInput {
  return parseInput(recordDecisionSchema, { decision: text(formData, "decision"), comment: text(formData, "comment") });
}

/** A comment or reply form of the review panel (fields `body`, `parentId`, repeated `fileIds`), checked. */
export function commentFromForm(formData: FormData): InsertCommentInput {
  const parentId = text(formData, "parentId");
  return parseInput(insertCommentSchema, {
    body: text(formData, "body"),
    parentId: parentId || undefined,
    fileIds: formData.getAll("fileIds").filter((v) => typeof v === "string"),
  });
}
