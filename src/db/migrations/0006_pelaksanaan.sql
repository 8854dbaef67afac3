CREATE TABLE "berkas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"ukuran" bigint NOT NULL,
	"mime" text NOT NULL,
	"kunci" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bukti" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"judul" text NOT NULL,
	"deskripsi" text,
	"tanggal" date NOT NULL,
	"berkas_id" uuid,
	"nama_berkas" text,
	"url" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bukti_iki" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"bukti_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"iki_id" uuid NOT NULL,
	"periode_kode" text NOT NULL,
	"dilihat_penilai_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialog_agenda" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"dialog_id" uuid NOT NULL,
	"urutan" integer NOT NULL,
	"topik" text NOT NULL,
	"rhk_id" uuid,
	"perilaku_kode" text,
	"kompetensi" text,
	"catatan" text
);
--> statement-breakpoint
CREATE TABLE "dialog_kinerja" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"penilai_pegawai_id" uuid NOT NULL,
	"periode_kode" text NOT NULL,
	"jenis" text DEFAULT 'DIALOG' NOT NULL,
	"jadwal" timestamp with time zone NOT NULL,
	"durasi_menit" smallint DEFAULT 60 NOT NULL,
	"tempat" text,
	"status" text DEFAULT 'DIJADWALKAN' NOT NULL,
	"catatan" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tindak_lanjut_tanggal" date,
	"dikonfirmasi_pegawai_at" timestamp with time zone,
	"dikonfirmasi_penilai_at" timestamp with time zone,
	"pengingat_h1_at" timestamp with time zone,
	"pengingat_h0_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "masukan_360" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"periode_kode" text,
	"diminta_oleh" uuid NOT NULL,
	"minimum_jawaban" smallint NOT NULL,
	"batas" date,
	"status" text DEFAULT 'TERBUKA' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "masukan_360_jawaban" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"masukan_id" uuid NOT NULL,
	"skor" jsonb NOT NULL,
	"komentar" text
);
--> statement-breakpoint
CREATE TABLE "masukan_360_responden" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"masukan_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"hubungan" text NOT NULL,
	"sudah_menjawab" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progres_harian" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"tanggal" date NOT NULL,
	"teks" text NOT NULL,
	"bukti_id" uuid,
	"client_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "realisasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"iki_id" uuid NOT NULL,
	"periode_kode" text NOT NULL,
	"nilai" numeric,
	"teks" text,
	"catatan" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rencana_aksi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"periode_kode" text NOT NULL,
	"urutan" integer NOT NULL,
	"teks" text NOT NULL,
	"target_nilai" numeric,
	"target_satuan" text,
	"target_teks" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rencana_pengembangan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"dialog_id" uuid NOT NULL,
	"kompetensi" text NOT NULL,
	"metode_kode" text NOT NULL,
	"rhk_id" uuid,
	"perilaku_kode" text,
	"target_tanggal" date,
	"status" text DEFAULT 'DIRENCANAKAN' NOT NULL,
	"penjelasan" text,
	"dinilai_dialog_id" uuid,
	"dibawa_dari_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skp_periode" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"periode_kode" text NOT NULL,
	"dibuka_sampai" timestamp with time zone,
	"dibuka_alasan" text,
	"dibuka_oleh" uuid,
	"dinilai_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "umpan_balik" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"sasaran" text NOT NULL,
	"rhk_id" uuid,
	"iki_id" uuid,
	"perilaku_kode" text,
	"periode_kode" text,
	"induk_id" uuid,
	"penulis_pegawai_id" uuid NOT NULL,
	"peran_penulis" text NOT NULL,
	"teks" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifikasi" ADD COLUMN "param" jsonb;--> statement-breakpoint
CREATE UNIQUE INDEX "berkas_sha_uq" ON "berkas" USING btree ("instansi_id","sha256");--> statement-breakpoint
CREATE INDEX "bukti_pegawai_idx" ON "bukti" USING btree ("instansi_id","pegawai_id","tanggal");--> statement-breakpoint
CREATE UNIQUE INDEX "bukti_iki_uq" ON "bukti_iki" USING btree ("instansi_id","bukti_id","iki_id","periode_kode");--> statement-breakpoint
CREATE INDEX "bukti_iki_skp_idx" ON "bukti_iki" USING btree ("instansi_id","skp_id","periode_kode");--> statement-breakpoint
CREATE INDEX "dialog_agenda_dialog_idx" ON "dialog_agenda" USING btree ("instansi_id","dialog_id");--> statement-breakpoint
CREATE INDEX "dialog_kinerja_pegawai_idx" ON "dialog_kinerja" USING btree ("instansi_id","pegawai_id","jadwal");--> statement-breakpoint
CREATE INDEX "dialog_kinerja_penilai_idx" ON "dialog_kinerja" USING btree ("instansi_id","penilai_pegawai_id","jadwal");--> statement-breakpoint
CREATE INDEX "dialog_kinerja_jadwal_idx" ON "dialog_kinerja" USING btree ("jadwal");--> statement-breakpoint
CREATE INDEX "masukan_360_skp_idx" ON "masukan_360" USING btree ("instansi_id","skp_id");--> statement-breakpoint
CREATE INDEX "masukan_360_jawaban_idx" ON "masukan_360_jawaban" USING btree ("instansi_id","masukan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "masukan_360_responden_uq" ON "masukan_360_responden" USING btree ("instansi_id","masukan_id","pegawai_id");--> statement-breakpoint
CREATE UNIQUE INDEX "progres_harian_client_uq" ON "progres_harian" USING btree ("instansi_id","pegawai_id","client_id");--> statement-breakpoint
CREATE INDEX "progres_harian_skp_idx" ON "progres_harian" USING btree ("instansi_id","skp_id","tanggal");--> statement-breakpoint
CREATE UNIQUE INDEX "realisasi_uq" ON "realisasi" USING btree ("instansi_id","skp_id","iki_id","periode_kode");--> statement-breakpoint
CREATE INDEX "realisasi_periode_idx" ON "realisasi" USING btree ("instansi_id","periode_kode");--> statement-breakpoint
CREATE INDEX "rencana_aksi_skp_idx" ON "rencana_aksi" USING btree ("instansi_id","skp_id","periode_kode");--> statement-breakpoint
CREATE INDEX "rencana_pengembangan_pegawai_idx" ON "rencana_pengembangan" USING btree ("instansi_id","pegawai_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "skp_periode_uq" ON "skp_periode" USING btree ("instansi_id","skp_id","periode_kode");--> statement-breakpoint
CREATE INDEX "umpan_balik_skp_idx" ON "umpan_balik" USING btree ("instansi_id","skp_id","created_at");--> statement-breakpoint
CREATE INDEX "umpan_balik_induk_idx" ON "umpan_balik" USING btree ("instansi_id","induk_id");