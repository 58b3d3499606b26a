CREATE TABLE "tune_counts" (
	"owner_id" uuid NOT NULL,
	"status" text NOT NULL,
	"live_count" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "tune_counts_owner_id_status_pk" PRIMARY KEY("owner_id","status")
);
--> statement-breakpoint
ALTER TABLE "tune_counts" ADD CONSTRAINT "tune_counts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;