DROP INDEX "batches_produced_idx";--> statement-breakpoint
CREATE INDEX "batches_created_idx" ON "batches" USING btree ("association_id","created_at","id");--> statement-breakpoint
CREATE INDEX "batches_status_created_idx" ON "batches" USING btree ("association_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "batches_product_idx" ON "batches" USING btree ("association_id","product_id","created_at","id");--> statement-breakpoint
CREATE INDEX "batches_submitted_idx" ON "batches" USING btree ("association_id","submitted_at","id");--> statement-breakpoint
CREATE INDEX "batches_produced_idx" ON "batches" USING btree ("association_id","produced_to","id");