DROP INDEX "base_models_owner_created_idx";--> statement-breakpoint
DROP INDEX "datasets_owner_created_idx";--> statement-breakpoint
DROP INDEX "tune_templates_owner_created_idx";--> statement-breakpoint
DROP INDEX "tunes_owner_created_idx";--> statement-breakpoint
DROP INDEX "tunes_owner_status_created_idx";--> statement-breakpoint
CREATE INDEX "base_models_owner_created_idx" ON "base_models" USING btree ("owner_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "datasets_owner_created_idx" ON "datasets" USING btree ("owner_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "tune_templates_owner_created_idx" ON "tune_templates" USING btree ("owner_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "tunes_owner_created_idx" ON "tunes" USING btree ("owner_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "tunes"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "tunes_owner_status_created_idx" ON "tunes" USING btree ("owner_id","status","created_at" DESC NULLS FIRST) WHERE "tunes"."deleted_at" is null;