/** How a page names what a version's content refers to, in the reader's language. */
export type ContentReaders = {
  village: (id: string) => string | null;
  group: (id: string) => string | null;
  market: (code: string) => string;
  money: (minor: number, currency: string) => string;
};

const text = (value: unknown) => (typeof value === "string" ? value : null);

/**
 * A review version of an idea as people read it: places by name, the price as money, photos by a
 * short reference. The stored version keeps ids and minor units; only the display changes.
 */
export function readableIdeaContent(content: Record<string, unknown>, read: ContentReaders): Record<string, unknown> {
  const villageId = text(content.villageId);
  const groupId = text(content.groupId);
  const market = text(content.intendedMarket);
  const currency = text(content.currency);
  const price = typeof content.targetPriceMinor === "number" && currency ? read.money(content.targetPriceMinor, currency) : null;
  const photos = Array.isArray(content.photoFileIds) ? content.photoFileIds.map((id) => String(id).slice(0, 8)) : [];
  return {
    name: text(content.name),
    village: villageId ? (read.village(villageId) ?? villageId) : null,
    group: groupId ? (read.group(groupId) ?? groupId) : null,
    localMaterials: text(content.localMaterials),
    technique: text(content.technique),
    intendedMarket: market ? read.market(market) : null,
    targetPrice: price,
    notes: text(content.notes),
    photos,
  };
}

/** The content paths readableIdeaContent gives, each named by a message under `ideas.fields`. */
export const READABLE_PATHS = ["name", "village", "group", "localMaterials", "technique", "intendedMarket", "targetPrice", "notes", "photos"] as const;
