CREATE TYPE "public"."review_decision" AS ENUM('approve', 'request_changes');--> statement-breakpoint
CREATE TYPE "public"."review_subject" AS ENUM('label_design', 'product_idea');--> statement-breakpoint
CREATE TYPE "public"."review_version_status" AS ENUM('in_review', 'changes_requested', 'approved', 'superseded', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."label_kind" AS ENUM('hang_tag', 'care_label', 'box', 'sticker');--> statement-breakpoint
CREATE TYPE "public"."label_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'superseded', 'retired');--> statement-breakpoint
CREATE TYPE "public"."idea_stage" AS ENUM('idea', 'sample', 'committee_review', 'changes_requested', 'approved', 'declined');--> statement-breakpoint
CREATE TABLE "review_comment_files" (
	"association_id" uuid NOT NULL,
	"comment_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "review_comment_files_association_id_comment_id_file_id_pk" PRIMARY KEY("association_id","comment_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "review_comments" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" "review_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"version" integer,
	"parent_id" uuid,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_comments_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "review_comments_body_ck" CHECK (length("review_comments"."body") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "review_decisions" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"decision" "review_decision" NOT NULL,
	"comment" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_decisions_association_id_id_pk" PRIMARY KEY("association_id","id")
);
--> statement-breakpoint
CREATE TABLE "review_versions" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" "review_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"status" "review_version_status" DEFAULT 'in_review' NOT NULL,
	"approvals_required" integer NOT NULL,
	"reviewer_roles" text[] NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp (3) with time zone,
	CONSTRAINT "review_versions_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "review_versions_number_uq" UNIQUE("association_id","subject_type","subject_id","version"),
	CONSTRAINT "review_versions_required_ck" CHECK ("review_versions"."approvals_required" >= 1)
);
--> statement-breakpoint
CREATE TABLE "label_artwork" (
	"association_id" uuid NOT NULL,
	"design_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "label_artwork_association_id_design_id_file_id_pk" PRIMARY KEY("association_id","design_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "label_designs" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"market" text NOT NULL,
	"kind" "label_kind" NOT NULL,
	"status" "label_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"revision_of" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"approved_at" timestamp (3) with time zone,
	CONSTRAINT "label_designs_association_id_id_pk" PRIMARY KEY("association_id","id")
);
--> statement-breakpoint
CREATE TABLE "idea_photos" (
	"association_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "idea_photos_association_id_idea_id_file_id_pk" PRIMARY KEY("association_id","idea_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "product_ideas" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"village_id" uuid,
	"group_id" uuid,
	"local_materials" text NOT NULL,
	"technique" text NOT NULL,
	"intended_market" text NOT NULL,
	"target_price_minor" integer,
	"currency" text NOT NULL,
	"notes" text,
	"stage" "idea_stage" DEFAULT 'idea' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"decline_reason" text,
	"product_line_id" uuid,
	"proposed_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_ideas_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "product_ideas_price_ck" CHECK ("product_ideas"."target_price_minor" is null or "product_ideas"."target_price_minor" >= 0),
	CONSTRAINT "product_ideas_declined_ck" CHECK (("product_ideas"."stage" = 'declined') = ("product_ideas"."decline_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "associations" ADD COLUMN "review_approvals_required" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "associations" ADD COLUMN "reviewer_roles" text[] DEFAULT '{coordinator,admin}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "original_name" text;--> statement-breakpoint
ALTER TABLE "review_comment_files" ADD CONSTRAINT "review_comment_files_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comment_files" ADD CONSTRAINT "review_comment_files_association_id_comment_id_review_comments_association_id_id_fk" FOREIGN KEY ("association_id","comment_id") REFERENCES "public"."review_comments"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comment_files" ADD CONSTRAINT "review_comment_files_association_id_file_id_files_association_id_id_fk" FOREIGN KEY ("association_id","file_id") REFERENCES "public"."files"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_association_id_parent_id_review_comments_association_id_id_fk" FOREIGN KEY ("association_id","parent_id") REFERENCES "public"."review_comments"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_association_id_author_id_users_association_id_id_fk" FOREIGN KEY ("association_id","author_id") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_association_id_version_id_review_versions_association_id_id_fk" FOREIGN KEY ("association_id","version_id") REFERENCES "public"."review_versions"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_association_id_reviewer_id_users_association_id_id_fk" FOREIGN KEY ("association_id","reviewer_id") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_versions" ADD CONSTRAINT "review_versions_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_versions" ADD CONSTRAINT "review_versions_association_id_submitted_by_users_association_id_id_fk" FOREIGN KEY ("association_id","submitted_by") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_artwork" ADD CONSTRAINT "label_artwork_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_artwork" ADD CONSTRAINT "label_artwork_association_id_design_id_label_designs_association_id_id_fk" FOREIGN KEY ("association_id","design_id") REFERENCES "public"."label_designs"("association_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_artwork" ADD CONSTRAINT "label_artwork_association_id_file_id_files_association_id_id_fk" FOREIGN KEY ("association_id","file_id") REFERENCES "public"."files"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_designs" ADD CONSTRAINT "label_designs_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_designs" ADD CONSTRAINT "label_designs_association_id_product_id_products_association_id_id_fk" FOREIGN KEY ("association_id","product_id") REFERENCES "public"."products"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_designs" ADD CONSTRAINT "label_designs_association_id_revision_of_label_designs_association_id_id_fk" FOREIGN KEY ("association_id","revision_of") REFERENCES "public"."label_designs"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_designs" ADD CONSTRAINT "label_designs_association_id_created_by_users_association_id_id_fk" FOREIGN KEY ("association_id","created_by") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_photos" ADD CONSTRAINT "idea_photos_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_photos" ADD CONSTRAINT "idea_photos_association_id_idea_id_product_ideas_association_id_id_fk" FOREIGN KEY ("association_id","idea_id") REFERENCES "public"."product_ideas"("association_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_photos" ADD CONSTRAINT "idea_photos_association_id_file_id_files_association_id_id_fk" FOREIGN KEY ("association_id","file_id") REFERENCES "public"."files"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_association_id_village_id_villages_association_id_id_fk" FOREIGN KEY ("association_id","village_id") REFERENCES "public"."villages"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_association_id_group_id_producer_groups_association_id_id_fk" FOREIGN KEY ("association_id","group_id") REFERENCES "public"."producer_groups"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_association_id_product_line_id_product_lines_association_id_id_fk" FOREIGN KEY ("association_id","product_line_id") REFERENCES "public"."product_lines"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_association_id_proposed_by_users_association_id_id_fk" FOREIGN KEY ("association_id","proposed_by") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_comments_subject_idx" ON "review_comments" USING btree ("association_id","subject_type","subject_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "review_decisions_one_approval_uq" ON "review_decisions" USING btree ("association_id","version_id","reviewer_id") WHERE "review_decisions"."decision" = 'approve';--> statement-breakpoint
CREATE UNIQUE INDEX "review_versions_one_open_uq" ON "review_versions" USING btree ("association_id","subject_type","subject_id") WHERE "review_versions"."status" in ('in_review', 'changes_requested');--> statement-breakpoint
CREATE UNIQUE INDEX "label_designs_one_current_uq" ON "label_designs" USING btree ("association_id","product_id","market","kind") WHERE "label_designs"."status" = 'approved';--> statement-breakpoint
CREATE INDEX "label_designs_product_idx" ON "label_designs" USING btree ("association_id","product_id","market");--> statement-breakpoint
CREATE INDEX "product_ideas_stage_idx" ON "product_ideas" USING btree ("association_id","stage","updated_at");--> statement-breakpoint
ALTER TABLE "associations" ADD CONSTRAINT "associations_review_approvals_ck" CHECK ("associations"."review_approvals_required" between 1 and 9);