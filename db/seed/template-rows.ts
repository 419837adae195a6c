import type { checklistItems, checklistTemplates } from "@/db/schema";
import { dayNumber, momentOn } from "./calendar";
import { CHECKLISTS, type ItemDef } from "./checklists";
import type { Rng } from "./random";

type TemplateRow = typeof checklistTemplates.$inferInsert;
type ItemRow = typeof checklistItems.$inferInsert;

export type SeedItem = { id: string; def: ItemDef };

/** A checklist version as a draft row with its items, and how it gets published. */
export type SeedTemplate = {
  row: TemplateRow;
  itemRows: ItemRow[];
  items: SeedItem[];
  publishedBy: string;
  publishedAt: Date;
};

/**
 * Every published version of every line's checklist. Versions are written by the association's
 * coordinators in turn, a week before they are published.
 */
export function buildTemplates(
  rng: Rng,
  associationId: string,
  lines: readonly { id: string; code: string }[],
  authors: readonly string[],
  utcOffset: number,
): Map<string, SeedTemplate[]> {
  const byLine = new Map<string, SeedTemplate[]>();
  for (const line of lines) {
    const versions = CHECKLISTS[line.code];
    if (!versions) throw new Error(`No checklist for line ${line.code}`);
    byLine.set(
      line.code,
      versions.map(({ publishedOn, items: defs }, index) => {
        const author = authors[index % authors.length]!;
        const day = dayNumber(publishedOn);
        const id = rng.uuid();
        const items = defs.map((def) => ({ id: rng.uuid(), def }));
        return {
          row: {
            associationId,
            id,
            lineId: line.id,
            version: index + 1,
            status: "draft",
            createdBy: author,
            createdAt: momentOn(day - 7, 10, 0, utcOffset),
          },
          itemRows: items.map(({ id: itemId, def }, position) => ({
            associationId,
            id: itemId,
            templateId: id,
            position: position + 1,
            kind: def.kind,
            defectClass: def.defectClass,
            labelEn: def.label.en,
            labelRu: def.label.ru,
            labelKy: def.label.ky,
            guidanceEn: def.guidance?.en ?? "",
            guidanceRu: def.guidance?.ru ?? "",
            guidanceKy: def.guidance?.ky ?? "",
            minValue: def.range?.min ?? null,
            maxValue: def.range?.max ?? null,
            unit: def.range?.unit ?? null,
          })),
          items,
          publishedBy: author,
          publishedAt: momentOn(day, 11, 0, utcOffset),
        };
      }),
    );
  }
  return byLine;
}

/** The version in force at `moment`: the latest one published by then. */
export function templateAt(versions: readonly SeedTemplate[], moment: Date): SeedTemplate {
  const inForce = versions.filter((t) => t.publishedAt <= moment).at(-1);
  if (!inForce) throw new Error(`No checklist published by ${moment.toISOString()}`);
  return inForce;
}
