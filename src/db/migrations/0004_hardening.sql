CREATE TABLE "import_insert" (
	"run_id" uuid NOT NULL,
	"tabel" text NOT NULL,
	"ids" uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "akun_username_uq";--> statement-breakpoint
ALTER TABLE "job" ADD COLUMN "owner" text;--> statement-breakpoint
ALTER TABLE "job" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "import_insert_run_idx" ON "import_insert" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "akun_username_login_idx" ON "akun" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "login_attempt_username_idx" ON "login_attempt" USING btree ("username","at");--> statement-breakpoint
CREATE INDEX "pegawai_nip_idx" ON "pegawai" USING btree ("nip");--> statement-breakpoint
CREATE UNIQUE INDEX "akun_username_uq" ON "akun" USING btree (coalesce("instansi_id", '00000000-0000-0000-0000-000000000000'::uuid),lower("username"));