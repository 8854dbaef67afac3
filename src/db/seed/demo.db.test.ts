import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { parseNip } from '../../domain/nip.ts';
import { verifyPassword } from '../../modules/auth/password.ts';
import type { Database } from '../client.ts';
import { deleteDemoInstansi, generateDemo } from './demo.ts';

async function snapshot(database: Database, instansiId: string) {
  const q = async (text: string) => (await database.pool.query(text, [instansiId])).rows;
  return {
    instansi: await q(
      'select id, kode, nama, jenis, jabatan_pimpinan, nama_pimpinan, is_demo from instansi where id = $1',
    ),
    units: await q(
      'select id, parent_id, kode, nama, jenis, kepala_jabatan_id, path, depth from unit_organisasi where instansi_id = $1 order by id',
    ),
    jabatan: await q(
      'select id, unit_id, kode, nama, jenis, jenjang, atasan_jabatan_id, kelas from jabatan where instansi_id = $1 order by id',
    ),
    pegawai: await q(
      'select id, nip, nama, gelar_depan, gelar_belakang, jenis_asn, golongan, tanggal_lahir, jenis_kelamin, email, telepon from pegawai where instansi_id = $1 order by id',
    ),
    penempatan: await q(
      'select id, pegawai_id, jabatan_id, jenis, mulai, selesai, nomor_sk from penempatan where instansi_id = $1 order by id',
    ),
    akun: await q(
      'select id, username, pegawai_id, nama_tampilan, is_demo from akun where instansi_id = $1 order by id',
    ),
  };
}

