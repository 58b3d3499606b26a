ALTER TABLE "tune_templates" ALTER COLUMN "parameter_schema" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "tune_templates" ALTER COLUMN "parameter_schema" SET DEFAULT '{}'::json;