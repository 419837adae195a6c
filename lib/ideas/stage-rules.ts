import type { Ctx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { ConflictError } from "@/lib/errors/domain-errors";
import type { IdeaStage } from "./options";

/** Where each transition may start from; anything else is refused with ConflictError("ideaStage"). */
export const TRANSITIONS = {
  edit: ["idea", "sample", "committee_review", "changes_requested"],
  moveToSample: ["idea"],
  submitToCommittee: ["sample", "changes_requested"],
  decide: ["committee_review"],
  decline: ["idea", "sample", "committee_review", "changes_requested"],
  createLine: ["approved"],
} as const satisfies Record<string, readonly IdeaStage[]>;

export type IdeaTransition = keyof typeof TRANSITIONS;

export function allows(transition: IdeaTransition, stage: IdeaStage): boolean {
  return (TRANSITIONS[transition] as readonly IdeaStage[]).includes(stage);
}

export function assertStage(transition: IdeaTransition, stage: IdeaStage): void {
  if (!allows(transition, stage)) throw new ConflictError("ideaStage");
}

/** What the caller may do with an idea now: the buttons its page shows. */
export function ideaActions(ctx: Ctx, idea: { stage: IdeaStage; proposedBy: string; productLineId: string | null }) {
  const manage = can(ctx, "idea.manage");
  const mayEdit = manage || (can(ctx, "idea.propose") && idea.proposedBy === ctx.userId);
  return {
    edit: mayEdit && allows("edit", idea.stage),
    moveToSample: manage && allows("moveToSample", idea.stage),
    submitToCommittee: manage && allows("submitToCommittee", idea.stage),
    decline: manage && allows("decline", idea.stage),
    createLine: manage && can(ctx, "catalog.manage") && allows("createLine", idea.stage) && !idea.productLineId,
  };
}

export type IdeaActions = ReturnType<typeof ideaActions>;
