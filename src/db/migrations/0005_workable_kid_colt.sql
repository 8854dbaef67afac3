CREATE TABLE "import_insert" (
	"run_id" uuid NOT NULL,
	"tabel" text NOT NULL,
	"ids" uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "import_insert_run_idx" ON "import_insert" USING btree ("run_id");