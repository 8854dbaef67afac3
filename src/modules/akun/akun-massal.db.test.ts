import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, buildPegawai, login } from '../../../test/factories.ts';
import { akun } from '../../db/schema.ts';
import { buildApp } from '../../http/app.ts';

const database = useTestDatabase();

async function setup() {
  const app = await buildApp(database());
  const org = await buildOrg(database());
  const admin = await buildAkun(database(), { instansiId: org.instansi.id, peran: ['ADMIN_INSTANSI'] });
  // The staf already has an account; a pegawai without any placement and one whose placement
  // ended are out of scope.
  await buildAkun(database(), { instansiId: org.instansi.id, pegawaiId: org.pegawai.staf.id });
  await buildPegawai(database(), org.instansi.id, { nama: 'Tanpa Jabatan' });
  await buildPegawai(database(), org.instansi.id, {
    nama: 'Sudah Pindah',
    jabatan: org.jabatan.jGuru,
    mulai: '2015-01-01',
    selesai: '2019-12-31',
  });
  return { app, org, cookie: await login(app, admin.username) };
}

async function massal(app: FastifyInstance, instansiId: string, cookie: string, payload: object) {
  return app.inject({ method: 'POST', url: `/api/instansi/${instansiId}/akun/massal`, headers: { cookie }, payload });
}

async function readSheet(base64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Akun');
  if (!sheet) throw new Error('no Akun sheet');
  const rows: Array<{ nip: string; nama: string; unit: string; username: string; password: string }> = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const v = (c: number) => String(row.getCell(c).value ?? '');
    rows.push({ nip: v(2), nama: v(3), unit: v(4), username: v(5), password: v(6) });
  });
  return rows;
}

