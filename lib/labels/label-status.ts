import { ConflictError } from "@/lib/errors/domain-errors";
import type { LabelStatus } from "./label-fields";

type LabelStep = "edit" | "submit" | "decide" | "revise" | "retire";

/** The statuses each step starts from; an approved design is frozen, and changes go into a revision. */
const FROM: Record<LabelStep, readonly LabelStatus[]> = {
  edit: ["draft", "in_review", "changes_requested"],
  submit: ["draft", "changes_requested"],
  decide: ["in_review"],
  revise: ["approved"],
  retire: ["draft", "in_review", "changes_requested", "approved"],
};

/** The message key a refused step answers with. */
const REFUSAL: Record<LabelStep, string> = {
  edit: "labelFrozen",
  submit: "labelNotSubmittable",
  decide: "reviewNotOpen",
  revise: "labelReviseApprovedOnly",
  retire: "labelClosed",
};

export function labelStepAllowed(step: LabelStep, status: LabelStatus): boolean {
  return FROM[step].includes(status);
}

export function assertLabelStep(step: LabelStep, status: LabelStatus): void {
  if (!labelStepAllowed(step, status)) throw new ConflictError(REFUSAL[step]);
}
