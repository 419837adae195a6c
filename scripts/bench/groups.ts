export const BENCH_GROUPS = ["members", "batches", "imports", "trace", "payouts"] as const;
export type BenchGroup = (typeof BENCH_GROUPS)[number];

const isGroup = (name: string): name is BenchGroup => (BENCH_GROUPS as readonly string[]).includes(name);

/** The groups a comma list such as BENCH_ONLY names, or all of them when it is unset or empty. */
export function selectedGroups(list: string | undefined): Set<BenchGroup> {
  const names = (list ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) return new Set(BENCH_GROUPS);
  const unknown = names.filter((name) => !isGroup(name));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown group ${unknown.join(", ")}; the groups are ${BENCH_GROUPS.join(", ")}`);
  return new Set(names.filter(isGroup));
}
