import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { productLines, reviewVersions } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import { ConflictError } from "@/lib/errors/domain-errors";
import { getReview } from "@/lib/reviews/get-review";
import { createLineFromIdea } from "./create-line-from-idea";
import { declineIdea } from "./decline-idea";
import { decideOnIdea } from "./decide-on-idea";
import { getIdea } from "./get-idea";
import { ideaSubject } from "./idea-access";
import { moveToSample } from "./move-to-sample";
import { proposeIdea } from "./propose-idea";
import { submitToCommittee } from "./submit-to-committee";
import { addPhoto, auditActions, editOf, ideaInput, ideaNotifications } from "./test-fixtures";
import { updateIdea } from "./update-idea";

let a: Tenant;

beforeAll(async () => {
  a = await createTenant("ideas-flow");
});

const approve = (ctx: Tenant["admin"], id: string) => decideOnIdea(ctx, id, { decision: "approve" });

async function versionsOf(id: string) {
  return (await db()).select().from(reviewVersions).where(eq(reviewVersions.subjectId, id)).orderBy(reviewVersions.version);
}

/** An idea of the producer's, made as a sample and put before the committee by the first coordinator. */
async function ideaInReview(overrides = {}) {
  const { id } = await proposeIdea(a.producer, ideaInput(overrides));
  await moveToSample(a.coordinator, id);
  await submitToCommittee(a.coordinator, id);
  return id;
}

describe("the stage path", () => {
  it("takes an idea from proposal through two approvals to a draft product line", async () => {
    const photo = await addPhoto(a.producer);
    const { id } = await proposeIdea(a.producer, ideaInput({ photoFileIds: [photo] }));
    const proposed = await getIdea(a.producer, id);
    expect(proposed).toMatchObject({ stage: "idea", version: 1, villageId: a.village.id, villageName: "Ak-Say", targetPriceMinor: 150000, currency: "KGS" });
    expect(proposed.photos.map((p) => p.id)).toEqual([photo]);

    expect(await moveToSample(a.coordinator, id, { notes: "Sample by the Ak-Say group, size 38" })).toMatchObject({ stage: "sample", version: 2 });
    expect(await submitToCommittee(a.coordinator, id)).toMatchObject({ stage: "committee_review", reviewVersion: 1, approvalsRequired: 2 });
    const [submitted] = await versionsOf(id);
    expect(submitted!.content).toEqual({
      name: "Felt slippers with shyrdak pattern",
      villageId: a.village.id,
      groupId: null,
      localMaterials: "Issyk-Kul merino wool, walnut-shell dye",
      technique: "Wet felting, shyrdak mosaic",
      intendedMarket: "JP",
      targetPriceMinor: 150000,
      currency: "KGS",
      notes: "Sample by the Ak-Say group, size 38",
      photoFileIds: [photo],
    });

    expect(await refusalOf(approve(a.coordinator, id))).toMatchObject({ key: "ownSubmission" });
    expect(await approve(a.coordinator2, id)).toMatchObject({ stage: "committee_review", approvals: 1, required: 2 });
    expect(await approve(a.admin, id)).toMatchObject({ stage: "approved", status: "approved", approvals: 2 });
    expect((await getIdea(a.producer, id)).stage).toBe("approved");
    expect(await ideaNotifications(a.producer, id)).toEqual([
      { kind: "idea.decided", params: { ideaId: id, name: "Felt slippers with shyrdak pattern", outcome: "approved", comment: null } },
    ]);

    const { lineId } = await createLineFromIdea(a.coordinator, id, { code: "felt-slip", category: "textile", unit: "pair" });
    const [line] = await (await db()).select().from(productLines).where(eq(productLines.id, lineId));
    expect(line).toMatchObject({
      associationId: a.association.id,
      code: "FELT-SLIP",
      status: "draft",
      category: "textile",
      unit: "pair",
      nameEn: "Felt slippers with shyrdak pattern",
      nameRu: "Felt slippers with shyrdak pattern",
      nameKy: "Felt slippers with shyrdak pattern",
    });
    expect((await getIdea(a.coordinator, id)).productLine).toEqual({ id: lineId, code: "FELT-SLIP" });
    expect(await refusalOf(createLineFromIdea(a.coordinator, id, { code: "FELT-SLIP-2", category: "textile", unit: "pair" }))).toMatchObject({ key: "lineAlreadyCreated" });
    expect(await auditActions(id)).toEqual([
      "idea.proposed",
      "idea.movedToSample",
      "review.submitted",
      "idea.submitted",
      "review.approved",
      "review.approved",
      "idea.approved",
      "idea.lineCreated",
    ]);
  });

  it("names the line as asked and refuses a code the catalog already uses", async () => {
    const id = await ideaInReview({ name: "Kurut gift box" });
    await approve(a.coordinator2, id);
    await approve(a.admin, id);
    await expect(createLineFromIdea(a.admin, id, { code: "FELT", category: "food", unit: "pack" })).rejects.toMatchObject({ fieldErrors: { code: "codeTaken" } });
    const { lineId } = await createLineFromIdea(a.admin, id, { code: "KURUT", category: "food", unit: "pack", nameRu: "Курут в подарочной коробке", nameKy: "" });
    const [line] = await (await db()).select().from(productLines).where(eq(productLines.id, lineId));
    expect(line).toMatchObject({ nameEn: "Kurut gift box", nameRu: "Курут в подарочной коробке", nameKy: "Kurut gift box", status: "draft" });
  });
});