describe('bulk accounts for pegawai without one', () => {
  it('previews, then creates accounts only for placed pegawai without one; the sheet logs in; a re-run creates none', async () => {
    const { app, org, cookie } = await setup();
    const iid = org.instansi.id;
    const preview = await massal(app, iid, cookie, { dryRun: true });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ dryRun: true, jumlah: 5, dilewati: [], berkas: null });
    expect(preview.json().perkiraanMs).toBeGreaterThan(0);
    expect(
      (await database().pool.query('select count(*)::int as n from akun where instansi_id = $1', [iid])).rows[0].n,
    ).toBe(2);

    const res = await massal(app, iid, cookie, {});
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.jumlah).toBe(5);
    expect(body.berkas.namaBerkas).toMatch(new RegExp(`^akun-${org.instansi.kode}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    const rows = await readSheet(body.berkas.base64);
    const { kadis, kabid, kasi, kepsek, guru } = org.pegawai;
    expect(rows.map((r) => r.nip).sort()).toEqual([kadis, kabid, kasi, kepsek, guru].map((p) => p.nip).sort());
    const guruRow = rows.find((r) => r.nip === guru.nip);
    expect(guruRow).toMatchObject({ nama: guru.nama, unit: 'SD Negeri 1', username: guru.nip });

    // Every row logs in, and the owner must replace the one-time password first.
    for (const r of rows) {
      const loginRes = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: r.username, password: r.password },
      });
      expect(loginRes.statusCode, r.nip).toBe(200);
      expect(loginRes.json().wajibGantiSandi).toBe(true);
    }

    // Only hashes are stored; the audit has one row per account and a summary, without passwords.
    const stored = await database().pool.query(
      'select password_hash, wajib_ganti_sandi from akun where instansi_id = $1 and pegawai_id is not null',
      [iid],
    );
    expect(stored.rows.filter((r) => r.wajib_ganti_sandi)).toHaveLength(5);
    expect(stored.rows.every((r) => r.password_hash.startsWith('$argon2id$'))).toBe(true);
    const audit = await database().pool.query(
      "select action, after::text as after from audit_log where instansi_id = $1 and action in ('akun.create', 'akun.massal')",
      [iid],
    );
    expect(audit.rows.filter((a) => a.action === 'akun.create')).toHaveLength(5);
    expect(audit.rows.filter((a) => a.action === 'akun.massal').map((a) => JSON.parse(a.after))).toEqual([
      { unitId: null, unitKode: null, jumlah: 5, dilewati: 0 },
    ]);
    for (const r of rows) expect(audit.rows.some((a) => a.after.includes(r.password))).toBe(false);

    const again = await massal(app, iid, cookie, {});
    expect(again.json()).toMatchObject({ jumlah: 0, berkas: null });
  });

  it('skips a pegawai whose NIP is already another account’s username and creates the rest', async () => {
    const { app, org, cookie } = await setup();
    await database().db.insert(akun).values({
      username: org.pegawai.guru.nip,
      passwordHash: 'x',
      namaTampilan: 'akun lama tanpa pegawai',
      instansiId: org.instansi.id,
    });
    const res = await massal(app, org.instansi.id, cookie, { unitId: org.units.dinas.id });
    expect(res.json().jumlah).toBe(4); // kadis, kabid, kasi, kepsek (the staf has an account)
    expect(res.json().unit).toMatchObject({ id: org.units.dinas.id, nama: 'Dinas Pendidikan' });
    expect(res.json().dilewati).toEqual([
      {
        pegawaiId: org.pegawai.guru.id,
        nip: org.pegawai.guru.nip,
        nama: org.pegawai.guru.nama,
        alasan: 'USERNAME_TERPAKAI',
      },
    ]);
  });

  it('keeps an admin unit inside their subtree, refuses others and hides the tenant from outsiders', async () => {
    const { app, org, cookie } = await setup();
    const iid = org.instansi.id;
    const adminUnit = await buildAkun(database(), {
      instansiId: iid,
      peran: ['ADMIN_UNIT'],
      unitId: org.units.bidang.id,
    });
    const unitCookie = await login(app, adminUnit.username);
    const outside = await massal(app, iid, unitCookie, { unitId: org.units.sekolah.id, dryRun: true });
    expect(outside.statusCode).toBe(403);
    const seksi = await massal(app, iid, unitCookie, { unitId: org.units.seksi.id, dryRun: true });
    expect(seksi.json().jumlah).toBe(1); // kasi (the staf has an account)
    const own = await massal(app, iid, unitCookie, {});
    expect(own.statusCode).toBe(201);
    expect(own.json().unit).toMatchObject({ id: org.units.bidang.id }); // their one unit names the scope
    expect((await readSheet(own.json().berkas.base64)).map((r) => r.nip).sort()).toEqual(
      [org.pegawai.kabid.nip, org.pegawai.kasi.nip].sort(),
    );

    const pegawai = await buildAkun(database(), { instansiId: iid, pegawaiId: org.pegawai.kadis.id });
    expect((await massal(app, iid, await login(app, pegawai.username), { dryRun: true })).statusCode).toBe(403);
    const other = await buildOrg(database());
    const otherAdmin = await buildAkun(database(), { instansiId: other.instansi.id, peran: ['ADMIN_INSTANSI'] });
    const foreign = await massal(app, iid, await login(app, otherAdmin.username), { dryRun: true });
    expect(foreign.statusCode).toBe(404);
    const foreignUnit = await massal(app, iid, cookie, { unitId: other.units.dinas.id, dryRun: true });
    expect(foreignUnit.json().error.code).toBe('ORG.INVALID_REFERENCE');
  });

  it('two runs at once never give a pegawai two accounts', async () => {
    const { app, org, cookie } = await setup();
    const [a, b] = await Promise.all([
      massal(app, org.instansi.id, cookie, {}),
      massal(app, org.instansi.id, cookie, {}),
    ]);
    expect(a.json().jumlah + b.json().jumlah).toBe(5);
    const perPegawai = await database().pool.query(
      'select pegawai_id, count(*)::int as n from akun where instansi_id = $1 and pegawai_id is not null group by pegawai_id',
      [org.instansi.id],
    );
    expect(perPegawai.rows).toHaveLength(6);
    expect(perPegawai.rows.every((r) => r.n === 1)).toBe(true);
  });
});
