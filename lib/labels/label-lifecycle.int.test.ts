import { beforeAll, describe, expect, it } from "vitest";
import type { Tenant } from "@/db/testing/factories";
import { ConflictError, ValidationError } from "@/lib/errors/domain-errors";
import { addAttachment, refusal } from "@/lib/reviews/test-fixtures";
import { getReview } from "@/lib/reviews/get-review";
import { commentOnLabel } from "./comment-on-label";
import { createLabelDesign } from "./create-label-design";
import { decideOnLabel } from "./decide-on-label";
import { getLabelDesign } from "./get-label-design";
import { labelSubject } from "./label-access";
import { approvedLabelFor } from "./label-gate";
import { listLabelDesigns } from "./list-label-designs";
import { retireLabelDesign } from "./retire-label-design";
import { reviseLabelDesign } from "./revise-label-design";
import { submitLabelDesign } from "./submit-label-design";
import { auditActions, draftDesign, editOf, JP_TEXTILE, JP_TEXTILE_WITHOUT_COMPOSITION, labelNotifications, reviewVersionsOf, textileTenant } from "./test-fixtures";
import { updateLabelDesign } from "./update-label-design";

let a: Tenant;

beforeAll(async () => {
  a = await textileTenant("labels-flow");
});

const approve = (ctx: Tenant["admin"], id: string) => decideOnLabel(ctx, id, { decision: "approve" });

/** A complete design submitted by the first coordinator and approved by the second and the admin. */
async function approvedDesign() {
  const id = await draftDesign(a.coordinator, a.product.id);
  await submitLabelDesign(a.coordinator, id);
  await approve(a.coordinator2, id);
  await approve(a.admin, id);
  return id;
}

