CREATE TABLE "skp_ubah" (
	"instansi_id" uuid PRIMARY KEY NOT NULL,
	"nomor" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skp_ubah_log" (
	"instansi_id" uuid NOT NULL,
	"nomor" bigint NOT NULL,
	"pegawai_id" uuid
);
--> statement-breakpoint
ALTER TABLE "skp_ubah" ADD CONSTRAINT "skp_ubah_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_ubah_log" ADD CONSTRAINT "skp_ubah_log_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "skp_ubah_log_idx" ON "skp_ubah_log" USING btree ("instansi_id","nomor");--> statement-breakpoint
-- Hand-written (drizzle-kit does not generate triggers). skp_ubah_catat raises skp_ubah.nomor of
-- each tenant among the given (tenant, pegawai) pairs, once, and logs the pegawai under the new
-- number (one row without a pegawai when more than 1,000: the reader rebuilds); it keeps the last
-- 10,000 numbers of the log. A tenant being deleted (its row already gone) is skipped.
CREATE FUNCTION "skp_ubah_catat"("instansi_ids" uuid[], "pegawai_ids" uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH "kena" AS (
    SELECT DISTINCT k."instansi_id", k."pegawai_id" FROM unnest("instansi_ids", "pegawai_ids") AS k("instansi_id", "pegawai_id")
     WHERE EXISTS (SELECT 1 FROM "instansi" i WHERE i."id" = k."instansi_id")
  ), "jumlah" AS (
    SELECT "instansi_id", count(*) AS "n" FROM "kena" GROUP BY 1
  ), "naik" AS (
    INSERT INTO "skp_ubah" AS c ("instansi_id", "nomor")
      SELECT "instansi_id", 1 FROM "jumlah" ORDER BY 1
    ON CONFLICT ("instansi_id") DO UPDATE SET "nomor" = c."nomor" + 1
    RETURNING c."instansi_id", c."nomor"
  )
  INSERT INTO "skp_ubah_log" ("instansi_id", "nomor", "pegawai_id")
  SELECT n."instansi_id", n."nomor", k."pegawai_id"
    FROM "naik" n JOIN "jumlah" j USING ("instansi_id") JOIN "kena" k USING ("instansi_id") WHERE j."n" <= 1000
  UNION ALL
  SELECT n."instansi_id", n."nomor", NULL FROM "naik" n JOIN "jumlah" j USING ("instansi_id") WHERE j."n" > 1000;
  DELETE FROM "skp_ubah_log" l USING "skp_ubah" c
   WHERE c."instansi_id" IN (SELECT DISTINCT unnest("instansi_ids"))
     AND l."instansi_id" = c."instansi_id" AND l."nomor" <= c."nomor" - 10000;
END
$$;
--> statement-breakpoint
-- Statement level with transition tables: an import or the demo's 100,000 SKPs raise the number
-- once, not per row. An update counts only when a column monitoring pengisian reads changed.
CREATE FUNCTION "skp_ubah_naikkan"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "skp_ubah_catat"(array_agg(b."instansi_id"), array_agg(b."pegawai_id")) FROM "skp_baru" b;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "skp_ubah_catat"(array_agg(l."instansi_id"), array_agg(l."pegawai_id")) FROM "skp_lama" l;
  ELSE
    PERFORM "skp_ubah_catat"(array_agg(x."instansi_id"), array_agg(x."pegawai_id"))
      FROM "skp_baru" b JOIN "skp_lama" l ON l."id" = b."id"
      CROSS JOIN LATERAL (VALUES (b."instansi_id", b."pegawai_id"), (l."instansi_id", l."pegawai_id")) AS x("instansi_id", "pegawai_id")
     WHERE (b."status", b."tahun", b."mulai", b."pegawai_id", b."instansi_id", b."created_at")
           IS DISTINCT FROM (l."status", l."tahun", l."mulai", l."pegawai_id", l."instansi_id", l."created_at")
    HAVING count(*) > 0;
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
