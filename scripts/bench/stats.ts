export type BenchResult = { name: string; p50_ms: number; p95_ms: number; floor_p50_ms?: number; floor_p95_ms?: number };

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function summary(times: number[]): { p50: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)) };
}

/**
 * A benchmark of a domain function beside the same query in raw SQL as its floor: after `warmup`
 * unmeasured rounds, `runs` rounds each time one call of both, so both meet the same machine load.
 */
export async function compare(name: string, work: () => Promise<unknown>, floor: () => Promise<unknown>, runs = 200, warmup = 10): Promise<BenchResult> {
  for (let i = 0; i < warmup; i++) {
    await work();
    await floor();
  }
  const server: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < runs; i++) {
    server.push(await timed(work));
    raw.push(await timed(floor));
  }
  const s = summary(server);
  const r = summary(raw);
  return { name, p50_ms: s.p50, p95_ms: s.p95, floor_p50_ms: r.p50, floor_p95_ms: r.p95 };
}

export async function once(name: string, work: () => Promise<unknown>): Promise<BenchResult> {
  const ms = round(await timed(work));
  return { name, p50_ms: ms, p95_ms: ms };
}
