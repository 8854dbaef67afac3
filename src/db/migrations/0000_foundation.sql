CREATE TABLE "akun" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"pegawai_id" uuid,
	"nama_tampilan" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"password_changed_at" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"bahasa" text DEFAULT 'id' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "akun_peran" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"akun_id" uuid NOT NULL,
	"peran" text NOT NULL,
	"instansi_id" uuid,
	"unit_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"instansi_id" uuid,
	"akun_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "instansi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"jabatan_pimpinan" text NOT NULL,
	"nama_pimpinan" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jabatan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"jenjang" text,
	"atasan_jabatan_id" uuid,
	"kelas" integer,
	"aktif_mulai" date,
	"aktif_sampai" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid,
	"akun_id" uuid,
	"jenis" text NOT NULL,
	"status" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"phase" text,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "login_attempt" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_attempt_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"ip" text NOT NULL,
	"username" text NOT NULL,
	"success" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pegawai" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"nip" text NOT NULL,
	"nama" text NOT NULL,
	"gelar_depan" text,
	"gelar_belakang" text,
	"jenis_asn" text NOT NULL,
	"golongan" text,
	"tanggal_lahir" date,
	"jenis_kelamin" text,
	"email" text,
	"telepon" text,
	"status" text DEFAULT 'AKTIF' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "penempatan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"jabatan_id" uuid NOT NULL,
	"jenis" text DEFAULT 'DEFINITIF' NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date,
	"nomor_sk" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pengaturan_instansi" (
	"instansi_id" uuid PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "penilai_override" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"penilai_pegawai_id" uuid NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date,
	"alasan" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sesi" (
	"id" text PRIMARY KEY NOT NULL,
	"akun_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "unit_organisasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"parent_id" uuid,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"kepala_jabatan_id" uuid,
	"path" text NOT NULL,
	"depth" integer DEFAULT 0 NOT NULL,
	"aktif_mulai" date,
	"aktif_sampai" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penempatan" ADD CONSTRAINT "penempatan_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengaturan_instansi" ADD CONSTRAINT "pengaturan_instansi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penilai_override" ADD CONSTRAINT "penilai_override_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_organisasi" ADD CONSTRAINT "unit_organisasi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "akun_username_uq" ON "akun" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "akun_pegawai_idx" ON "akun" USING btree ("pegawai_id");--> statement-breakpoint
CREATE INDEX "akun_peran_akun_idx" ON "akun_peran" USING btree ("akun_id");--> statement-breakpoint
CREATE INDEX "audit_instansi_at_idx" ON "audit_log" USING btree ("instansi_id","at");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("instansi_id","entity","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "instansi_kode_uq" ON "instansi" USING btree ("kode");--> statement-breakpoint
CREATE UNIQUE INDEX "jabatan_kode_uq" ON "jabatan" USING btree ("instansi_id","kode");--> statement-breakpoint
CREATE INDEX "jabatan_unit_idx" ON "jabatan" USING btree ("instansi_id","unit_id");--> statement-breakpoint
CREATE INDEX "job_instansi_idx" ON "job" USING btree ("instansi_id","created_at");--> statement-breakpoint
CREATE INDEX "login_attempt_ip_idx" ON "login_attempt" USING btree ("ip","at");--> statement-breakpoint
CREATE UNIQUE INDEX "pegawai_nip_uq" ON "pegawai" USING btree ("instansi_id","nip");--> statement-breakpoint
CREATE INDEX "pegawai_nama_idx" ON "pegawai" USING btree ("instansi_id","nama");--> statement-breakpoint
CREATE INDEX "penempatan_pegawai_idx" ON "penempatan" USING btree ("instansi_id","pegawai_id","mulai");--> statement-breakpoint
CREATE INDEX "penempatan_jabatan_idx" ON "penempatan" USING btree ("instansi_id","jabatan_id","mulai");--> statement-breakpoint
CREATE INDEX "penilai_override_pegawai_idx" ON "penilai_override" USING btree ("instansi_id","pegawai_id");--> statement-breakpoint
CREATE INDEX "sesi_akun_idx" ON "sesi" USING btree ("akun_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unit_kode_uq" ON "unit_organisasi" USING btree ("instansi_id","kode");--> statement-breakpoint
CREATE INDEX "unit_parent_idx" ON "unit_organisasi" USING btree ("instansi_id","parent_id");--> statement-breakpoint
CREATE INDEX "unit_path_idx" ON "unit_organisasi" USING btree ("instansi_id","path");