CREATE TABLE "evaluasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"periode_kode" text NOT NULL,
	"unit_penilaian_id" uuid NOT NULL,
	"penilai_pegawai_id" uuid,
	"atasan_penilai_pegawai_id" uuid,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"penilaian_rhk" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"umpan_balik_perilaku" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"rating_hasil_kerja" text,
	"rating_hasil_kerja_sumber" text,
	"rating_perilaku" text,
	"predikat" text,
	"predikat_usulan" text,
	"catatan" text,
	"versi" integer DEFAULT 1 NOT NULL,
	"ditetapkan_at" timestamp with time zone,
	"ditetapkan_oleh" uuid,
	"ditetapkan_oleh_nama" text,
	"diterima_at" timestamp with time zone,
	"diterima_dicatat_oleh" uuid,
	"batas_keberatan" date,
	"final_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluasi_versi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"versi" integer NOT NULL,
	"isi" jsonb NOT NULL,
	"alasan" text,
	"oleh_akun_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kalibrasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"unit_penilaian_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"periode_kode" text NOT NULL,
	"status" text DEFAULT 'TERBUKA' NOT NULL,
	"hasil" jsonb,
	"override" boolean DEFAULT false NOT NULL,
	"override_alasan" text,
	"final_at" timestamp with time zone,
	"final_oleh_akun_id" uuid,
	"final_oleh_nama" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kalibrasi_perubahan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"kalibrasi_id" uuid NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"dari" jsonb NOT NULL,
	"ke" jsonb NOT NULL,
	"alasan" text NOT NULL,
	"oleh_akun_id" uuid NOT NULL,
	"oleh_nama" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "keberatan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"atasan_pegawai_id" uuid,
	"status" text DEFAULT 'DIAJUKAN' NOT NULL,
	"alasan" text NOT NULL,
	"permintaan" jsonb,
	"diajukan_at" timestamp with time zone DEFAULT now() NOT NULL,
	"penjelasan_penilai" text,
	"penjelasan_penilai_at" timestamp with time zone,
	"penjelasan_pegawai" text,
	"penjelasan_pegawai_at" timestamp with time zone,
	"keputusan" text,
	"keputusan_alasan" text,
	"hasil_sebelum" jsonb,
	"hasil_sesudah" jsonb,
	"diputuskan_at" timestamp with time zone,
	"diputuskan_oleh" uuid,
	"diputuskan_oleh_nama" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "predikat_organisasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"periode_kode" text NOT NULL,
	"predikat" text NOT NULL,
	"dasar" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"catatan" text,
	"penetap_pegawai_id" uuid,
	"penetap_nama" text NOT NULL,
	"penetap_jabatan" text,
	"dicatat_oleh_akun_id" uuid NOT NULL,
	"ditetapkan_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "evaluasi_uq" ON "evaluasi" USING btree ("instansi_id","skp_id","periode_kode");--> statement-breakpoint
CREATE INDEX "evaluasi_unit_idx" ON "evaluasi" USING btree ("instansi_id","unit_penilaian_id","tahun","periode_kode");--> statement-breakpoint
CREATE INDEX "evaluasi_penilai_idx" ON "evaluasi" USING btree ("instansi_id","penilai_pegawai_id","tahun","periode_kode");--> statement-breakpoint
CREATE INDEX "evaluasi_pegawai_idx" ON "evaluasi" USING btree ("instansi_id","pegawai_id","tahun");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluasi_versi_uq" ON "evaluasi_versi" USING btree ("instansi_id","evaluasi_id","versi");--> statement-breakpoint
CREATE UNIQUE INDEX "kalibrasi_uq" ON "kalibrasi" USING btree ("instansi_id","unit_penilaian_id","tahun","periode_kode");--> statement-breakpoint
CREATE INDEX "kalibrasi_perubahan_idx" ON "kalibrasi_perubahan" USING btree ("instansi_id","kalibrasi_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "keberatan_evaluasi_uq" ON "keberatan" USING btree ("instansi_id","evaluasi_id");--> statement-breakpoint
CREATE INDEX "keberatan_atasan_idx" ON "keberatan" USING btree ("instansi_id","atasan_pegawai_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "predikat_organisasi_uq" ON "predikat_organisasi" USING btree ("instansi_id","unit_id","tahun","periode_kode");