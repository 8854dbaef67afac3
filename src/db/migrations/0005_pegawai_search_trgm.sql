-- Added by hand (drizzle cannot express it): the trigram operator classes of the indexes below.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "jabatan_nama_trgm_idx" ON "jabatan" USING gin ("nama" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "pegawai_nama_trgm_idx" ON "pegawai" USING gin ("nama" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "pegawai_nip_trgm_idx" ON "pegawai" USING gin ("nip" gin_trgm_ops);