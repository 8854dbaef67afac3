import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { objectionDeadline } from '../../domain/deadlines.ts';
import { checkDistribution } from '../../domain/distribution.ts';
import { predikatFromRatings, ratingHasilKerjaPimpinanUnit } from '../../domain/predikat.ts';
import type { Predikat, PredikatOrganisasi, Rating } from '../../domain/types.ts';
import { type DemoResult, generateDemo } from './demo.ts';
import { type EvaluasiDemoResult, generateEvaluasiDemo } from './evaluasi-demo.ts';

const database = useTestDatabase();
// 20 November 2026, 10:00 WIB: TW1–TW3 are past their entry deadlines, TW4 and the annual evaluation are running.
const SEKARANG = new Date('2026-11-20T03:00:00Z');
const HARI_INI = '2026-11-20';
const TABLES = ['keberatan', 'kalibrasi_perubahan', 'kalibrasi', 'evaluasi_versi', 'evaluasi', 'predikat_organisasi'];

describe('demo evaluation year (generateEvaluasiDemo)', () => {
  let demo: DemoResult;
  let result: EvaluasiDemoResult;
  const q = async (text: string, params: unknown[] = [demo.instansiId]) =>
    (await database().pool.query(text, params)).rows;

  beforeAll(async () => {
    demo = await generateDemo(database(), { pegawai: 400, seed: 3, kode: 'DEMO-EVAL-TEST' });
    // Regenerate on a fixed "now" so the assertions do not depend on the day the test runs.
    for (const t of TABLES) await database().pool.query(`delete from ${t} where instansi_id = $1`, [demo.instansiId]);
    await database().pool.query('update skp_periode set dinilai_at = null where instansi_id = $1', [demo.instansiId]);
    result = await generateEvaluasiDemo(database(), {
      instansiId: demo.instansiId,
      tahun: 2026,
      seed: 5,
      sekarang: SEKARANG,
    });
  });

  it('evaluates the quarters that have ended and has the annual evaluation under way', async () => {
    expect(result.periodeLewat).toEqual(['TW1', 'TW2', 'TW3']);
    const byPeriode = await q(
      `select periode_kode, status, count(*)::int as n from evaluasi where instansi_id = $1 group by 1, 2 order by 1, 2`,
    );
    const periods = new Set(byPeriode.map((r) => r.periode_kode));
    expect([...periods].sort()).toEqual(['AKHIR', 'TW1', 'TW2', 'TW3']);
    expect(byPeriode.filter((r) => r.periode_kode !== 'AKHIR' && r.status === 'DRAFT')).toEqual([]);
    const akhir = byPeriode.filter((r) => r.periode_kode === 'AKHIR').map((r) => r.status);
    expect(akhir).toContain('DRAFT');
    expect(akhir).toContain('DITETAPKAN');
    // Every set SKP is evaluated in every past quarter it covers.
    const missing = await q(
      `select s.id, p.kode from skp s
         cross join (values ('TW1', date '2026-03-31', date '2026-01-01'), ('TW2', date '2026-06-30', date '2026-04-01'),
                            ('TW3', date '2026-09-30', date '2026-07-01')) p(kode, selesai, mulai)
        where s.instansi_id = $1 and s.status = 'DITETAPKAN' and s.mulai <= p.selesai and s.selesai >= p.mulai
          and not exists (select 1 from evaluasi e where e.skp_id = s.id and e.periode_kode = p.kode)`,
    );
    expect(missing).toEqual([]);
  });

  it('sets every evaluation only under a FINAL calibration, and locks the period', async () => {
    const orphans = await q(
      `select e.id from evaluasi e where e.instansi_id = $1 and e.status <> 'DRAFT' and not exists (
         select 1 from kalibrasi k where k.instansi_id = e.instansi_id and k.unit_penilaian_id = e.unit_penilaian_id
            and k.tahun = e.tahun and k.periode_kode = e.periode_kode and k.status = 'FINAL' and k.final_at <= e.ditetapkan_at)`,
    );
    expect(orphans).toEqual([]);
    const unlocked = await q(
      `select e.id from evaluasi e left join skp_periode sp on sp.skp_id = e.skp_id and sp.periode_kode = e.periode_kode
        where e.instansi_id = $1 and e.ditetapkan_at is not null and sp.dinilai_at is distinct from e.ditetapkan_at`,
    );
    expect(unlocked).toEqual([]);
    const late = await q(
      `select id from evaluasi where instansi_id = $1 and greatest(ditetapkan_at, diterima_at, final_at) > $2`,
      [demo.instansiId, SEKARANG.toISOString()],
    );
    expect(late).toEqual([]);
  });

  it('reads every predikat off the quadrant, and unit heads follow the predikat organisasi', async () => {
    const rated = await q(
      `select e.rating_hasil_kerja as hk, e.rating_perilaku as rp, e.predikat, e.rating_hasil_kerja_sumber as sumber,
              po.predikat as org
         from evaluasi e left join predikat_organisasi po on po.instansi_id = e.instansi_id
           and po.unit_id = e.unit_penilaian_id and po.tahun = e.tahun and po.periode_kode = e.periode_kode
        where e.instansi_id = $1 and e.rating_perilaku is not null`,
    );
    expect(rated.length).toBeGreaterThan(300);
    for (const r of rated) expect(predikatFromRatings(r.hk as Rating, r.rp as Rating).predikat).toBe(r.predikat);
    const heads = rated.filter((r) => r.sumber === 'PREDIKAT_ORGANISASI');
    expect(heads.length).toBeGreaterThan(3);
    for (const r of heads) expect(ratingHasilKerjaPimpinanUnit(r.org as PredikatOrganisasi).rating).toBe(r.hk);
  });

  it('gives every unit penilaian a predikat organisasi per past quarter, decided by the right person', async () => {
    const rows = await q(
      `select po.periode_kode, po.predikat, po.penetap_nama, po.penetap_pegawai_id, po.dasar, u.depth
         from predikat_organisasi po join unit_organisasi u on u.id = po.unit_id where po.instansi_id = $1`,
    );
    const tw = rows.filter((r) => r.periode_kode !== 'AKHIR');
    const units = new Set(tw.map((r) => `${r.periode_kode}`));
    expect([...units].sort()).toEqual(['TW1', 'TW2', 'TW3']);
    expect(tw.filter((r) => r.predikat === 'KURANG')).toHaveLength(1);
    expect(tw.filter((r) => r.predikat === 'BAIK').length).toBeGreaterThan(tw.length / 2);
    // An OPD's is decided by the regional head (outside the tree); a UPT's/puskesmas' by the head
    // above it, or the regional head where that post is vacant.
    const [{ bupati }] = await q(`select nama_pimpinan as bupati from instansi where id = $1`);
    for (const r of rows) {
      expect(r.dasar.ringkasan).toEqual(expect.any(String));
      if (r.depth <= 1 || r.penetap_pegawai_id === null)
        expect([r.penetap_pegawai_id, r.penetap_nama]).toEqual([null, bupati]);
    }
    const wrong = await q(
      `select po.id from predikat_organisasi po join unit_organisasi u on u.id = po.unit_id
        where po.instansi_id = $1 and po.penetap_pegawai_id is not null and not exists (
          select 1 from unit_organisasi a join penempatan p on p.jabatan_id = a.kepala_jabatan_id
           where a.instansi_id = u.instansi_id and u.path like a.path || '%' and a.id <> u.id
             and p.pegawai_id = po.penetap_pegawai_id)`,
    );
    expect(wrong).toEqual([]);
  });

  // A keberatan decided UBAH changes ratings after the calibration: the board holds what it finalised.
  it('keeps every FINAL calibration truthful: its stored check is the check of its evaluations', async () => {
    const boards = await q(
      `select k.id, k.periode_kode, k.status, k.hasil, k.override, k.override_alasan, po.predikat as org,
              (select json_agg(coalesce(kb.hasil_sebelum->>'predikat', e.predikat)) from evaluasi e
                 left join keberatan kb on kb.evaluasi_id = e.id and kb.keputusan = 'UBAH'
                where e.instansi_id = k.instansi_id and e.unit_penilaian_id = k.unit_penilaian_id
                  and e.periode_kode = k.periode_kode and e.predikat is not null) as predikat
         from kalibrasi k join predikat_organisasi po on po.instansi_id = k.instansi_id and po.unit_id = k.unit_penilaian_id
           and po.tahun = k.tahun and po.periode_kode = k.periode_kode
        where k.instansi_id = $1`,
    );
    const check = (b: (typeof boards)[number]) => {
      const counts: Partial<Record<Predikat, number>> = {};
      for (const p of (b.predikat ?? []) as Predikat[]) counts[p] = (counts[p] ?? 0) + 1;
      return checkDistribution(b.org as PredikatOrganisasi, counts);
    };
    for (const b of boards.filter((x) => x.status === 'FINAL')) {
      const c = check(b);
      expect(b.hasil.sesuai).toBe(c.sesuai);
      expect(b.hasil.jumlah).toEqual(c.jumlah);
      expect(b.override).toBe(!c.sesuai);
      if (b.override) expect(b.override_alasan.length).toBeGreaterThan(20);
    }
    const periodic = boards.filter((b) => b.periode_kode !== 'AKHIR');
    expect(periodic.filter((b) => b.override).length).toBeLessThanOrEqual(periodic.length / 10);
    const akhir = boards.filter((b) => b.periode_kode === 'AKHIR');
    expect(akhir.filter((b) => b.status === 'FINAL' && b.override)).toHaveLength(1);
    const violating = akhir.filter((b) => b.status === 'TERBUKA' && !check(b).sesuai);
    expect(violating.length).toBeGreaterThanOrEqual(1);
    const [{ n }] = await q(
      `select count(*)::int as n from kalibrasi_perubahan where instansi_id = $1 and length(alasan) > 20`,
    );
    expect(n).toBeGreaterThan(0);
  });

  it('computes receipt deadlines with the window rule and settles finality by them', async () => {
    const rows = await q(
      `select e.status, e.batas_keberatan::text as batas, to_char(e.diterima_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD') as diterima,
              exists (select 1 from keberatan k where k.evaluasi_id = e.id) as ada_keberatan
         from evaluasi e where e.instansi_id = $1 and e.diterima_at is not null`,
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      expect(r.batas).toBe(objectionDeadline(r.diterima).batas);
      if (r.status === 'DITERIMA') expect(r.batas >= HARI_INI).toBe(true);
      if (r.status === 'FINAL' && !r.ada_keberatan) expect(r.batas < HARI_INI).toBe(true);
    }
    expect(rows.some((r) => r.status === 'DITERIMA')).toBe(true);
  });

  it('files keberatan in time, at every stage, and keeps evaluation and objection states in step', async () => {
    const rows = await q(
      `select k.status, k.keputusan, k.keputusan_alasan, k.penjelasan_penilai, k.hasil_sebelum, k.hasil_sesudah,
              k.atasan_pegawai_id = e.atasan_penilai_pegawai_id as ke_atasan,
              to_char(k.diajukan_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD') as diajukan, e.batas_keberatan::text as batas,
              k.diajukan_at > e.diterima_at as setelah_terima, e.status as e_status, e.versi, e.predikat,
              (select count(*)::int from evaluasi_versi v where v.evaluasi_id = e.id) as versi_rows
         from keberatan k join evaluasi e on e.id = k.evaluasi_id where k.instansi_id = $1`,
    );
    const stages = new Set(rows.map((r) => (r.status === 'DIPUTUSKAN' ? `DIPUTUSKAN_${r.keputusan}` : r.status)));
    expect([...stages].sort()).toEqual(['DIAJUKAN', 'DIPERIKSA', 'DIPUTUSKAN_TETAP', 'DIPUTUSKAN_UBAH']);
    for (const r of rows) {
      expect(r.ke_atasan).toBe(true);
      expect(r.diajukan <= r.batas).toBe(true);
      expect(r.setelah_terima).toBe(true);
      expect(r.e_status).toBe(r.status === 'DIPUTUSKAN' ? 'FINAL' : 'KEBERATAN');
      if (r.status !== 'DIAJUKAN') expect(r.penjelasan_penilai).toEqual(expect.any(String));
      if (r.status === 'DIPUTUSKAN') expect(r.keputusan_alasan).toEqual(expect.any(String));
      if (r.keputusan === 'UBAH') {
        expect(r.hasil_sesudah).not.toEqual(r.hasil_sebelum);
        expect(r.hasil_sesudah.predikat).toBe(r.predikat);
        expect([r.versi, r.versi_rows]).toEqual([2, 2]);
      }
    }
    const versiGaps = await q(
      `select e.id from evaluasi e where e.instansi_id = $1 and e.ditetapkan_at is not null
          and (select count(*) from evaluasi_versi v where v.evaluasi_id = e.id) <> e.versi`,
    );
    expect(versiGaps).toEqual([]);
  });

  it('gives the demo accounts showable states', async () => {
    const akun = await q(
      `select a.pegawai_id, c.label from akun a join demo_credential c on c.username = a.username and c.instansi_id = a.instansi_id
        where a.instansi_id = $1 and a.pegawai_id is not null`,
    );
    const who = (prefix: string) => akun.find((a) => a.label.startsWith(prefix))?.pegawai_id as string;
    const [head, appraiser, guru] = [who('Kepala OPD'), who('Pejabat penilai'), who('Guru')];
    // The teacher: the latest quarter received two days ago, days left to object.
    const [g] = await q(
      `select status, batas_keberatan::text as batas from evaluasi where instansi_id = $1 and pegawai_id = $2 and periode_kode = 'TW3'`,
      [demo.instansiId, guru],
    );
    expect(g.status).toBe('DITERIMA');
    expect(g.batas > HARI_INI).toBe(true);
    // The OPD head: an objection to decide (explained by the appraiser) and one just filed.
    const toDecide = await q(
      `select k.status from keberatan k where k.instansi_id = $1 and k.atasan_pegawai_id = $2 order by k.status`,
      [demo.instansiId, head],
    );
    expect(toDecide.map((r) => r.status)).toEqual(expect.arrayContaining(['DIAJUKAN', 'DIPERIKSA']));
    // …and their OPD's annual board, open and breaking the pattern.
    const [board] = await q(
      `select k.status from kalibrasi k join unit_organisasi u on u.id = k.unit_penilaian_id
         join penempatan p on p.jabatan_id = u.kepala_jabatan_id and p.pegawai_id = $2
        where k.instansi_id = $1 and k.periode_kode = 'AKHIR'`,
      [demo.instansiId, head],
    );
    expect(board.status).toBe('TERBUKA');
    const [moved] = await q(
      `select p.alasan, p.dari->>'predikat' as dari, e.predikat, e.predikat_usulan from kalibrasi_perubahan p
         join kalibrasi k on k.id = p.kalibrasi_id join evaluasi e on e.id = p.evaluasi_id
         join unit_organisasi u on u.id = k.unit_penilaian_id
         join penempatan pn on pn.jabatan_id = u.kepala_jabatan_id and pn.pegawai_id = $2
        where p.instansi_id = $1 and k.status = 'TERBUKA'`,
      [demo.instansiId, head],
    );
    expect(moved).toMatchObject({ dari: 'SANGAT_BAIK', predikat: 'BAIK', predikat_usulan: 'SANGAT_BAIK' });
    // The appraiser: subordinates still to rate for the annual evaluation.
    const toRate = await q(
      `select status, rating_perilaku from evaluasi where instansi_id = $1 and penilai_pegawai_id = $2 and periode_kode = 'AKHIR'`,
      [demo.instansiId, appraiser],
    );
    expect(toRate.length).toBeGreaterThan(0);
    for (const r of toRate) expect(r).toEqual({ status: 'DRAFT', rating_perilaku: null });
    // A rating hasil kerja always says where it came from, and only then.
    const sumber = await q(
      `select id from evaluasi where instansi_id = $1 and (rating_hasil_kerja is null) <> (rating_hasil_kerja_sumber is null)`,
    );
    expect(sumber).toEqual([]);
  });

  // Last: it replaces the data the tests above read.
  it('evaluates nothing in a demo year that has not started, and a quarter only after its entry deadline', async () => {
    const regenerate = async (sekarang: string) => {
      for (const t of TABLES) await database().pool.query(`delete from ${t} where instansi_id = $1`, [demo.instansiId]);
      return generateEvaluasiDemo(database(), {
        instansiId: demo.instansiId,
        tahun: 2026,
        seed: 3,
        sekarang: new Date(sekarang),
      });
    };
    const before = await regenerate('2025-12-20T03:00:00Z');
    expect(before.evaluasi).toBe(0);
    expect(await q('select id from evaluasi where instansi_id = $1')).toEqual([]);
    // TW1 ended on 31 March; realisasi may be entered until 10 April (the default 10 days).
    expect((await regenerate('2026-04-10T03:00:00Z')).periodeLewat).toEqual([]);
    const april = await regenerate('2026-04-12T03:00:00Z');
    expect(april.periodeLewat).toEqual(['TW1']);
    const late = await q(
      `select id from evaluasi where instansi_id = $1 and (greatest(ditetapkan_at, diterima_at, final_at) > $2
          or (periode_kode = 'TW1' and ditetapkan_at < '2026-04-10T17:00:00Z'))`,
      [demo.instansiId, '2026-04-12T03:00:00Z'],
    );
    expect(late).toEqual([]);
  });
});
