const NUMBERED = /^(.*?)(\d+)$/;
const FALLBACK_PREFIX = "M-";
const MIN_WIDTH = 5;

function split(number: string): { prefix: string; digits: string } | undefined {
  const match = NUMBERED.exec(number);
  return match ? { prefix: match[1] ?? "", digits: match[2] ?? "" } : undefined;
}

function commonestPrefix(numbers: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const number of numbers) {
    const parts = split(number);
    if (parts) counts.set(parts.prefix, (counts.get(parts.prefix) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Gives member numbers in the association's own style: the prefix most of its members' numbers
 * use ("IK-"), zero-padded like them, after the highest number with that prefix among the
 * members and `alsoTaken` (the file's own numbers). The file sets the style only for an
 * association with no numbered members yet.
 */
export function memberNumberSequence(existing: readonly string[], alsoTaken: readonly string[] = []): () => string {
  const prefix = commonestPrefix(existing) ?? commonestPrefix(alsoTaken) ?? FALLBACK_PREFIX;
  let last = 0;
  let width = MIN_WIDTH;
  for (const number of [...existing, ...alsoTaken]) {
    const parts = split(number);
    if (parts?.prefix !== prefix) continue;
    last = Math.max(last, Number(parts.digits));
    width = Math.max(width, parts.digits.length);
  }
  return () => {
    last += 1;
    return `${prefix}${String(last).padStart(width, "0")}`;
  };
}