describe('demo government generator', () => {
  const database = useTestDatabase();
  const N = 300;

  it('produces identical rows, ids included, for the same seed — with fresh random passwords', async () => {
    const kode = `DEMO-${randomUUID().slice(0, 8)}`;
    const first = await generateDemo(database(), { pegawai: N, seed: 7, kode });
    const a = await snapshot(database(), first.instansiId);
    expect(await deleteDemoInstansi(database(), kode)).toBe(true);
    const second = await generateDemo(database(), { pegawai: N, seed: 7, kode });
    const b = await snapshot(database(), second.instansiId);
    expect(second.instansiId).toBe(first.instansiId);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.pegawai).toHaveLength(N);
    expect(second.accounts.map((x) => x.password)).not.toEqual(first.accounts.map((x) => x.password));

    const other = await generateDemo(database(), { pegawai: N, seed: 8, kode: `${kode}-B` });
    const c = await snapshot(database(), other.instansiId);
    expect(c.pegawai.map((p) => p.nip)).not.toEqual(a.pegawai.map((p) => p.nip));
    // Three whole demos (plans, execution and the evaluation year) on a busy 2-core machine.
  }, 120_000);

  it('follows the national position mix, PNS/PPPK split and NIP rules', async () => {
    // A fixed kode: the plan is seeded by seed and kode, so a random kode made the 300-person
    // sample's PPPK share wander (≈ 2 % of runs fell outside the bounds). Each run has a fresh database.
    const kode = 'DEMO-MIX-3';
    const { instansiId } = await generateDemo(database(), { pegawai: N, seed: 3, kode });
    const mix = await database().pool.query(
      `select case when j.jenis in ('JPT_PRATAMA','ADMINISTRATOR','PENGAWAS') then 'STRUKTURAL' else j.jenis end as k, count(*)::int as n
         from penempatan p join jabatan j on j.id = p.jabatan_id
        where p.instansi_id = $1 and p.jenis = 'DEFINITIF' and p.selesai is null group by 1`,
      [instansiId],
    );
    const share = Object.fromEntries(mix.rows.map((r) => [r.k, r.n / N]));
    expect(share.STRUKTURAL).toBeCloseTo(0.06, 1);
    expect(Math.abs(share.FUNGSIONAL - 0.63)).toBeLessThan(0.02);
    expect(Math.abs(share.PELAKSANA - 0.31)).toBeLessThan(0.02);

    const people = (
      await database().pool.query(
        'select nip, jenis_asn, golongan, tanggal_lahir, jenis_kelamin from pegawai where instansi_id = $1',
        [instansiId],
      )
    ).rows;
    const pppk = people.filter((p) => p.jenis_asn === 'PPPK');
    expect(pppk.length / N).toBeGreaterThan(0.28);
    expect(pppk.length / N).toBeLessThan(0.42);
    expect(new Set(people.map((p) => p.nip)).size).toBe(N);
    for (const p of people) {
      const parsed = parseNip(p.nip, p.jenis_asn);
      expect(parsed.ok, p.nip).toBe(true);
      if (parsed.ok) {
        expect(parsed.value.tanggalLahir).toBe(p.tanggal_lahir);
        expect(parsed.value.jenisKelamin).toBe(p.jenis_kelamin);
      }
      expect(p.jenis_asn === 'PPPK' ? /^[IVX]+$/.test(p.golongan) : /^(I|II|III|IV)\/[a-e]$/.test(p.golongan)).toBe(
        true,
      );
    }
    // Every pegawai has exactly one current definitive placement; some have a history.
    const current = await database().pool.query(
      `select count(distinct pegawai_id)::int as people, count(*)::int as rows,
              (select count(distinct pegawai_id)::int from penempatan where instansi_id = $1 and selesai is not null and jenis = 'DEFINITIF') as with_history
         from penempatan where instansi_id = $1 and jenis = 'DEFINITIF' and selesai is null`,
      [instansiId],
    );
    expect(current.rows[0]).toMatchObject({ people: N, rows: N });
    expect(current.rows[0].with_history).toBeGreaterThan(0);
    // No one holds two definitive placements at once.
    const overlap = await database().pool.query(
      `select count(*)::int as n from penempatan a join penempatan b
          on a.pegawai_id = b.pegawai_id and a.id < b.id and a.jenis = 'DEFINITIF' and b.jenis = 'DEFINITIF'
         and a.mulai <= coalesce(b.selesai, 'infinity') and b.mulai <= coalesce(a.selesai, 'infinity')
       where a.instansi_id = $1`,
      [instansiId],
    );
    expect(overlap.rows[0].n).toBe(0);
  });

  it('contains PLT/PLH and the deliberate hierarchy problems', async () => {
    const kode = `DEMO-${randomUUID().slice(0, 8)}`;
    const result = await generateDemo(database(), { pegawai: N, seed: 1, kode });
    const id = result.instansiId;
    const q = async (text: string) => (await database().pool.query(text, [id])).rows;
    expect(result.problems.map((p) => p.code).sort()).toEqual([
      'ATASAN_CYCLE',
      'HEAD_IS_PELAKSANA',
      'UNIT_WITHOUT_HEAD',
      'VACANT_WITHOUT_PLT',
    ]);

    const root = await q(
      `select kepala_jabatan_id, depth, jenis from unit_organisasi where instansi_id = $1 and parent_id is null`,
    );
    expect(root).toEqual([{ kepala_jabatan_id: null, depth: 0, jenis: 'PEMDA' }]);
    const headless = await q(
      `select kode from unit_organisasi where instansi_id = $1 and parent_id is not null and kepala_jabatan_id is null`,
    );
    expect(headless).toHaveLength(1);

    const acting = await q(
      `select jenis, mulai, selesai from penempatan where instansi_id = $1 and jenis in ('PLT','PLH')`,
    );
    expect(acting.map((a) => a.jenis).sort()).toEqual(['PLH', 'PLT']);
    for (const a of acting) expect(a.selesai > a.mulai).toBe(true);

    const vacantNoActing = await q(
      `select j.kode from unit_organisasi u join jabatan j on j.id = u.kepala_jabatan_id
        where u.instansi_id = $1 and not exists (select 1 from penempatan p where p.jabatan_id = j.id and p.selesai is null)
          and not exists (select 1 from penempatan p where p.jabatan_id = j.id and p.jenis in ('PLT','PLH'))`,
    );
    expect(vacantNoActing.map((r) => r.kode)).toContain(
      result.problems.find((p) => p.code === 'VACANT_WITHOUT_PLT')?.jabatanKode,
    );

    const cycle = await q(
      `select a.kode from jabatan a join jabatan b on b.id = a.atasan_jabatan_id and b.atasan_jabatan_id = a.id where a.instansi_id = $1`,
    );
    expect(cycle).toHaveLength(2);
    const pelaksanaHead = await q(
      `select u.kode from unit_organisasi u join jabatan j on j.id = u.kepala_jabatan_id where u.instansi_id = $1 and j.jenis = 'PELAKSANA'`,
    );
    expect(pelaksanaHead).toHaveLength(1);
    // The path of every unit is its parent's path plus its own id.
    const badPaths = await q(
      `select u.kode from unit_organisasi u left join unit_organisasi p on p.id = u.parent_id
        where u.instansi_id = $1 and u.path <> coalesce(p.path, '/') || u.id || '/' or u.depth <> coalesce(p.depth + 1, 0)`,
    );
    expect(badPaths).toEqual([]);
  });

  it('creates demo accounts with random argon2id passwords and stores them for the demo login page', async () => {
    const kode = `DEMO-${randomUUID().slice(0, 8)}`;
    const result = await generateDemo(database(), { pegawai: N, seed: 2, kode });
    expect(result.accounts.map((a) => a.role)).toEqual([
      'ADMIN_INSTANSI',
      'PEJABAT_PENILAI',
      'PEGAWAI',
      'GURU',
      'AUDITOR',
      'SUPER_ADMIN',
      'ADMIN_UNIT',
      // The demo staff member's own appraiser (demo-chain.ts).
      'PEJABAT_PENILAI',
    ]);
    const rows = (
      await database().pool.query(
        `select a.username, a.password_hash, a.is_demo, c.password_plain, array(select peran from akun_peran r where r.akun_id = a.id) as peran
           from akun a join demo_credential c on c.instansi_id = a.instansi_id and c.username = a.username
          where a.instansi_id = $1`,
        [result.instansiId],
      )
    ).rows;
    expect(rows).toHaveLength(7);
    for (const r of rows) {
      expect(r.is_demo).toBe(true);
      expect(r.password_plain.length).toBeGreaterThanOrEqual(12);
      expect(r.password_hash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(r.password_hash, r.password_plain)).toBe(true);
    }
    expect(rows.find((r) => r.username === `admin.${kode.toLowerCase()}`)?.peran).toEqual(['ADMIN_INSTANSI']);
    expect(rows.find((r) => r.username === `auditor.${kode.toLowerCase()}`)?.peran).toEqual(['AUDITOR']);
    // The unit admin administers the OPD the demo head leads.
    const unitAdmin = await database().pool.query(
      `select u.nama from akun a join akun_peran r on r.akun_id = a.id join unit_organisasi u on u.id = r.unit_id
        where a.username = $1 and r.peran = 'ADMIN_UNIT'`,
      [`adminunit.${kode.toLowerCase()}`],
    );
    expect(unitAdmin.rows).toHaveLength(1);
    expect(result.accounts.find((a) => a.role === 'ADMIN_UNIT')?.label).toContain(unitAdmin.rows[0].nama);

    // The demo's super admin belongs to no tenant (it picks one) and goes with the demo.
    const superAdmin = `super.${kode.toLowerCase()}`;
    const root = await database().pool.query(
      `select a.instansi_id, a.is_demo, r.peran, r.instansi_id as peran_instansi
         from akun a join akun_peran r on r.akun_id = a.id where a.username = $1`,
      [superAdmin],
    );
    expect(root.rows).toEqual([{ instansi_id: null, is_demo: true, peran: 'SUPER_ADMIN', peran_instansi: null }]);
    const cred = result.accounts.find((a) => a.username === superAdmin);
    const stored = await database().pool.query('select password_hash from akun where username = $1', [superAdmin]);
    expect(await verifyPassword(stored.rows[0].password_hash, cred?.password ?? '')).toBe(true);
    expect(await deleteDemoInstansi(database(), kode)).toBe(true);
    const left = await database().pool.query('select id from akun where username = any($1)', [
      [superAdmin, `admin.${kode.toLowerCase()}`],
    ]);
    expect(left.rows).toEqual([]);
  });

  it('refuses to regenerate over an existing instansi and to reset a non-demo one', async () => {
    const kode = `DEMO-${randomUUID().slice(0, 8)}`;
    await generateDemo(database(), { pegawai: 60, seed: 1, kode });
    await expect(generateDemo(database(), { pegawai: 60, seed: 1, kode })).rejects.toThrow(/--reset/);
    const real = `REAL-${randomUUID().slice(0, 8)}`;
    await database().pool.query(
      `insert into instansi (kode, nama, jenis, jabatan_pimpinan) values ($1, 'Kota Nyata', 'KOTA', 'Wali Kota')`,
      [real],
    );
    await expect(deleteDemoInstansi(database(), real)).rejects.toThrow(/not demo data/);
    expect(await deleteDemoInstansi(database(), 'NO-SUCH-KODE')).toBe(false);
  });
});
