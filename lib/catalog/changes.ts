/** The fields whose value differs, as the before/after pair an audit event records. */
export function changes<T extends Record<string, unknown>>(before: { [K in keyof T]?: unknown }, next: T) {
  const changed = (Object.keys(next) as (keyof T)[]).filter((key) => JSON.stringify(next[key]) !== JSON.stringify(before[key]));
  return {
    changed: changed.length > 0,
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, next[key]])),
  };
}
