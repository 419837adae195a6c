export type BenchResult = { name: string; p50_ms: number; p95_ms: number; floor_p95_ms?: number };

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Runs `work` `runs` times after `warmup` unmeasured runs; returns p50 and p95 in milliseconds. */
export async function measure(work: () => Promise<unknown>, runs = 60, warmup = 5): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}

/** A benchmark of a domain function beside the same query in raw SQL as its floor. */
export async function compare(name: string, work: () => Promise<unknown>, floor: () => Promise<unknown>): Promise<BenchResult> {
  const server = await measure(work);
  const raw = await measure(floor);
  return { name, p50_ms: server.p50, p95_ms: server.p95, floor_p95_ms: raw.p95 };
}

export async function once(name: string, work: () => Promise<unknown>): Promise<BenchResult> {
  const started = performance.now();
  await work();
  const ms = round(performance.now() - started);
  return { name, p50_ms: ms, p95_ms: ms };
}