describe("a design's way to approval", () => {
  it("starts a draft with the product's name and the market's origin wording", async () => {
    const { id } = await createLabelDesign(a.coordinator, { productId: a.product.id, market: "JP", kind: "hang_tag" });
    const design = await getLabelDesign(a.coordinator, id);
    expect(design).toMatchObject({ status: "draft", version: 1, market: "JP", kind: "hang_tag", revisionOf: null, createdBy: a.coordinator.userId });
    expect(design.fields).toEqual({ ja: { countryOfOrigin: "原産国：キルギス" }, en: { productName: "Felt sheep", countryOfOrigin: "Made in Kyrgyzstan" }, careSymbols: [] });
    expect(design.product).toMatchObject({ sku: "FELT-SHEEP", category: "textile", country: "KG" });
    expect(design.actions).toEqual({ edit: true, submit: false, revise: false, retire: true, print: false });
    expect(await auditActions(id)).toEqual(["label.created"]);
  });

  it("blocks submission while the fibre composition is missing, then goes through two approvals", async () => {
    const id = await draftDesign(a.coordinator, a.product.id, JP_TEXTILE_WITHOUT_COMPOSITION);
    const blocked = await refusal(submitLabelDesign(a.coordinator, id));
    expect(blocked).toBeInstanceOf(ValidationError);
    expect((blocked as ValidationError).fieldErrors).toEqual({ "fibreComposition.ja": "missing" });
    expect(await reviewVersionsOf(id)).toEqual([]);
    const draft = await getLabelDesign(a.coordinator, id);
    expect(draft).toMatchObject({ status: "draft", blockedBy: 1, actions: { submit: false } });

    const artwork = await addAttachment(a.coordinator, "label_artwork");
    await updateLabelDesign(a.coordinator, id, await editOf(a.coordinator, id, { fields: JP_TEXTILE, artworkFileIds: [artwork] }));
    expect(await getLabelDesign(a.coordinator, id)).toMatchObject({ status: "draft", version: 1, blockedBy: 0, actions: { submit: true } });
    expect(await submitLabelDesign(a.coordinator, id)).toEqual({ id, status: "in_review", version: 1, approvalsRequired: 2 });
    const [submitted] = await reviewVersionsOf(id);
    expect(submitted!.content).toEqual({
      kind: "hang_tag",
      market: "JP",
      fields: { ...JP_TEXTILE, careSymbols: [...JP_TEXTILE.careSymbols] },
      artwork: [{ fileId: artwork, name: "hang-tag-proof.pdf" }],
    });

    expect(await refusal(approve(a.coordinator, id))).toMatchObject({ key: "ownSubmission" });
    expect(await approve(a.coordinator2, id)).toMatchObject({ status: "in_review", approvals: 1, required: 2 });
    expect((await getLabelDesign(a.admin, id)).status).toBe("in_review");
    expect(await approve(a.admin, id)).toMatchObject({ status: "approved", approvals: 2 });

    const approved = await getLabelDesign(a.coordinator, id);
    expect(approved).toMatchObject({ status: "approved", version: 1, actions: { edit: false, submit: false, revise: true, retire: true, print: true } });
    expect(approved.approvedAt).toBeInstanceOf(Date);
    expect(await labelNotifications(a.coordinator, id)).toEqual([
      { kind: "label.decided", params: { designId: id, sku: "FELT-SHEEP", market: "JP", kind: "hang_tag", outcome: "approved", comment: null } },
    ]);
    expect(await auditActions(id)).toEqual([
      "label.created",
      "label.updated",
      "label.updated",
      "review.submitted",
      "label.submitted",
      "review.approved",
      "review.approved",
      "label.approved",
    ]);
  });

  it("approves exactly once when the last two approvals come at the same moment", async () => {
    const id = await draftDesign(a.coordinator, a.product.id);
    await submitLabelDesign(a.coordinator, id);
    const outcomes = await Promise.all([approve(a.coordinator2, id), approve(a.admin, id)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["approved", "in_review"]);
    expect((await getLabelDesign(a.coordinator, id)).status).toBe("approved");
    expect((await auditActions(id)).filter((action) => action === "label.approved")).toHaveLength(1);
    expect(await labelNotifications(a.coordinator, id)).toHaveLength(1);
  });

  it("freezes an approved design", async () => {
    const id = await approvedDesign();
    expect(await refusal(updateLabelDesign(a.coordinator, id, await editOf(a.coordinator, id, { fields: { ...JP_TEXTILE, ean13: "4901234567894" } })))).toMatchObject({
      key: "labelFrozen",
    });
    expect(await refusal(submitLabelDesign(a.coordinator, id))).toMatchObject({ key: "labelNotSubmittable" });
    expect(await refusal(approve(a.coordinator2, id))).toMatchObject({ key: "reviewNotOpen" });
  });
});

describe("changes during review", () => {
  it("starts a new version with no approvals when the design changes in review", async () => {
    const id = await draftDesign(a.coordinator, a.product.id);
    await submitLabelDesign(a.coordinator, id);
    await approve(a.coordinator2, id);
    const edited = await updateLabelDesign(a.coordinator, id, await editOf(a.coordinator, id, { fields: { ...JP_TEXTILE, ean13: "4901234567894" } }));
    expect(edited).toMatchObject({ status: "draft", version: 2 });
    expect((await reviewVersionsOf(id)).map((v) => [v.version, v.status])).toEqual([[1, "superseded"]]);

    expect(await submitLabelDesign(a.coordinator, id)).toMatchObject({ version: 2 });
    expect(await approve(a.admin, id)).toMatchObject({ status: "in_review", approvals: 1, required: 2 });
    expect(await approve(a.coordinator2, id)).toMatchObject({ status: "approved", approvals: 2 });
  });

  it("goes back to its creator when changes are requested, with the comment", async () => {
    const id = await draftDesign(a.coordinator, a.product.id);
    await submitLabelDesign(a.coordinator, id);
    expect(await refusal(decideOnLabel(a.admin, id, { decision: "request_changes" }))).toMatchObject({ fieldErrors: { comment: "required" } });
    expect(await decideOnLabel(a.admin, id, { decision: "request_changes", comment: "Use 羊毛? No: keep 毛, but add the phone." })).toMatchObject({
      status: "changes_requested",
    });
    expect(await getLabelDesign(a.coordinator, id)).toMatchObject({ status: "changes_requested", actions: { edit: true, submit: true } });
    expect(await labelNotifications(a.coordinator, id)).toEqual([
      {
        kind: "label.decided",
        params: { designId: id, sku: "FELT-SHEEP", market: "JP", kind: "hang_tag", outcome: "changes_requested", comment: "Use 羊毛? No: keep 毛, but add the phone." },
      },
    ]);

    const fields = { ...JP_TEXTILE, ja: { ...JP_TEXTILE.ja, labellerAddress: "東京都千代田区丸の内1-1-1 TEL 03-1234-5678" } };
    expect(await updateLabelDesign(a.coordinator, id, await editOf(a.coordinator, id, { fields }))).toMatchObject({ status: "draft", version: 2 });
    expect(await submitLabelDesign(a.coordinator, id)).toMatchObject({ version: 2 });
    expect((await reviewVersionsOf(id)).map((v) => [v.version, v.status])).toEqual([
      [1, "superseded"],
      [2, "in_review"],
    ]);
  });

  it("refuses an edit over someone else's change, and artwork the caller did not upload as artwork", async () => {
    const id = await draftDesign(a.coordinator, a.product.id);
    const stale = await editOf(a.coordinator, id);
    await updateLabelDesign(a.coordinator2, id, await editOf(a.coordinator2, id, { fields: { ...JP_TEXTILE, ean13: "4901234567894" } }));
    expect(await refusal(updateLabelDesign(a.coordinator, id, stale))).toMatchObject({ key: "labelChanged" });

    const othersUpload = await addAttachment(a.coordinator2, "label_artwork");
    const attachment = await addAttachment(a.coordinator, "review_attachment");
    for (const file of [othersUpload, attachment]) {
      const refused = await refusal(updateLabelDesign(a.coordinator, id, await editOf(a.coordinator, id, { artworkFileIds: [file] })));
      expect(refused).toMatchObject({ fieldErrors: { artworkFileIds: "artworkNotOwned" } });
    }
    expect((await getLabelDesign(a.coordinator, id)).artwork).toEqual([]);
  });

  it("keeps a comment thread on the design", async () => {
    const id = await draftDesign(a.coordinator, a.product.id);
    await submitLabelDesign(a.coordinator, id);
    await commentOnLabel(a.admin, id, { body: "Is 毛 the right term?" });
    const review = await getReview(a.coordinator, labelSubject(id));
    expect(review.comments.map((c) => [c.body, c.version])).toEqual([["Is 毛 the right term?", 1]]);
  });
});

describe("revisions", () => {
  it("copies an approved design into a draft that supersedes it once approved", async () => {
    const original = await approvedDesign();
    const { id } = await reviseLabelDesign(a.coordinator, original);
    expect(await refusal(reviseLabelDesign(a.coordinator, original))).toMatchObject({ key: "labelRevisionOpen" });
    const revision = await getLabelDesign(a.coordinator, id);
    expect(revision).toMatchObject({ status: "draft", version: 1, revisionOf: original, fields: (await getLabelDesign(a.coordinator, original)).fields });
    expect((await getLabelDesign(a.coordinator, original)).revisions).toEqual([{ id, status: "draft" }]);

    await updateLabelDesign(a.coordinator, id, await editOf(a.coordinator, id, { fields: { ...JP_TEXTILE, ean13: "4901234567894" } }));
    await submitLabelDesign(a.coordinator, id);
    await approve(a.coordinator2, id);
    expect((await approvedLabelFor(a.coordinator, a.product.id, "JP"))?.id).not.toBe(id);
    await approve(a.admin, id);

    expect((await getLabelDesign(a.coordinator, original)).status).toBe("superseded");
    expect((await getLabelDesign(a.coordinator, id)).status).toBe("approved");
    expect(await auditActions(original)).toContain("label.superseded");
    expect((await approvedLabelFor(a.coordinator, a.product.id, "JP"))?.id).toBe(id);
    expect(await refusal(retireLabelDesign(a.coordinator, original))).toMatchObject({ key: "labelClosed" });
  });

  it("retires a design, withdrawing its open review", async () => {
    const id = await draftDesign(a.coordinator, a.product.id, JP_TEXTILE, "care_label");
    await submitLabelDesign(a.coordinator, id);
    expect(await retireLabelDesign(a.coordinator, id)).toEqual({ id, status: "retired" });
    expect((await reviewVersionsOf(id)).map((v) => v.status)).toEqual(["withdrawn"]);
    expect(await refusal(retireLabelDesign(a.coordinator, id))).toBeInstanceOf(ConflictError);
  });
});

describe("the list", () => {
  it("filters by status and market, newest change first", async () => {
    const id = await draftDesign(a.coordinator, a.product.id);
    const { id: kg } = await createLabelDesign(a.coordinator, { productId: a.product.id, market: "KG", kind: "sticker" });
    const drafts = await listLabelDesigns(a.coordinator, { status: "draft" });
    expect(drafts.items.map((i) => i.id).slice(0, 2)).toEqual([kg, id]);
    expect(drafts.items.every((i) => i.status === "draft")).toBe(true);
    expect((await listLabelDesigns(a.coordinator, { market: "KG" })).items.map((i) => i.id)).toEqual([kg]);
    expect((await listLabelDesigns(a.coordinator, { market: "KG" })).items[0]).toMatchObject({ productName: "Felt sheep", sku: "FELT-SHEEP", kind: "sticker" });
  });
});
