import { describe, expect, it } from "vitest";
import { ideaStageEnum } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/roles";
import { ConflictError } from "@/lib/errors/domain-errors";
import { IDEA_STAGES, type IdeaStage } from "./options";
import { assertStage, ideaActions } from "./stage-rules";

const as = (role: Role, userId = `${role}-1`): Ctx => ({ userId, associationId: "a", role, locale: "en", name: role, memberId: null });
const idea = (stage: IdeaStage, extra: { proposedBy?: string; productLineId?: string | null } = {}) => ({ stage, proposedBy: "producer-1", productLineId: null, ...extra });
const allowedStages = (pick: (stage: IdeaStage) => boolean) => IDEA_STAGES.filter(pick);

describe("ideaActions", () => {
  it("offers a coordinator each step only at the stages it starts from", () => {
    const coordinator = as("coordinator");
    expect(allowedStages((s) => ideaActions(coordinator, idea(s)).moveToSample)).toEqual(["idea"]);
    expect(allowedStages((s) => ideaActions(coordinator, idea(s)).submitToCommittee)).toEqual(["sample", "changes_requested"]);
    expect(allowedStages((s) => ideaActions(coordinator, idea(s)).decline)).toEqual(["idea", "sample", "committee_review", "changes_requested"]);
    expect(allowedStages((s) => ideaActions(coordinator, idea(s)).edit)).toEqual(["idea", "sample", "committee_review", "changes_requested"]);
    expect(allowedStages((s) => ideaActions(coordinator, idea(s)).createLine)).toEqual(["approved"]);
    expect(ideaActions(coordinator, idea("approved", { productLineId: "line-1" })).createLine).toBe(false);
  });

  it("lets a producer edit only their own undecided ideas and take no step", () => {
    const producer = as("producer");
    expect(ideaActions(producer, idea("sample"))).toEqual({ edit: true, moveToSample: false, submitToCommittee: false, decline: false, createLine: false });
    expect(ideaActions(producer, idea("sample", { proposedBy: "producer-2" })).edit).toBe(false);
    expect(ideaActions(producer, idea("approved")).edit).toBe(false);
    expect(Object.values(ideaActions(as("ministry"), idea("idea")))).toEqual([false, false, false, false, false]);
  });
});

describe("IDEA_STAGES", () => {
  it("lists the database's stages", () => {
    expect(IDEA_STAGES).toEqual(ideaStageEnum.enumValues);
  });
});

describe("assertStage", () => {
  it("refuses a transition from a stage it does not start from", () => {
    expect(() => assertStage("decide", "committee_review")).not.toThrow();
    expect(() => assertStage("decide", "sample")).toThrow(ConflictError);
    expect(() => assertStage("moveToSample", "declined")).toThrow(expect.objectContaining({ key: "ideaStage" }));
  });
});