describe("changes requested", () => {
  it("sends the idea back, and the edited idea goes to the committee as a new version with no approvals", async () => {
    const id = await ideaInReview();
    await approve(a.coordinator2, id);
    const requested = await decideOnIdea(a.admin, id, { decision: "request_changes", comment: "Add a size chart in centimetres." });
    expect(requested).toMatchObject({ stage: "changes_requested", status: "changes_requested" });
    expect(await ideaNotifications(a.producer, id)).toEqual([
      { kind: "idea.decided", params: expect.objectContaining({ outcome: "changes_requested", comment: "Add a size chart in centimetres." }) },
    ]);
    expect(await refusalOf(approve(a.coordinator2, id))).toBeInstanceOf(ConflictError);

    expect(await updateIdea(a.producer, id, await editOf(a.producer, id, { notes: "Sizes 36 to 42: 23 to 27 cm" }))).toMatchObject({ stage: "changes_requested", version: 2 });
    expect(await submitToCommittee(a.coordinator, id)).toMatchObject({ stage: "committee_review", reviewVersion: 2 });
    const [first, second] = await versionsOf(id);
    expect(first).toMatchObject({ version: 1, status: "superseded" });
    expect(second).toMatchObject({ version: 2, status: "in_review", content: expect.objectContaining({ notes: "Sizes 36 to 42: 23 to 27 cm" }) });
    const review = await getReview(a.coordinator2, ideaSubject(id));
    expect(review.versions.map((v) => [v.version, v.approvals])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    expect(review.canDecide).toBe(true);
    expect(await approve(a.coordinator2, id)).toMatchObject({ stage: "committee_review", approvals: 1 });
    expect(await approve(a.admin, id)).toMatchObject({ stage: "approved" });
  });

  it("withdraws the review when the idea changes under the committee, back to the sample stage", async () => {
    const id = await ideaInReview();
    await approve(a.coordinator2, id);
    expect(await updateIdea(a.producer, id, await editOf(a.producer, id, { targetPrice: "1700" }))).toMatchObject({ stage: "sample", version: 2 });
    expect((await versionsOf(id)).map((v) => v.status)).toEqual(["superseded"]);
    expect(await refusalOf(approve(a.admin, id))).toMatchObject({ key: "ideaStage" });
    await submitToCommittee(a.coordinator, id);
    expect(await approve(a.admin, id)).toMatchObject({ version: 2, approvals: 1, stage: "committee_review" });
  });

  it("keeps an unchanged save from counting as a change, and refuses a save over someone else's", async () => {
    const { id } = await proposeIdea(a.producer, ideaInput());
    const stale = await editOf(a.producer, id, { name: "Felt slippers, children's sizes" });
    expect(await updateIdea(a.producer, id, await editOf(a.producer, id))).toMatchObject({ version: 1 });
    await updateIdea(a.coordinator, id, await editOf(a.coordinator, id, { technique: "Needle felting" }));
    expect(await refusalOf(updateIdea(a.producer, id, stale))).toMatchObject({ key: "ideaChanged" });
    expect(await getIdea(a.producer, id)).toMatchObject({ technique: "Needle felting", name: "Felt slippers with shyrdak pattern", version: 2 });
    expect(await auditActions(id)).toEqual(["idea.proposed", "idea.updated"]);
  });
});

describe("declining", () => {
  it("requires a reason, withdraws an open review and tells the proposer why", async () => {
    const id = await ideaInReview();
    for (const reason of [undefined, "", "  no "]) {
      await expect(declineIdea(a.coordinator, id, { reason } as { reason: string })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["reason"] })] });
    }
    expect((await getIdea(a.coordinator, id)).stage).toBe("committee_review");
    await declineIdea(a.coordinator, id, { reason: "  Too close to the felt slippers line we already make.  " });
    expect(await getIdea(a.producer, id)).toMatchObject({ stage: "declined", declineReason: "Too close to the felt slippers line we already make." });
    expect((await versionsOf(id)).map((v) => v.status)).toEqual(["withdrawn"]);
    expect(await ideaNotifications(a.producer, id)).toEqual([
      { kind: "idea.decided", params: expect.objectContaining({ outcome: "declined", comment: "Too close to the felt slippers line we already make." }) },
    ]);
  });

  it("declines an idea at its first stage, but nothing decided already", async () => {
    const { id } = await proposeIdea(a.coordinator, ideaInput());
    await declineIdea(a.admin, id, { reason: "Not a product for the association." });
    expect(await ideaNotifications(a.coordinator, id)).toEqual([expect.objectContaining({ kind: "idea.decided" })]);
    expect(await refusalOf(declineIdea(a.admin, id, { reason: "Again" }))).toMatchObject({ key: "ideaStage" });
    const approved = await ideaInReview();
    await approve(a.coordinator2, approved);
    await approve(a.admin, approved);
    expect(await refusalOf(declineIdea(a.admin, approved, { reason: "Changed our minds" }))).toMatchObject({ key: "ideaStage" });
  });
});

