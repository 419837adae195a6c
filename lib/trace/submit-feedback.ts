import { and, count, eq, gt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { traceFeedback } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/errors/domain-errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { traceFeedbackSchema } from "./feedback-schema";
import type { PublicLocale } from "./public-locale";
import { getPublicTrace } from "./public-trace";

export const FEEDBACK_PER_LOT_PER_DAY = 3;
export const FEEDBACK_PER_VISITOR_PER_DAY = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

export type Visitor = { hash: string; locale: PublicLocale };

/**
 * Stores a visitor's feedback on a lot that has a public page. Spam limits per visitor over the
 * last 24 hours: a few per lot and a few dozen in all. A filled honeypot (`website`, hidden from
 * people) is accepted and dropped, so a bot learns nothing. Returns whether it was stored.
 */
export async function submitTraceFeedback(visitor: Visitor, code: string, input: Record<string, unknown>, now = new Date()): Promise<{ stored: boolean }> {
  const lot = await getPublicTrace(code, visitor.locale);
  if (typeof input.website === "string" && input.website !== "") return { stored: false };
  const parsed = traceFeedbackSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  await (await db()).transaction(async (tx) => {
    // One visitor's submissions queue behind each other, so parallel posts cannot pass the limits together.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`trace-feedback:${visitor.hash}`}))`);
    // Deliberately across associations: the limits are the visitor's, and only counts are read.
    const [sent] = await tx
      .select({
        total: count(),
        forLot: sql<number>`count(*) filter (where ${traceFeedback.associationId} = ${lot.associationId} and ${traceFeedback.batchId} = ${lot.batchId})`.mapWith(Number),
      })
      .from(traceFeedback)
      .where(and(eq(traceFeedback.visitorHash, visitor.hash), gt(traceFeedback.createdAt, new Date(now.getTime() - DAY_MS))));
    if ((sent?.total ?? 0) >= FEEDBACK_PER_VISITOR_PER_DAY || (sent?.forLot ?? 0) >= FEEDBACK_PER_LOT_PER_DAY) {
      throw new ConflictError("feedbackLimit");
    }
    await tx.insert(traceFeedback).values({
      associationId: lot.associationId,
      batchId: lot.batchId,
      rating: parsed.data.rating,
      comment: parsed.data.comment,
      locale: visitor.locale,
      visitorHash: visitor.hash,
      createdAt: now,
    });
  });
  return { stored: true };
}
