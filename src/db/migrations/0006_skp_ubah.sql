CREATE TABLE "skp_ubah" (
	"instansi_id" uuid PRIMARY KEY NOT NULL,
	"nomor" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "skp_ubah" ADD CONSTRAINT "skp_ubah_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Hand-written (drizzle-kit does not generate triggers): raise skp_ubah.nomor of each tenant whose
-- SKPs a statement inserted, deleted, or changed in a column monitoring pengisian reads. Statement
-- level with transition tables, so an import or the demo's 100,000 SKPs raise it once, not per row.
-- A tenant being deleted (its row already gone) is skipped: its counter goes with it.
CREATE FUNCTION "skp_ubah_naikkan"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "skp_ubah" AS c ("instansi_id", "nomor")
      SELECT DISTINCT b."instansi_id", 1 FROM "skp_baru" b
       WHERE EXISTS (SELECT 1 FROM "instansi" i WHERE i."id" = b."instansi_id") ORDER BY 1
    ON CONFLICT ("instansi_id") DO UPDATE SET "nomor" = c."nomor" + 1;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "skp_ubah" AS c ("instansi_id", "nomor")
      SELECT DISTINCT l."instansi_id", 1 FROM "skp_lama" l
       WHERE EXISTS (SELECT 1 FROM "instansi" i WHERE i."id" = l."instansi_id") ORDER BY 1
    ON CONFLICT ("instansi_id") DO UPDATE SET "nomor" = c."nomor" + 1;
  ELSE
    INSERT INTO "skp_ubah" AS c ("instansi_id", "nomor")
      SELECT DISTINCT x."instansi_id", 1 FROM (
        SELECT b."instansi_id", l."instansi_id" AS "lama_instansi_id"
          FROM "skp_baru" b JOIN "skp_lama" l ON l."id" = b."id"
         WHERE (b."status", b."tahun", b."mulai", b."pegawai_id", b."instansi_id", b."created_at")
               IS DISTINCT FROM (l."status", l."tahun", l."mulai", l."pegawai_id", l."instansi_id", l."created_at")
      ) d CROSS JOIN LATERAL (VALUES (d."instansi_id"), (d."lama_instansi_id")) AS x("instansi_id")
       WHERE EXISTS (SELECT 1 FROM "instansi" i WHERE i."id" = x."instansi_id") ORDER BY 1
    ON CONFLICT ("instansi_id") DO UPDATE SET "nomor" = c."nomor" + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "skp_ubah_insert" AFTER INSERT ON "skp" REFERENCING NEW TABLE AS "skp_baru"
  FOR EACH STATEMENT EXECUTE FUNCTION "skp_ubah_naikkan"();
--> statement-breakpoint
CREATE TRIGGER "skp_ubah_update" AFTER UPDATE ON "skp" REFERENCING OLD TABLE AS "skp_lama" NEW TABLE AS "skp_baru"
  FOR EACH STATEMENT EXECUTE FUNCTION "skp_ubah_naikkan"();
--> statement-breakpoint
CREATE TRIGGER "skp_ubah_delete" AFTER DELETE ON "skp" REFERENCING OLD TABLE AS "skp_lama"
  FOR EACH STATEMENT EXECUTE FUNCTION "skp_ubah_naikkan"();
