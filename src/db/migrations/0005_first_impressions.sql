-- pg_trgm for the pegawai search (trusted extension: the database owner may create it; PGlite loads it in src/db/pglite-worker.mjs).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
ALTER TABLE "skp" ADD COLUMN "isi_dikembalikan" jsonb;--> statement-breakpoint
CREATE INDEX "jabatan_nama_trgm_idx" ON "jabatan" USING gin ("nama" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "pegawai_nama_trgm_idx" ON "pegawai" USING gin ("nama" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "pegawai_nip_trgm_idx" ON "pegawai" USING gin ("nip" gin_trgm_ops);