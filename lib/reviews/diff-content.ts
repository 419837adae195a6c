export type ContentChange = { path: string; before: string | null; after: string | null };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A JSON leaf as readers see it; nothing, an empty text and an empty list all read as "not given". */
function asText(value: unknown): string | null {
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((v) => asText(v) ?? "").join(", ");
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function flatten(content: Record<string, unknown>, prefix: string, into: Map<string, string | null>): Map<string, string | null> {
  for (const [key, value] of Object.entries(content)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value)) flatten(value, path, into);
    else into.set(path, asText(value));
  }
  return into;
}

/**
 * Field-by-field differences between two versions' content: nested objects become dotted paths
 * ("fields.fibreComposition.ja"), arrays are compared whole and shown as joined text.
 * Paths keep the order of `after`, then those only `before` had.
 */
export function diffContent(before: Record<string, unknown>, after: Record<string, unknown>): ContentChange[] {
  const old = flatten(before, "", new Map());
  const next = flatten(after, "", new Map());
  const paths = [...next.keys(), ...[...old.keys()].filter((p) => !next.has(p))];
  return paths
    .map((path) => ({ path, before: old.get(path) ?? null, after: next.get(path) ?? null }))
    .filter((change) => change.before !== change.after);
}
