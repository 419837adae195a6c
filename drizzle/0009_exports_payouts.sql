CREATE TYPE "public"."incoterm" AS ENUM('EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF');--> statement-breakpoint
CREATE TYPE "public"."shipment_status" AS ENUM('planning', 'packed', 'shipped', 'delivered', 'closed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."payout_kind" AS ENUM('owed', 'paid', 'adjustment');--> statement-breakpoint
CREATE TABLE "allocations" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"shipment_line_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	CONSTRAINT "allocations_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "allocations_line_batch_uq" UNIQUE("association_id","shipment_line_id","batch_id"),
	CONSTRAINT "allocations_quantity_ck" CHECK ("allocations"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "buyer_articles" (
	"association_id" uuid NOT NULL,
	"buyer_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"article_number" text NOT NULL,
	CONSTRAINT "buyer_articles_association_id_buyer_id_product_id_pk" PRIMARY KEY("association_id","buyer_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "buyers" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"country_code" text NOT NULL,
	"contact_name" text,
	"email" text,
	"phone" text,
	"address" text,
	"currency" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "buyers_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "buyers_name_uq" UNIQUE("association_id","name")
);
--> statement-breakpoint
CREATE TABLE "shipment_lines" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_minor" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "shipment_lines_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "shipment_lines_product_uq" UNIQUE("association_id","shipment_id","product_id"),
	CONSTRAINT "shipment_lines_quantity_ck" CHECK ("shipment_lines"."quantity" > 0),
	CONSTRAINT "shipment_lines_price_ck" CHECK ("shipment_lines"."unit_price_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "shipment_sequences" (
	"association_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "shipment_sequences_association_id_year_pk" PRIMARY KEY("association_id","year")
);
--> statement-breakpoint
CREATE TABLE "shipments" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"buyer_id" uuid NOT NULL,
	"market" text NOT NULL,
	"destination" text NOT NULL,
	"incoterm" "incoterm" NOT NULL,
	"currency" text NOT NULL,
	"planned_date" date NOT NULL,
	"status" "shipment_status" DEFAULT 'planning' NOT NULL,
	"notes" text,
	"shipped_at" timestamp (3) with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shipments_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "shipments_code_uq" UNIQUE("association_id","code")
);
--> statement-breakpoint
CREATE TABLE "payout_entries" (
	"association_id" uuid NOT NULL,
	"id" bigserial NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" "payout_kind" NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"shipment_id" uuid,
	"allocation_id" uuid,
	"batch_id" uuid,
	"quantity" integer,
	"unit_price_minor" integer,
	"gross_minor" bigint,
	"reserve_minor" bigint,
	"reserve_basis_points" integer,
	"paid_on" date,
	"method" text,
	"reference" text,
	"reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_entries_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "payout_entries_kind_ck" CHECK (case "payout_entries"."kind"
        when 'owed' then "payout_entries"."amount_minor" >= 0 and "payout_entries"."allocation_id" is not null
        when 'paid' then "payout_entries"."amount_minor" < 0 and "payout_entries"."paid_on" is not null and "payout_entries"."method" is not null
        else "payout_entries"."amount_minor" <> 0 and length(coalesce("payout_entries"."reason", '')) > 0
      end)
);
--> statement-breakpoint
CREATE TABLE "public_hits" (
	"visitor_hash" text NOT NULL,
	"minute" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "public_hits_visitor_hash_minute_pk" PRIMARY KEY("visitor_hash","minute")
);
--> statement-breakpoint
CREATE TABLE "trace_feedback" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"rating" integer NOT NULL,
	"comment" text,
	"locale" text NOT NULL,
	"visitor_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trace_feedback_association_id_id_pk" PRIMARY KEY("association_id","id"),
	CONSTRAINT "trace_feedback_rating_ck" CHECK ("trace_feedback"."rating" between 1 and 5),
	CONSTRAINT "trace_feedback_comment_ck" CHECK ("trace_feedback"."comment" is null or length("trace_feedback"."comment") <= 500)
);
--> statement-breakpoint
ALTER TABLE "associations" ADD COLUMN "reserve_basis_points" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "producer_groups" ADD COLUMN "reserve_basis_points" integer;--> statement-breakpoint
ALTER TABLE "product_lines" ADD COLUMN "hs_code" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "name_ja" text;--> statement-breakpoint
ALTER TABLE "batches" ADD COLUMN "allocated_quantity" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_association_id_shipment_line_id_shipment_lines_association_id_id_fk" FOREIGN KEY ("association_id","shipment_line_id") REFERENCES "public"."shipment_lines"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_association_id_batch_id_batches_association_id_id_fk" FOREIGN KEY ("association_id","batch_id") REFERENCES "public"."batches"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buyer_articles" ADD CONSTRAINT "buyer_articles_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buyer_articles" ADD CONSTRAINT "buyer_articles_association_id_buyer_id_buyers_association_id_id_fk" FOREIGN KEY ("association_id","buyer_id") REFERENCES "public"."buyers"("association_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buyer_articles" ADD CONSTRAINT "buyer_articles_association_id_product_id_products_association_id_id_fk" FOREIGN KEY ("association_id","product_id") REFERENCES "public"."products"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buyers" ADD CONSTRAINT "buyers_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_lines" ADD CONSTRAINT "shipment_lines_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_lines" ADD CONSTRAINT "shipment_lines_association_id_shipment_id_shipments_association_id_id_fk" FOREIGN KEY ("association_id","shipment_id") REFERENCES "public"."shipments"("association_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_lines" ADD CONSTRAINT "shipment_lines_association_id_product_id_products_association_id_id_fk" FOREIGN KEY ("association_id","product_id") REFERENCES "public"."products"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_sequences" ADD CONSTRAINT "shipment_sequences_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_association_id_buyer_id_buyers_association_id_id_fk" FOREIGN KEY ("association_id","buyer_id") REFERENCES "public"."buyers"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_association_id_created_by_users_association_id_id_fk" FOREIGN KEY ("association_id","created_by") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_entries" ADD CONSTRAINT "payout_entries_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_entries" ADD CONSTRAINT "payout_entries_association_id_member_id_members_association_id_id_fk" FOREIGN KEY ("association_id","member_id") REFERENCES "public"."members"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_entries" ADD CONSTRAINT "payout_entries_association_id_shipment_id_shipments_association_id_id_fk" FOREIGN KEY ("association_id","shipment_id") REFERENCES "public"."shipments"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_entries" ADD CONSTRAINT "payout_entries_association_id_allocation_id_allocations_association_id_id_fk" FOREIGN KEY ("association_id","allocation_id") REFERENCES "public"."allocations"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_entries" ADD CONSTRAINT "payout_entries_association_id_batch_id_batches_association_id_id_fk" FOREIGN KEY ("association_id","batch_id") REFERENCES "public"."batches"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_entries" ADD CONSTRAINT "payout_entries_association_id_created_by_users_association_id_id_fk" FOREIGN KEY ("association_id","created_by") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trace_feedback" ADD CONSTRAINT "trace_feedback_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trace_feedback" ADD CONSTRAINT "trace_feedback_association_id_batch_id_batches_association_id_id_fk" FOREIGN KEY ("association_id","batch_id") REFERENCES "public"."batches"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allocations_batch_idx" ON "allocations" USING btree ("association_id","batch_id");--> statement-breakpoint
CREATE INDEX "shipments_status_idx" ON "shipments" USING btree ("association_id","status","planned_date");--> statement-breakpoint
CREATE INDEX "payout_entries_member_idx" ON "payout_entries" USING btree ("association_id","member_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "payout_entries_owed_once_uq" ON "payout_entries" USING btree ("association_id","allocation_id") WHERE "payout_entries"."kind" = 'owed';--> statement-breakpoint
CREATE INDEX "trace_feedback_batch_idx" ON "trace_feedback" USING btree ("association_id","batch_id","created_at");--> statement-breakpoint
CREATE INDEX "trace_feedback_visitor_idx" ON "trace_feedback" USING btree ("visitor_hash","created_at");--> statement-breakpoint
ALTER TABLE "associations" ADD CONSTRAINT "associations_reserve_ck" CHECK ("associations"."reserve_basis_points" between 0 and 5000);--> statement-breakpoint
ALTER TABLE "producer_groups" ADD CONSTRAINT "producer_groups_reserve_ck" CHECK ("producer_groups"."reserve_basis_points" is null or "producer_groups"."reserve_basis_points" between 0 and 5000);--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_allocated_ck" CHECK ("batches"."allocated_quantity" >= 0 and "batches"."allocated_quantity" <= coalesce("batches"."accepted_quantity", 0));