CREATE TABLE "iki" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"urutan" integer NOT NULL,
	"aspek" text NOT NULL,
	"indikator" text NOT NULL,
	"target_nilai" numeric,
	"target_satuan" text,
	"target_teks" text
);
--> statement-breakpoint
CREATE TABLE "notifikasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"judul" text NOT NULL,
	"isi" text NOT NULL,
	"tautan" text,
	"dibaca_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "periode_kinerja" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"jenis_evaluasi" text NOT NULL,
	"batas_penetapan_skp" date NOT NULL,
	"periode" jsonb NOT NULL,
	"status" text DEFAULT 'AKTIF' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "perjanjian_kinerja" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"pihak" jsonb,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pk_indikator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"sasaran_id" uuid NOT NULL,
	"urutan" integer NOT NULL,
	"indikator" text NOT NULL,
	"target_nilai" numeric,
	"satuan" text,
	"target_teks" text
);
--> statement-breakpoint
CREATE TABLE "pk_sasaran" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pk_id" uuid NOT NULL,
	"urutan" integer NOT NULL,
	"sasaran" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rhk" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"urutan" integer NOT NULL,
	"teks" text NOT NULL,
	"sumber" text NOT NULL,
	"pk_indikator_id" uuid,
	"parent_rhk_id" uuid,
	"cascading" text,
	"perspektif" text,
	"penugasan_dari" text,
	"perlu_tinjau" boolean DEFAULT false NOT NULL,
	"catatan" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skp" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"periode_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"jabatan_id" uuid,
	"unit_id" uuid,
	"penilai_pegawai_id" uuid,
	"mulai" date NOT NULL,
	"selesai" date NOT NULL,
	"pendekatan" text NOT NULL,
	"jenis_form" text NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"revisi" integer DEFAULT 0 NOT NULL,
	"snapshot" jsonb NOT NULL,
	"perilaku" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"lampiran" jsonb DEFAULT '{"dukunganSumberDaya":[],"skemaPertanggungjawaban":[],"konsekuensi":[]}'::jsonb NOT NULL,
	"catatan_penilai" text,
	"perlu_tinjau" boolean DEFAULT false NOT NULL,
	"diajukan_at" timestamp with time zone,
	"ditandatangani_at" timestamp with time zone,
	"ditetapkan_at" timestamp with time zone,
	"ditetapkan_oleh" uuid,
	"ditetapkan_oleh_nama" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skp_versi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"revisi" integer NOT NULL,
	"isi" jsonb NOT NULL,
	"ditetapkan_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "periode_kinerja" ADD CONSTRAINT "periode_kinerja_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perjanjian_kinerja" ADD CONSTRAINT "perjanjian_kinerja_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "iki_rhk_idx" ON "iki" USING btree ("instansi_id","rhk_id");--> statement-breakpoint
CREATE INDEX "notifikasi_pegawai_idx" ON "notifikasi" USING btree ("instansi_id","pegawai_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "periode_kinerja_tahun_uq" ON "periode_kinerja" USING btree ("instansi_id","tahun");--> statement-breakpoint
CREATE UNIQUE INDEX "pk_unit_tahun_uq" ON "perjanjian_kinerja" USING btree ("instansi_id","unit_id","tahun");--> statement-breakpoint
CREATE INDEX "pk_indikator_sasaran_idx" ON "pk_indikator" USING btree ("instansi_id","sasaran_id");--> statement-breakpoint
CREATE INDEX "pk_sasaran_pk_idx" ON "pk_sasaran" USING btree ("instansi_id","pk_id");--> statement-breakpoint
CREATE INDEX "rhk_skp_idx" ON "rhk" USING btree ("instansi_id","skp_id");--> statement-breakpoint
CREATE INDEX "rhk_parent_idx" ON "rhk" USING btree ("instansi_id","parent_rhk_id");--> statement-breakpoint
CREATE INDEX "rhk_pk_idx" ON "rhk" USING btree ("instansi_id","pk_indikator_id");--> statement-breakpoint
CREATE INDEX "skp_pegawai_idx" ON "skp" USING btree ("instansi_id","pegawai_id","tahun");--> statement-breakpoint
CREATE INDEX "skp_penilai_idx" ON "skp" USING btree ("instansi_id","penilai_pegawai_id","status");--> statement-breakpoint
CREATE INDEX "skp_unit_idx" ON "skp" USING btree ("instansi_id","unit_id","tahun");--> statement-breakpoint
CREATE UNIQUE INDEX "skp_versi_uq" ON "skp_versi" USING btree ("instansi_id","skp_id","revisi");