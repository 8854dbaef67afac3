ALTER TABLE "dialog_kinerja" ADD COLUMN "durasi_menit" smallint DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "rencana_pengembangan" ADD COLUMN "dibawa_dari_id" uuid;--> statement-breakpoint
CREATE INDEX "dialog_kinerja_jadwal_idx" ON "dialog_kinerja" USING btree ("jadwal");