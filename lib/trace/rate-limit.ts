import { lt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { publicHits } from "@/db/schema";

/** Requests to public lot pages one visitor may make per minute: a shop's shared address scanning a shelf stays under it. */
export const PUBLIC_HITS_PER_MINUTE = 60;
const KEEP_MS = 60 * 60 * 1000;
// Old minutes are cleared by the requests themselves, about once in this many, so no job is needed.
const PRUNE_ONE_IN = 100;

function minuteOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}

/**
 * Counts one request of the visitor in the current minute (one atomic upsert, so parallel requests
 * and other app instances all count) and says whether it is within the limit.
 */
export async function countPublicHit(
  visitorHash: string,
  { now = new Date(), random = Math.random }: { now?: Date; random?: () => number } = {},
): Promise<{ allowed: boolean; hits: number }> {
  const database = await db();
  const [row] = await database
    .insert(publicHits)
    .values({ visitorHash, minute: minuteOf(now), hits: 1 })
    .onConflictDoUpdate({ target: [publicHits.visitorHash, publicHits.minute], set: { hits: sql`${publicHits.hits} + 1` } })
    .returning({ hits: publicHits.hits });
  if (random() < 1 / PRUNE_ONE_IN) await prunePublicHits(now);
  const hits = row!.hits;
  return { allowed: hits <= PUBLIC_HITS_PER_MINUTE, hits };
}

/** Forgets counts older than an hour. */
export async function prunePublicHits(now = new Date()): Promise<void> {
  await (await db()).delete(publicHits).where(lt(publicHits.minute, new Date(now.getTime() - KEEP_MS)));
}
