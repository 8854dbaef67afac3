import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { type DemoResult, generateDemo } from './demo.ts';
import { generateRealisasiDemo } from './pelaksanaan-realisasi-demo.ts';

const database = useTestDatabase();

describe('demo execution data (generateRealisasiDemo)', () => {
  let demo: DemoResult;
  const q = async (text: string, params: unknown[] = [demo.instansiId]) =>
    (await database().pool.query(text, params)).rows;

  beforeAll(async () => {
    demo = await generateDemo(database(), { pegawai: 300, seed: 7, kode: 'DEMO-REAL-TEST' });
    // Again as of a fixed day (mid third quarter), so the assertions do not depend on today.
    await q('delete from realisasi where instansi_id = $1');
    await q('delete from rencana_aksi where instansi_id = $1');
    await q('delete from progres_harian where instansi_id = $1');
    await generateRealisasiDemo(database(), { instansiId: demo.instansiId, tahun: 2026, hariIni: '2026-08-14' });
  });

  it('writes realisasi only for IKI of set SKPs, in periods that have started, within the entry rules', async () => {
    const rows = await q(
      `select s.status, r.periode_kode, (k.id is not null and rh.skp_id = s.id) as owned, r.nilai, r.teks, k.target_nilai
         from realisasi r join skp s on s.id = r.skp_id
         left join iki k on k.id = r.iki_id left join rhk rh on rh.id = k.rhk_id
        where r.instansi_id = $1`,
    );
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['DITETAPKAN']));
    expect(rows.every((r) => r.owned)).toBe(true);
    expect(new Set(rows.map((r) => r.periode_kode))).toEqual(new Set(['TW1', 'TW2', 'TW3']));
    // A number for numeric targets, a sentence for narrative ones.
    expect(rows.every((r) => (r.target_nilai === null ? !!r.teks : r.nilai !== null))).toBe(true);
    // The running period is only partly filled, the last closed one mostly.
    const by = (k: string) => rows.filter((r) => r.periode_kode === k).length;
    expect(by('TW2')).toBeGreaterThan(by('TW3'));
  });

  it('gives the demo accounts the whole year so far: realisasi, rencana aksi and recent daily entries', async () => {
    const demoSkp = await q(
      `select s.id from skp s join akun a on a.pegawai_id = s.pegawai_id and a.instansi_id = s.instansi_id and a.is_demo
        where s.instansi_id = $1 and s.status = 'DITETAPKAN'`,
    );
    expect(demoSkp.length).toBeGreaterThan(0);
    const ids = demoSkp.map((r) => r.id);
    const [counts] = await q(
      `select (select count(distinct periode_kode) from realisasi where skp_id = any($1)) as periods,
              (select count(*) from rencana_aksi where skp_id = any($1))::int as rencana,
              (select count(*) from progres_harian where skp_id = any($1))::int as harian`,
      [ids],
    );
    expect(Number(counts.periods)).toBe(3);
    expect(counts.rencana).toBeGreaterThan(0);
    expect(counts.harian).toBeGreaterThan(10);
  });

  it('dates daily entries on working days of the last six weeks, inside the SKP, never after "today"', async () => {
    const bad = await q(
      `select p.tanggal from progres_harian p join skp s on s.id = p.skp_id
         join rhk r on r.id = p.rhk_id and r.skp_id = s.id
        where p.instansi_id = $1 and (p.tanggal > '2026-08-14' or p.tanggal < date '2026-08-14' - 41
          or extract(isodow from p.tanggal) > 5 or p.tanggal not between s.mulai and s.selesai)`,
    );
    expect(bad).toEqual([]);
    const orphans = await q(
      `select p.id from progres_harian p left join rhk r on r.id = p.rhk_id and r.skp_id = p.skp_id
        where p.instansi_id = $1 and r.id is null`,
    );
    expect(orphans).toEqual([]);
  });
});
