DROP INDEX "akun_username_uq";--> statement-breakpoint
CREATE INDEX "akun_username_login_idx" ON "akun" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "login_attempt_username_idx" ON "login_attempt" USING btree ("username","at");--> statement-breakpoint
CREATE INDEX "pegawai_nip_idx" ON "pegawai" USING btree ("nip");--> statement-breakpoint
CREATE UNIQUE INDEX "akun_username_uq" ON "akun" USING btree (coalesce("instansi_id", '00000000-0000-0000-0000-000000000000'::uuid),lower("username"));