describe("illegal moves", () => {
  it("refuses every transition from a stage it does not start from", async () => {
    const { id } = await proposeIdea(a.producer, ideaInput());
    const conflicts = [
      submitToCommittee(a.coordinator, id),
      decideOnIdea(a.coordinator2, id, { decision: "approve" }),
      createLineFromIdea(a.coordinator, id, { code: "NOPE", category: "craft", unit: "pcs" }),
    ];
    for (const refused of await Promise.all(conflicts.map(refusalOf))) expect(refused).toMatchObject({ key: "ideaStage" });
    await moveToSample(a.coordinator, id);
    expect(await refusalOf(moveToSample(a.coordinator, id))).toBeInstanceOf(ConflictError);
    expect(await refusalOf(createLineFromIdea(a.coordinator, id, { code: "NOPE", category: "craft", unit: "pcs" }))).toBeInstanceOf(ConflictError);
    await submitToCommittee(a.coordinator, id);
    expect(await refusalOf(submitToCommittee(a.coordinator, id))).toMatchObject({ key: "ideaStage" });
    await declineIdea(a.coordinator, id, { reason: "Materials unavailable in winter." });
    expect(await refusalOf(updateIdea(a.producer, id, await editOf(a.producer, id, { name: "Revived" })))).toMatchObject({ key: "ideaStage" });
    expect(await refusalOf(moveToSample(a.coordinator, id))).toMatchObject({ key: "ideaStage" });
    expect((await getIdea(a.coordinator, id)).stage).toBe("declined");
  });
});

/** The rejection a promise ends with, or undefined when it succeeds. */
function refusalOf(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => undefined,
    (error: unknown) => error,
  );
}
