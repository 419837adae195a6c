import { fold, toLatin } from "@/lib/members/search-key";

export type VillageNames = { id: string; nameEn: string; nameRu: string; nameKy: string };

export type VillageMatch = { id: string } | { unknown: true; suggestion?: string } | { ambiguous: true };

/** Compared in one Latin spelling without case, accents, spaces or hyphens: "Ак-Сай", "ak say" and "Aksai" are one name. */
function nameKey(name: string): string {
  return toLatin(name).replace(/[^a-z0-9]/g, "");
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const MAX_SUGGESTION_DISTANCE = 2;
const CYRILLIC = /\p{Script=Cyrillic}/u;

type Spelling = { key: string; name: string; cyrillic: boolean };

/**
 * The registry name nearest to an unknown one, within two edits. Ties go to the name written in
 * the user's script and then to the one nearest in that script ("Боконбаева" → "Боконбаево",
 * not the Kyrgyz "Бөкөнбаев", though both are one edit away in Latin).
 */
function closest(raw: string, key: string, spellings: readonly Spelling[]): { name: string; distance: number } | undefined {
  const cyrillic = CYRILLIC.test(raw);
  let best: { name: string; distance: number; rank: number } | undefined;
  for (const spelling of spellings) {
    const distance = editDistance(key, spelling.key);
    if (distance > MAX_SUGGESTION_DISTANCE) continue;
    const rank = distance * 1000 + (spelling.cyrillic === cyrillic ? 0 : 100) + Math.min(editDistance(fold(raw), fold(spelling.name)), 99);
    if (!best || rank < best.rank) best = { name: spelling.name, distance, rank };
  }
  return best;
}

/**
 * Finds a village of the registry by its name in any of its three languages. An unknown name
 * gets the closest registry name as a suggestion when it is a likely typo (at most two edits).
 */
export function villageMatcher(villages: readonly VillageNames[]): (raw: string) => VillageMatch {
  const byKey = new Map<string, Set<string>>();
  const spellings: Spelling[] = [];
  for (const village of villages) {
    for (const name of [village.nameKy, village.nameRu, village.nameEn]) {
      const key = nameKey(name);
      byKey.set(key, (byKey.get(key) ?? new Set()).add(village.id));
      spellings.push({ key, name, cyrillic: CYRILLIC.test(name) });
    }
  }
  const cache = new Map<string, VillageMatch>();
  const match = (raw: string): VillageMatch => {
    const key = nameKey(raw);
    const ids = byKey.get(key);
    if (ids?.size === 1) return { id: [...ids][0]! };
    if (ids) return { ambiguous: true };
    const suggestion = closest(raw, key, spellings);
    // Two edits turn any short name into another: suggest only where the name is long enough to tell.
    return suggestion && key.length > suggestion.distance * 2 ? { unknown: true, suggestion: suggestion.name } : { unknown: true };
  };
  return (raw) => {
    const known = cache.get(raw);
    if (known) return known;
    const result = match(raw);
    cache.set(raw, result);
    return result;
  };
}
