DROP TABLE "inspections" CASCADE;--> statement-breakpoint
DROP TYPE "public"."inspection_decision";