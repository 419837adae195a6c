import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { createTenant, FELT_CHECKLIST_ITEMS, publishChecklist, type Tenant } from "@/db/testing/factories";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { checklistVersion } from "./checklist-version";
import { currentChecklist, currentChecklistIn } from "./current-checklist";
import { getChecklistOverview } from "./get-checklist-overview";
import { getDraftChecklist } from "./get-draft-checklist";
import { publishDraft } from "./publish-draft";
import { saveDraftItems } from "./save-draft-items";
import type { ChecklistItemInput } from "./schemas";
import { startDraft } from "./start-draft";

let a: Tenant;
let b: Tenant;
let draftId: string;
let publishedId: string;

beforeAll(async () => {
  [a, b] = await Promise.all([createTenant("rules-a"), createTenant("rules-b")]);
  publishedId = (await publishChecklist(a, a.product.lineId)).id;
  draftId = (await startDraft(a.coordinator, a.product.lineId)).id;
});

const labels = { labelKy: "Текшерүү", labelRu: "Проверка", labelEn: "Check" };
const fieldErrorsFor = (items: ChecklistItemInput[]) => saveDraftItems(a.coordinator, draftId, items).then(() => ({}), (e: { fieldErrors?: unknown }) => e.fieldErrors);

describe("item rules per kind", () => {
  it("needs a unit and a range for a measurement, lowest first", async () => {
    expect(await fieldErrorsFor([{ kind: "measurement", defectClass: "major", ...labels, minValue: "", maxValue: "" }])).toEqual({
      "items.0.unit": "required",
      "items.0.minValue": "rangeNeeded",
    });
    expect(await fieldErrorsFor([{ kind: "measurement", defectClass: "major", ...labels, minValue: 5, maxValue: 4, unit: "g" }])).toEqual({
      "items.0.maxValue": "rangeOrder",
    });
    expect(await fieldErrorsFor([{ kind: "measurement", defectClass: "major", ...labels, minValue: "abc", unit: "g" }])).toEqual({
      "items.0.minValue": "invalidType",
    });
    expect(await fieldErrorsFor([{ kind: "measurement", defectClass: "minor", ...labels, maxValue: "2.5", unit: "kg" }])).toEqual({});
  });

  it("needs a defect class where defects are counted and refuses one on evidence", async () => {
    expect(await fieldErrorsFor([{ kind: "yes_no", ...labels }, { kind: "defect_count", defectClass: "", ...labels }])).toEqual({
      "items.0.defectClass": "required",
      "items.1.defectClass": "required",
    });
    expect(await fieldErrorsFor([{ kind: "text", defectClass: "minor", ...labels }, { kind: "photo", ...labels }])).toEqual({
      "items.0.defectClass": "noDefectClass",
    });
  });

  it("needs labels in all three languages and shows kind rules beside them", async () => {
    expect(await fieldErrorsFor([{ kind: "measurement", defectClass: "major", ...labels, labelRu: " ", minValue: 1 }])).toEqual({
      "items.0.labelRu": "required",
      "items.0.unit": "required",
    });
  });

  it("keeps a range only on measurements", async () => {
    await saveDraftItems(a.coordinator, draftId, [{ kind: "yes_no", defectClass: "critical", ...labels, minValue: 1, maxValue: 2, unit: "mm" }]);
    const { draft } = await getDraftChecklist(a.coordinator, a.product.lineId);
    expect(draft!.items).toEqual([expect.objectContaining({ kind: "yes_no", minValue: null, maxValue: null, unit: null, guidanceEn: "" })]);
  });
});

describe("who may read and change checklists", () => {
  it("leaves changes to coordinators and admins", async () => {
    for (const ctx of [a.producer, a.ministry]) {
      await expect(startDraft(ctx, a.product.lineId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(saveDraftItems(ctx, draftId, FELT_CHECKLIST_ITEMS)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(publishDraft(ctx, draftId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getDraftChecklist(ctx, a.product.lineId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getChecklistOverview(ctx, a.product.lineId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(currentChecklist(ctx, a.product.lineId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect((await db()).transaction((tx) => checklistVersion(tx, ctx, publishedId))).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await currentChecklist(a.admin, a.product.lineId)).toMatchObject({ id: publishedId });
  });

  it("answers not found for another association's line and templates", async () => {
    const intruder = b.coordinator;
    await expect(getChecklistOverview(intruder, a.product.lineId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(currentChecklist(intruder, a.product.lineId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDraftChecklist(intruder, a.product.lineId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(startDraft(intruder, a.product.lineId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveDraftItems(intruder, draftId, FELT_CHECKLIST_ITEMS)).rejects.toBeInstanceOf(NotFoundError);
    await expect(publishDraft(intruder, draftId)).rejects.toBeInstanceOf(NotFoundError);
    const database = await db();
    await expect(database.transaction((tx) => checklistVersion(tx, intruder, publishedId))).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.transaction((tx) => currentChecklistIn(tx, intruder, a.product.lineId))).toBeNull();
    await expect(getChecklistOverview(intruder, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    expect(await getChecklistOverview(b.coordinator, b.product.lineId)).toMatchObject({ versions: [], draft: null, nextVersion: 1 });
  });
});
