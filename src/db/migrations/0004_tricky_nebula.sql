ALTER TABLE "job" ADD COLUMN "owner" text;--> statement-breakpoint
ALTER TABLE "job" ADD COLUMN "heartbeat_at" timestamp with time zone;