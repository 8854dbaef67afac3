CREATE TABLE "demo_credential" (
	"instansi_id" uuid NOT NULL,
	"username" text NOT NULL,
	"password_plain" text NOT NULL,
	"label" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "demo_credential_uq" ON "demo_credential" USING btree ("instansi_id","username");