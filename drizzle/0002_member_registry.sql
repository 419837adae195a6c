-- Trigram indexes serve the member search (LIKE %…%) over the normalised search key.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "activation_codes" (
	"association_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activation_codes_association_id_id_pk" PRIMARY KEY("association_id","id")
);
--> statement-breakpoint
ALTER TABLE "members" ALTER COLUMN "created_at" SET DATA TYPE timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "members" ALTER COLUMN "created_at" SET DEFAULT now();--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "submitted_at" SET DATA TYPE timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "created_at" SET DATA TYPE timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "batches" ALTER COLUMN "created_at" SET DEFAULT now();--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "search_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "producer_groups" ADD COLUMN "leader_member_id" uuid;--> statement-breakpoint
ALTER TABLE "login_attempts" ADD COLUMN "kind" text DEFAULT 'password' NOT NULL;--> statement-breakpoint
ALTER TABLE "activation_codes" ADD CONSTRAINT "activation_codes_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activation_codes" ADD CONSTRAINT "activation_codes_association_id_user_id_users_association_id_id_fk" FOREIGN KEY ("association_id","user_id") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activation_codes" ADD CONSTRAINT "activation_codes_association_id_created_by_users_association_id_id_fk" FOREIGN KEY ("association_id","created_by") REFERENCES "public"."users"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activation_codes_user_idx" ON "activation_codes" USING btree ("association_id","user_id","created_at");--> statement-breakpoint
ALTER TABLE "producer_groups" ADD CONSTRAINT "producer_groups_association_id_leader_member_id_members_association_id_id_fk" FOREIGN KEY ("association_id","leader_member_id") REFERENCES "public"."members"("association_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "members_search_idx" ON "members" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "members_name_idx" ON "members" USING btree ("association_id","full_name","id");--> statement-breakpoint
CREATE INDEX "members_number_idx" ON "members" USING btree ("association_id","member_number","id");--> statement-breakpoint
CREATE INDEX "members_joined_idx" ON "members" USING btree ("association_id","joined_on","id");