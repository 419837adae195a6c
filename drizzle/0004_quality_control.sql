CREATE TYPE "public"."inspection_level" AS ENUM('I', 'II', 'III', 'S-1', 'S-2', 'S-3', 'S-4');--> statement-breakpoint
CREATE TYPE "public"."line_category" AS ENUM('textile', 'felt_toy', 'food', 'cosmetics', 'craft');--> statement-breakpoint
CREATE TYPE "public"."material_kind" AS ENUM('fibre', 'dye', 'ingredient', 'packaging');--> statement-breakpoint
CREATE TYPE "public"."checklist_item_kind" AS ENUM('yes_no', 'measurement', 'defect_count', 'text', 'photo');--> statement-breakpoint
CREATE TYPE "public"."defect_class" AS ENUM('critical', 'major', 'minor');--> statement-breakpoint
CREATE TYPE "public"."checklist_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."inspection_outcome" AS ENUM('accept', 'partially_accept', 'reject', 'rework');--> statement-breakpoint
CREATE TYPE "public"."inspection_status" AS ENUM('in_progress', 'awaiting_approval', 'approved');--> statement-breakpoint
CREATE TABLE "files" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"storage_key" text NOT NULL,
	"purpose" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"width" integer,
	"height" integer,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "files_storage_key_uq" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "product_photos" (
	"association_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "product_photos_association_id_product_id_file_id_pk" PRIMARY KEY("association_id","product_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "line_materials" (
	"association_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"material_id" uuid NOT NULL,
	CONSTRAINT "line_materials_association_id_line_id_material_id_pk" PRIMARY KEY("association_id","line_id","material_id")
);
--> statement-breakpoint
CREATE TABLE "materials" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" "material_kind" NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_ky" text NOT NULL,
	"plant_source" text,
	"colour_en" text,
	"colour_ru" text,
	"colour_ky" text,
	"colour_hex" text,
	"region_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "materials_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "materials_code_uq" UNIQUE("association_id","code")
);
--> statement-breakpoint
CREATE TABLE "batch_materials" (
	"association_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"material_id" uuid NOT NULL,
	"dye_lot" text,
	CONSTRAINT "batch_materials_association_id_batch_id_material_id_pk" PRIMARY KEY("association_id","batch_id","material_id")
);
--> statement-breakpoint
CREATE TABLE "batch_photos" (
	"association_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "batch_photos_association_id_batch_id_file_id_pk" PRIMARY KEY("association_id","batch_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "checklist_items" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "checklist_item_kind" NOT NULL,
	"defect_class" "defect_class",
	"label_en" text NOT NULL,
	"label_ru" text NOT NULL,
	"label_ky" text NOT NULL,
	"guidance_en" text DEFAULT '' NOT NULL,
	"guidance_ru" text DEFAULT '' NOT NULL,
	"guidance_ky" text DEFAULT '' NOT NULL,
	"min_value" double precision,
	"max_value" double precision,
	"unit" text,
	CONSTRAINT "checklist_items_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "checklist_items_range_ck" CHECK ("checklist_items"."min_value" is null or "checklist_items"."max_value" is null or "checklist_items"."min_value" <= "checklist_items"."max_value")
);
--> statement-breakpoint
CREATE TABLE "checklist_templates" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"line_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" "checklist_status" DEFAULT 'draft' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"published_at" timestamp (3) with time zone,
	CONSTRAINT "checklist_templates_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "checklist_templates_version_uq" UNIQUE("association_id","line_id","version")
);
--> statement-breakpoint
CREATE TABLE "inspection_photos" (
	"association_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "inspection_photos_association_id_inspection_id_file_id_pk" PRIMARY KEY("association_id","inspection_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_results" (
	"association_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"passed" boolean,
	"measurements" double precision[],
	"defect_count" integer,
	"note" text,
	"defects" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "inspection_results_association_id_inspection_id_item_id_pk" PRIMARY KEY("association_id","inspection_id","item_id"),
	CONSTRAINT "inspection_results_defects_ck" CHECK ("inspection_results"."defects" >= 0)
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"inspector_id" uuid NOT NULL,
	"status" "inspection_status" DEFAULT 'in_progress' NOT NULL,
	"lot_size" integer NOT NULL,
	"level" "inspection_level" NOT NULL,
	"sample_size" integer NOT NULL,
	"plan" jsonb NOT NULL,
	"critical_defects" integer DEFAULT 0 NOT NULL,
	"major_defects" integer DEFAULT 0 NOT NULL,
	"minor_defects" integer DEFAULT 0 NOT NULL,
	"computed_outcome" "inspection_outcome",
	"outcome" "inspection_outcome",
	"override_reason" text,
	"accepted_quantity" integer,
	"remarks" text,
	"started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	"approver_id" uuid,
	"approved_at" timestamp (3) with time zone,
	CONSTRAINT "inspections_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "inspections_four_eyes_ck" CHECK ("inspections"."approver_id" is null or "inspections"."approver_id" <> "inspections"."inspector_id"),
	CONSTRAINT "inspections_qty_ck" CHECK ("inspections"."accepted_quantity" is null or ("inspections"."accepted_quantity" between 0 and "inspections"."lot_size"))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"params" jsonb NOT NULL,
	"read_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_association_id_id_pk" PRIMARY KEY("association_id","id")
);
--> statement-breakpoint
ALTER TABLE "product_lines" ADD COLUMN "category" "line_category" DEFAULT 'craft' NOT NULL;--> statement-breakpoint
ALTER TABLE "product_lines" ADD COLUMN "inspection_level" "inspection_level" DEFAULT 'II' NOT NULL;--> statement-breakpoint
ALTER TABLE "product_lines" ADD COLUMN "aql_critical" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "product_lines" ADD COLUMN "aql_major" double precision DEFAULT 2.5 NOT NULL;--> statement-breakpoint
ALTER TABLE "product_lines" ADD COLUMN "aql_minor" double precision DEFAULT 4 NOT NULL;--> statement-breakpoint
ALTER TABLE "product_lines" ADD COLUMN "updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "length_mm" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "width_mm" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "height_mm" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "size_tolerance_mm" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "weight_g" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "weight_tolerance_g" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "batches" ADD COLUMN "updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_association_id_uploaded_by_users_association_id_id_fk" FOREIGN KEY ("association_id","uploaded_by") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_photos" ADD CONSTRAINT "product_photos_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_photos" ADD CONSTRAINT "product_photos_association_id_product_id_products_association_id_id_fk" FOREIGN KEY ("association_id","product_id") REFERENCES "public"."products"("association_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_photos" ADD CONSTRAINT "product_photos_association_id_file_id_files_association_id_id_fk" FOREIGN KEY ("association_id","file_id") REFERENCES "public"."files"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "line_materials" ADD CONSTRAINT "line_materials_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "line_materials" ADD CONSTRAINT "line_materials_association_id_line_id_product_lines_association_id_id_fk" FOREIGN KEY ("association_id","line_id") REFERENCES "public"."product_lines"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "line_materials" ADD CONSTRAINT "line_materials_association_id_material_id_materials_association_id_id_fk" FOREIGN KEY ("association_id","material_id") REFERENCES "public"."materials"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_association_id_region_id_regions_association_id_id_fk" FOREIGN KEY ("association_id","region_id") REFERENCES "public"."regions"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_materials" ADD CONSTRAINT "batch_materials_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_materials" ADD CONSTRAINT "batch_materials_association_id_batch_id_batches_association_id_id_fk" FOREIGN KEY ("association_id","batch_id") REFERENCES "public"."batches"("association_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_materials" ADD CONSTRAINT "batch_materials_association_id_material_id_materials_association_id_id_fk" FOREIGN KEY ("association_id","material_id") REFERENCES "public"."materials"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_photos" ADD CONSTRAINT "batch_photos_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_photos" ADD CONSTRAINT "batch_photos_association_id_batch_id_batches_association_id_id_fk" FOREIGN KEY ("association_id","batch_id") REFERENCES "public"."batches"("association_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_photos" ADD CONSTRAINT "batch_photos_association_id_file_id_files_association_id_id_fk" FOREIGN KEY ("association_id","file_id") REFERENCES "public"."files"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_association_id_template_id_checklist_templates_association_id_id_fk" FOREIGN KEY ("association_id","template_id") REFERENCES "public"."checklist_templates"("association_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_templates" ADD CONSTRAINT "checklist_templates_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_templates" ADD CONSTRAINT "checklist_templates_association_id_line_id_product_lines_association_id_id_fk" FOREIGN KEY ("association_id","line_id") REFERENCES "public"."product_lines"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_templates" ADD CONSTRAINT "checklist_templates_association_id_created_by_users_association_id_id_fk" FOREIGN KEY ("association_id","created_by") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_templates" ADD CONSTRAINT "checklist_templates_association_id_published_by_users_association_id_id_fk" FOREIGN KEY ("association_id","published_by") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_photos" ADD CONSTRAINT "inspection_photos_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_photos" ADD CONSTRAINT "inspection_photos_association_id_inspection_id_inspections_association_id_id_fk" FOREIGN KEY ("association_id","inspection_id") REFERENCES "public"."inspections"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_photos" ADD CONSTRAINT "inspection_photos_association_id_item_id_checklist_items_association_id_id_fk" FOREIGN KEY ("association_id","item_id") REFERENCES "public"."checklist_items"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_photos" ADD CONSTRAINT "inspection_photos_association_id_file_id_files_association_id_id_fk" FOREIGN KEY ("association_id","file_id") REFERENCES "public"."files"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_results" ADD CONSTRAINT "inspection_results_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_results" ADD CONSTRAINT "inspection_results_association_id_inspection_id_inspections_association_id_id_fk" FOREIGN KEY ("association_id","inspection_id") REFERENCES "public"."inspections"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_results" ADD CONSTRAINT "inspection_results_association_id_item_id_checklist_items_association_id_id_fk" FOREIGN KEY ("association_id","item_id") REFERENCES "public"."checklist_items"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_association_id_batch_id_batches_association_id_id_fk" FOREIGN KEY ("association_id","batch_id") REFERENCES "public"."batches"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_association_id_template_id_checklist_templates_association_id_id_fk" FOREIGN KEY ("association_id","template_id") REFERENCES "public"."checklist_templates"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_association_id_inspector_id_users_association_id_id_fk" FOREIGN KEY ("association_id","inspector_id") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_association_id_approver_id_users_association_id_id_fk" FOREIGN KEY ("association_id","approver_id") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_association_id_user_id_users_association_id_id_fk" FOREIGN KEY ("association_id","user_id") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_uploader_idx" ON "files" USING btree ("association_id","uploaded_by","created_at");--> statement-breakpoint
CREATE INDEX "checklist_items_template_idx" ON "checklist_items" USING btree ("association_id","template_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "checklist_templates_one_draft_uq" ON "checklist_templates" USING btree ("association_id","line_id") WHERE "checklist_templates"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_one_open_uq" ON "inspections" USING btree ("association_id","batch_id") WHERE "inspections"."status" <> 'approved';--> statement-breakpoint
CREATE INDEX "inspections_batch_idx" ON "inspections" USING btree ("association_id","batch_id","started_at");--> statement-breakpoint
CREATE INDEX "inspections_status_idx" ON "inspections" USING btree ("association_id","status","submitted_at","id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("association_id","user_id","created_at");