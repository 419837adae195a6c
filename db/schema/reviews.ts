import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { files } from "./files";
import { tenantId } from "./tenancy";
import { users } from "./users";

/** What a review is about; each kind keeps its own table and status beside the review. */
export const reviewSubjectEnum = pgEnum("review_subject", ["label_design", "product_idea"]);
export const reviewVersionStatusEnum = pgEnum("review_version_status", [
  "in_review",
  "changes_requested",
  "approved",
  "superseded",
  "withdrawn",
]);
export const reviewDecisionEnum = pgEnum("review_decision", ["approve", "request_changes"]);

/**
 * One submitted version of a subject: a frozen copy of its content, what the association required
 * when it was submitted, and where its review stands. Any change after submission makes a new one.
 */
export const reviewVersions = pgTable(
  "review_versions",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    subjectType: reviewSubjectEnum("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    version: integer("version").notNull(),
    content: jsonb("content").notNull(),
    status: reviewVersionStatusEnum("status").notNull().default("in_review"),
    approvalsRequired: integer("approvals_required").notNull(),
    reviewerRoles: text("reviewer_roles").array().notNull(),
    submittedBy: uuid("submitted_by").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true, precision: 3 }),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    unique("review_versions_number_uq").on(t.associationId, t.subjectType, t.subjectId, t.version),
    uniqueIndex("review_versions_one_open_uq")
      .on(t.associationId, t.subjectType, t.subjectId)
      .where(sql`${t.status} in ('in_review', 'changes_requested')`),
    foreignKey({ columns: [t.associationId, t.submittedBy], foreignColumns: [users.associationId, users.id] }),
    check("review_versions_required_ck", sql`${t.approvalsRequired} >= 1`),
  ],
);

/** A reviewer's decision on one version; a reviewer approves a version at most once. */
export const reviewDecisions = pgTable(
  "review_decisions",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    versionId: uuid("version_id").notNull(),
    reviewerId: uuid("reviewer_id").notNull(),
    decision: reviewDecisionEnum("decision").notNull(),
    comment: text("comment"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    foreignKey({ columns: [t.associationId, t.versionId], foreignColumns: [reviewVersions.associationId, reviewVersions.id] }),
    foreignKey({ columns: [t.associationId, t.reviewerId], foreignColumns: [users.associationId, users.id] }),
    uniqueIndex("review_decisions_one_approval_uq")
      .on(t.associationId, t.versionId, t.reviewerId)
      .where(sql`${t.decision} = 'approve'`),
  ],
);

/** Threaded discussion on a subject; each comment remembers the version it was written on. */
export const reviewComments = pgTable(
  "review_comments",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    subjectType: reviewSubjectEnum("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    version: integer("version"),
    parentId: uuid("parent_id"),
    authorId: uuid("author_id").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    foreignKey({ columns: [t.associationId, t.parentId], foreignColumns: [t.associationId, t.id] }),
    foreignKey({ columns: [t.associationId, t.authorId], foreignColumns: [users.associationId, users.id] }),
    index("review_comments_subject_idx").on(t.associationId, t.subjectType, t.subjectId, t.createdAt),
    check("review_comments_body_ck", sql`length(${t.body}) between 1 and 4000`),
  ],
);

export const reviewCommentFiles = pgTable(
  "review_comment_files",
  {
    associationId: tenantId(),
    commentId: uuid("comment_id").notNull(),
    fileId: uuid("file_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.commentId, t.fileId] }),
    foreignKey({ columns: [t.associationId, t.commentId], foreignColumns: [reviewComments.associationId, reviewComments.id] }),
    foreignKey({ columns: [t.associationId, t.fileId], foreignColumns: [files.associationId, files.id] }),
  ],
);
