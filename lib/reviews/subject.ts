import { eq, inArray, max, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/connect";
import type { reviewSubjectEnum, reviewVersionStatusEnum } from "@/db/schema";
import { reviewVersions } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped } from "@/lib/tenancy/scope";

export type ReviewSubjectType = (typeof reviewSubjectEnum.enumValues)[number];
export type ReviewSubject = { type: ReviewSubjectType; id: string };
export type ReviewVersionStatus = (typeof reviewVersionStatusEnum.enumValues)[number];

/** A version in one of these states is the subject's open one; at most one exists (a unique index). */
export const OPEN_STATUSES = ["in_review", "changes_requested"] as const satisfies readonly ReviewVersionStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

type SubjectTable = { associationId: PgColumn; subjectType: PgColumn; subjectId: PgColumn };

/** The caller's association and this one subject: every review query starts here. */
export function ofSubject(ctx: Pick<Ctx, "associationId">, table: SubjectTable, subject: ReviewSubject, ...more: (SQL | undefined)[]): SQL {
  return scoped(ctx, table, eq(table.subjectType, subject.type), eq(table.subjectId, subject.id), ...more);
}

/** The subject's open version, held until the transaction ends so decisions on it queue up. */
export async function lockOpenVersion(tx: Tx, ctx: Ctx, subject: ReviewSubject) {
  const [row] = await tx
    .select()
    .from(reviewVersions)
    .where(ofSubject(ctx, reviewVersions, subject, inArray(reviewVersions.status, OPEN_STATUSES)))
    .for("update");
  return row ?? null;
}

/** Audit events of a review belong to its subject, so the subject's history shows them. */
export function auditTarget(subject: ReviewSubject) {
  return { entityType: subject.type, entityId: subject.id };
}

/** The subject's newest version number, or null before its first submission. */
export async function latestVersionNumber(tx: Tx, ctx: Ctx, subject: ReviewSubject): Promise<number | null> {
  const [latest] = await tx.select({ version: max(reviewVersions.version) }).from(reviewVersions).where(ofSubject(ctx, reviewVersions, subject));
  return latest?.version ?? null;
}
