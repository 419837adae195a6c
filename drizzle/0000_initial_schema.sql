CREATE TYPE "public"."gender" AS ENUM('female', 'male');--> statement-breakpoint
CREATE TYPE "public"."member_status" AS ENUM('active', 'suspended', 'left');--> statement-breakpoint
CREATE TYPE "public"."locale" AS ENUM('ky', 'ru', 'en');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('producer', 'coordinator', 'admin', 'ministry');--> statement-breakpoint
CREATE TYPE "public"."user_status" AS ENUM('active', 'disabled');--> statement-breakpoint
CREATE TYPE "public"."line_status" AS ENUM('draft', 'active', 'retired');--> statement-breakpoint
CREATE TYPE "public"."batch_status" AS ENUM('draft', 'submitted', 'in_inspection', 'accepted', 'partially_accepted', 'rejected', 'rework');--> statement-breakpoint
CREATE TYPE "public"."inspection_decision" AS ENUM('accepted', 'partially_accepted', 'rejected');--> statement-breakpoint
CREATE TABLE "associations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"country_code" text NOT NULL,
	"currency" text NOT NULL,
	"timezone" text NOT NULL,
	"youth_min_age" integer DEFAULT 14 NOT NULL,
	"youth_max_age" integer DEFAULT 35 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "associations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_ky" text NOT NULL,
	CONSTRAINT "districts_association_id_id_pk" PRIMARY KEY("association_id","id")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_ky" text NOT NULL,
	CONSTRAINT "regions_association_id_id_pk" PRIMARY KEY("association_id","id")
);
--> statement-breakpoint
CREATE TABLE "villages" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_ky" text NOT NULL,
	CONSTRAINT "villages_association_id_id_pk" PRIMARY KEY("association_id","id")
);
--> statement-breakpoint
CREATE TABLE "members" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"member_number" text NOT NULL,
	"full_name" text NOT NULL,
	"full_name_latin" text,
	"gender" "gender" NOT NULL,
	"birth_year" integer NOT NULL,
	"phone" text,
	"village_id" uuid NOT NULL,
	"group_id" uuid,
	"joined_on" date NOT NULL,
	"status" "member_status" DEFAULT 'active' NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"public_consent" boolean DEFAULT false NOT NULL,
	"public_consent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "members_number_uq" UNIQUE("association_id","member_number"),
	CONSTRAINT "members_birth_year_ck" CHECK ("members"."birth_year" between 1900 and 2100)
);
--> statement-breakpoint
CREATE TABLE "producer_groups" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "producer_groups_association_id_id_pk" PRIMARY KEY("association_id","id")
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"identifier_hash" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"locale" "locale" DEFAULT 'ru' NOT NULL,
	"status" "user_status" DEFAULT 'active' NOT NULL,
	"member_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_association_id_id_pk" PRIMARY KEY("association_id","id")
);
--> statement-breakpoint
CREATE TABLE "lot_sequences" (
	"association_id" uuid NOT NULL,
	"line_code" text NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "lot_sequences_association_id_line_code_year_pk" PRIMARY KEY("association_id","line_code","year")
);
--> statement-breakpoint
CREATE TABLE "product_lines" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_ky" text NOT NULL,
	"unit" text NOT NULL,
	"status" "line_status" DEFAULT 'active' NOT NULL,
	CONSTRAINT "product_lines_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "product_lines_code_uq" UNIQUE("association_id","code")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"line_id" uuid NOT NULL,
	"sku" text NOT NULL,
	"article_number" text,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_ky" text NOT NULL,
	"producer_price_minor" integer NOT NULL,
	"currency" text NOT NULL,
	"status" "line_status" DEFAULT 'active' NOT NULL,
	CONSTRAINT "products_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "products_sku_uq" UNIQUE("association_id","sku"),
	CONSTRAINT "products_price_ck" CHECK ("products"."producer_price_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "batches" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"lot_code" text NOT NULL,
	"public_code" text NOT NULL,
	"product_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"created_by" uuid,
	"quantity" integer NOT NULL,
	"produced_from" date NOT NULL,
	"produced_to" date NOT NULL,
	"notes" text,
	"status" "batch_status" DEFAULT 'submitted' NOT NULL,
	"accepted_quantity" integer,
	"rejected_quantity" integer,
	"client_request_id" text,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "batches_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "batches_lot_code_uq" UNIQUE("association_id","lot_code"),
	CONSTRAINT "batches_client_request_uq" UNIQUE("association_id","client_request_id"),
	CONSTRAINT "batches_quantity_ck" CHECK ("batches"."quantity" > 0),
	CONSTRAINT "batches_dates_ck" CHECK ("batches"."produced_from" <= "batches"."produced_to"),
	CONSTRAINT "batches_decided_qty_ck" CHECK ("batches"."accepted_quantity" is null or ("batches"."accepted_quantity" >= 0 and "batches"."accepted_quantity" + "batches"."rejected_quantity" = "batches"."quantity"))
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"inspector_id" uuid NOT NULL,
	"decision" "inspection_decision" NOT NULL,
	"accepted_quantity" integer NOT NULL,
	"reason" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspections_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "inspections_qty_ck" CHECK ("inspections"."accepted_quantity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"association_id" uuid NOT NULL,
	"id" bigserial NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_events_association_id_id_pk" PRIMARY KEY("association_id","id")
);
--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_association_id_region_id_regions_association_id_id_fk" FOREIGN KEY ("association_id","region_id") REFERENCES "public"."regions"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_association_id_district_id_districts_association_id_id_fk" FOREIGN KEY ("association_id","district_id") REFERENCES "public"."districts"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_association_id_village_id_villages_association_id_id_fk" FOREIGN KEY ("association_id","village_id") REFERENCES "public"."villages"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_association_id_group_id_producer_groups_association_id_id_fk" FOREIGN KEY ("association_id","group_id") REFERENCES "public"."producer_groups"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_groups" ADD CONSTRAINT "producer_groups_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_groups" ADD CONSTRAINT "producer_groups_association_id_village_id_villages_association_id_id_fk" FOREIGN KEY ("association_id","village_id") REFERENCES "public"."villages"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_association_id_member_id_members_association_id_id_fk" FOREIGN KEY ("association_id","member_id") REFERENCES "public"."members"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_sequences" ADD CONSTRAINT "lot_sequences_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_lines" ADD CONSTRAINT "product_lines_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_association_id_line_id_product_lines_association_id_id_fk" FOREIGN KEY ("association_id","line_id") REFERENCES "public"."product_lines"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_association_id_product_id_products_association_id_id_fk" FOREIGN KEY ("association_id","product_id") REFERENCES "public"."products"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_association_id_member_id_members_association_id_id_fk" FOREIGN KEY ("association_id","member_id") REFERENCES "public"."members"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_association_id_created_by_users_association_id_id_fk" FOREIGN KEY ("association_id","created_by") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_association_id_batch_id_batches_association_id_id_fk" FOREIGN KEY ("association_id","batch_id") REFERENCES "public"."batches"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_association_id_inspector_id_users_association_id_id_fk" FOREIGN KEY ("association_id","inspector_id") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "districts_region_idx" ON "districts" USING btree ("association_id","region_id");--> statement-breakpoint
CREATE INDEX "villages_district_idx" ON "villages" USING btree ("association_id","district_id");--> statement-breakpoint
CREATE INDEX "members_village_idx" ON "members" USING btree ("association_id","village_id");--> statement-breakpoint
CREATE INDEX "members_phone_idx" ON "members" USING btree ("association_id","phone");--> statement-breakpoint
CREATE INDEX "producer_groups_village_idx" ON "producer_groups" USING btree ("association_id","village_id");--> statement-breakpoint
CREATE INDEX "login_attempts_identifier_idx" ON "login_attempts" USING btree ("identifier_hash","created_at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_idx" ON "login_attempts" USING btree ("ip","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_uq" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "users_phone_uq" ON "users" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "users_member_idx" ON "users" USING btree ("association_id","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "batches_public_code_uq" ON "batches" USING btree ("public_code");--> statement-breakpoint
CREATE INDEX "batches_member_idx" ON "batches" USING btree ("association_id","member_id","created_at","id");--> statement-breakpoint
CREATE INDEX "batches_status_idx" ON "batches" USING btree ("association_id","status","submitted_at","id");--> statement-breakpoint
CREATE INDEX "batches_produced_idx" ON "batches" USING btree ("association_id","produced_to");--> statement-breakpoint
CREATE INDEX "inspections_batch_idx" ON "inspections" USING btree ("association_id","batch_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("association_id","entity_type","entity_id","created_at");