import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { publicHits } from "@/db/schema";
import { countPublicHit, prunePublicHits, PUBLIC_HITS_PER_MINUTE } from "./rate-limit";

const never = () => 1;

async function hitsOf(visitor: string) {
  return (await db()).select({ minute: publicHits.minute, hits: publicHits.hits }).from(publicHits).where(eq(publicHits.visitorHash, visitor));
}

describe("countPublicHit", () => {
  it("allows a visitor the limit per minute, refuses more, and starts again the next minute", async () => {
    const visitor = randomUUID();
    const now = new Date("2026-11-29T10:15:05Z");
    await (await db()).insert(publicHits).values({ visitorHash: visitor, minute: new Date("2026-11-29T10:15:00Z"), hits: PUBLIC_HITS_PER_MINUTE - 1 });
    expect(await countPublicHit(visitor, { now, random: never })).toEqual({ allowed: true, hits: PUBLIC_HITS_PER_MINUTE });
    expect(await countPublicHit(visitor, { now: new Date("2026-11-29T10:15:59Z"), random: never })).toEqual({ allowed: false, hits: PUBLIC_HITS_PER_MINUTE + 1 });
    expect(await countPublicHit(visitor, { now: new Date("2026-11-29T10:16:00Z"), random: never })).toEqual({ allowed: true, hits: 1 });
    expect(await countPublicHit(randomUUID(), { now, random: never })).toEqual({ allowed: true, hits: 1 });
  });

  it("counts every one of many parallel requests", async () => {
    const visitor = randomUUID();
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 25 }, () => countPublicHit(visitor, { now, random: never })));
    expect(results.map((r) => r.hits).sort((x, y) => x - y)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(await hitsOf(visitor)).toEqual([{ minute: new Date(Math.floor(now.getTime() / 60_000) * 60_000), hits: 25 }]);
  });

  it("forgets minutes older than an hour, now and then on a request", async () => {
    const visitor = randomUUID();
    const now = new Date("2026-11-29T12:00:30Z");
    await (await db()).insert(publicHits).values([
      { visitorHash: visitor, minute: new Date("2026-11-29T10:30:00Z"), hits: 5 },
      { visitorHash: visitor, minute: new Date("2026-11-29T11:30:00Z"), hits: 7 },
    ]);
    await countPublicHit(visitor, { now, random: never });
    expect(await hitsOf(visitor)).toHaveLength(3);
    await countPublicHit(visitor, { now, random: () => 0 });
    expect((await hitsOf(visitor)).map((r) => r.hits).sort()).toEqual([2, 7]);
    await prunePublicHits(new Date("2026-11-29T13:00:30Z"));
    expect(await hitsOf(visitor)).toEqual([]);
  });
});
