import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, checklistTemplates } from "@/db/schema";
import { createTenant, FELT_CHECKLIST_ITEMS, publishChecklist, type Tenant } from "@/db/testing/factories";
import { ConflictError } from "@/lib/errors/domain-errors";
import { checklistVersion } from "./checklist-version";
import { currentChecklist } from "./current-checklist";
import { getChecklistOverview } from "./get-checklist-overview";
import { publishDraft } from "./publish-draft";
import { saveDraftItems } from "./save-draft-items";
import { startDraft } from "./start-draft";

let a: Tenant;
let lineId: string;

beforeAll(async () => {
  a = await createTenant("versions");
  lineId = a.product.lineId;
});

const readVersion = async (ctx: Tenant["coordinator"], templateId: string) => (await db()).transaction((tx) => checklistVersion(tx, ctx, templateId));
const labels = (items: readonly { labelEn: string }[]) => items.map((i) => i.labelEn);

describe("checklist versions", () => {
  let v1: string;

  it("starts, saves and publishes version 1", async () => {
    const draft = await startDraft(a.coordinator, lineId);
    expect(draft.version).toBe(1);
    expect(await startDraft(a.coordinator2, lineId)).toEqual(draft);
    await saveDraftItems(a.coordinator, draft.id, []);
    await expect(publishDraft(a.coordinator, draft.id)).rejects.toMatchObject({ key: "checklistEmpty" });
    expect(await saveDraftItems(a.coordinator, draft.id, FELT_CHECKLIST_ITEMS)).toMatchObject({ version: 1, itemCount: 5 });
    expect(await publishDraft(a.coordinator, draft.id)).toEqual({ id: draft.id, lineId, version: 1 });
    v1 = draft.id;

    const current = await currentChecklist(a.coordinator, lineId);
    expect(current).toMatchObject({ id: v1, version: 1, status: "published" });
    expect(current!.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5]);
    expect(current!.items[1]).toMatchObject({ kind: "measurement", defectClass: "major", minValue: 95, maxValue: 105, unit: "mm" });
    expect(current!.items[3]).toMatchObject({ kind: "photo", defectClass: null, unit: null, guidanceRu: "" });
  });

  it("refuses to change a published version, and the database refuses it too", async () => {
    await expect(saveDraftItems(a.coordinator, v1, FELT_CHECKLIST_ITEMS)).rejects.toMatchObject({ key: "checklistPublished" });
    await expect(publishDraft(a.coordinator, v1)).rejects.toBeInstanceOf(ConflictError);
    const database = await db();
    const frozen = [
      sql`UPDATE checklist_items SET label_en = 'changed' WHERE template_id = ${v1}`,
      sql`DELETE FROM checklist_items WHERE template_id = ${v1}`,
      sql`INSERT INTO checklist_items (association_id, template_id, position, kind, label_en, label_ru, label_ky)
          VALUES (${a.association.id}, ${v1}, 9, 'text', 'x', 'x', 'x')`,
      sql`UPDATE checklist_templates SET status = 'draft' WHERE id = ${v1}`,
      sql`DELETE FROM checklist_templates WHERE id = ${v1}`,
    ];
    for (const statement of frozen) {
      await expect(database.execute(statement)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/frozen/) } });
    }
    expect(labels((await readVersion(a.coordinator, v1)).items)).toEqual(labels(FELT_CHECKLIST_ITEMS));
  });

  it("edits a published checklist as the next version and keeps the old one readable", async () => {
    const v2 = await startDraft(a.coordinator2, lineId);
    expect(v2.version).toBe(2);
    const copied = await readVersion(a.coordinator, v2.id);
    expect(copied.status).toBe("draft");
    expect(labels(copied.items)).toEqual(labels(FELT_CHECKLIST_ITEMS));
    const v1Items = (await readVersion(a.coordinator, v1)).items;
    expect(copied.items.map((i) => i.id)).not.toContain(v1Items[0]!.id);

    const [critical, length, , photo] = FELT_CHECKLIST_ITEMS;
    await saveDraftItems(a.coordinator2, v2.id, [{ ...length!, minValue: 90, maxValue: "110" }, critical!, photo!]);
    await publishDraft(a.coordinator2, v2.id);

    const current = await currentChecklist(a.coordinator, lineId);
    expect(current).toMatchObject({ id: v2.id, version: 2 });
    expect(current!.items.map((i) => [i.position, i.labelEn, i.minValue, i.maxValue])).toEqual([
      [1, "Length", 90, 110],
      [2, "No sharp parts or needles left", null, null],
      [3, "Photo of the sample", null, null],
    ]);
    expect(labels((await readVersion(a.coordinator, v1)).items)).toEqual(labels(FELT_CHECKLIST_ITEMS));

    const overview = await getChecklistOverview(a.coordinator, lineId);
    expect(overview).toMatchObject({ line: { id: lineId, code: "FELT", name: "Felt" }, draft: null, nextVersion: 3 });
    expect(overview.versions.map((v) => [v.version, v.status, v.itemCount, v.publishedByName])).toEqual([
      [2, "published", 3, a.coordinator2.name],
      [1, "published", 5, a.coordinator.name],
    ]);

    const events = await (await db()).select().from(auditEvents).where(eq(auditEvents.entityId, v2.id)).orderBy(auditEvents.createdAt);
    expect(events.map((e) => e.action)).toEqual(["checklist.draftStarted", "checklist.draftSaved", "checklist.published"]);
    expect(events[2]!.after).toMatchObject({ version: 2, itemCount: 3 });
  });

  it("shows the open draft in the overview", async () => {
    const v3 = await startDraft(a.admin, lineId);
    expect(await getChecklistOverview(a.coordinator, lineId)).toMatchObject({ draft: { id: v3.id, version: 3, status: "draft", itemCount: 3 }, nextVersion: 4 });
  });
});

describe("starting a draft at the same time", () => {
  it("gives both coordinators the same single draft", async () => {
    const c = await createTenant("race");
    await publishChecklist(c, c.product.lineId);
    const [first, second] = await Promise.all([startDraft(c.coordinator, c.product.lineId), startDraft(c.coordinator2, c.product.lineId)]);
    expect(first).toEqual(second);
    expect(first.version).toBe(2);
    const drafts = await (await db())
      .select()
      .from(checklistTemplates)
      .where(and(eq(checklistTemplates.associationId, c.association.id), eq(checklistTemplates.status, "draft")));
    expect(drafts).toHaveLength(1);
    expect((await readVersion(c.coordinator, first.id)).items).toHaveLength(FELT_CHECKLIST_ITEMS.length);
  });
});
