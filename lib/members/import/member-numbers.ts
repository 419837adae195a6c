const NUMBERED = /^(.*?)(\d+)$/;
const FALLBACK_PREFIX = "M-";
const MIN_WIDTH = 5;

/**
 * Gives member numbers in the association's own style: the prefix most of its numbers use
 * ("IK-"), continuing after the highest number with that prefix, zero-padded like the others.
 */
export function memberNumberSequence(taken: Iterable<string>): () => string {
  const prefixes = new Map<string, { count: number; max: number; width: number }>();
  for (const number of taken) {
    const match = NUMBERED.exec(number);
    if (!match) continue;
    const [, prefix = "", digits = ""] = match;
    const entry = prefixes.get(prefix) ?? { count: 0, max: 0, width: MIN_WIDTH };
    prefixes.set(prefix, { count: entry.count + 1, max: Math.max(entry.max, Number(digits)), width: Math.max(entry.width, digits.length) });
  }
  const [prefix, style] = [...prefixes].sort((a, b) => b[1].count - a[1].count)[0] ?? [FALLBACK_PREFIX, { max: 0, width: MIN_WIDTH }];
  let last = style.max;
  return () => {
    last += 1;
    return `${prefix}${String(last).padStart(style.width, "0")}`;
  };
}
