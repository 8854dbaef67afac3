/**
 * The evaluation year of the demo government (issue 11 item 10): `generateEvaluasiDemo(database,
 * { instansiId, tahun, seed, sekarang })` adds, from the set SKPs, the hierarchy and the year's
 * periods the demo already holds,
 *
 * - a predikat kinerja organisasi for every unit penilaian (each OPD and each UPT/puskesmas, the
 *   foundation's default) and every past quarter — mostly Baik, some Istimewa and Butuh Perbaikan,
 *   one Kurang — with its basis (rencana aksi counted from the data, PK achievement) and who decided
 *   (the regional head for an OPD, recorded by the admin; the OPD head for a UPT/puskesmas);
 * - periodic evaluations of every quarter past its entry deadline (evaluasi-demo-plan.ts): ratings drawn to
 *   fit the unit's pola distribusi, the unit head's rating hasil kerja from the predikat organisasi,
 *   predikat from the quadrant, a FINAL calibration with its check (a few with changes in place and
 *   reasons), set, received and final evaluations with the objection deadline of the instansi's
 *   window, versions, and `skp_periode.dinilai_at` for every set period;
 * - the annual (AKHIR) evaluation under way: rated and unrated DRAFTs on open boards, the demo OPD
 *   and two other units proposing against the pattern, one unit finalised with an override and a
 *   justification and its evaluations set, some units not started;
 * - keberatan at every stage and the demo accounts' states (evaluasi-demo-keberatan.ts).
 *
 * Planned in memory (a few tens of thousands of rows for 7,700 pegawai) and written with
 * `jsonb_to_recordset` bulk inserts in one transaction with one audit entry. Deterministic for the
 * same (seed, instansi, tahun, org data, today).
 */
import { sql } from 'drizzle-orm';
import { writeAudit } from '../../modules/audit/index.ts';
import { loadSettingsWith } from '../../modules/pengaturan/index.ts';
import type { BulkColumn } from '../bulk.ts';
import type { Database } from '../client.ts';
import { planKeberatan, planVersi } from './evaluasi-demo-keberatan.ts';
import { buildPlan } from './evaluasi-demo-plan.ts';
import { unitPenilaianMap } from './evaluasi-demo-rules.ts';
import { type Kepala, type PeriodeIn, type Row, type SkpIn, tanggalWib, type UnitIn } from './evaluasi-demo-types.ts';
import { Rng } from './prng.ts';
import { insertJsonRows } from './skp-demo.ts';

export interface EvaluasiDemoOptions {
  instansiId: string;
  tahun: number;
  seed: number | string;
  /** "Now" (default: the real now): periods that ended before it are evaluated. */
  sekarang?: Date;
}

export interface EvaluasiDemoResult {
  predikatOrganisasi: number;
  evaluasi: number;
  kalibrasi: number;
  keberatan: number;
  periodeLewat: string[];
  cerita: { overrideUnit: string | null; melanggar: string[]; kurang: string | null };
}

const c = (name: string, type: string): BulkColumn => ({ name, type });
const COLS = {
  predikat_organisasi: [
    c('id', 'uuid'),
    c('instansi_id', 'uuid'),
    c('unit_id', 'uuid'),
    c('tahun', 'int4'),
    c('periode_kode', 'text'),
    c('predikat', 'text'),
    c('dasar', 'jsonb'),
    c('catatan', 'text'),
    c('penetap_pegawai_id', 'uuid'),
    c('penetap_nama', 'text'),
    c('penetap_jabatan', 'text'),
    c('dicatat_oleh_akun_id', 'uuid'),
    c('ditetapkan_at', 'timestamptz'),
  ],
  evaluasi: [
    c('id', 'uuid'),
    c('instansi_id', 'uuid'),
    c('skp_id', 'uuid'),
    c('pegawai_id', 'uuid'),
    c('tahun', 'int4'),
    c('periode_kode', 'text'),
    c('unit_penilaian_id', 'uuid'),
    c('penilai_pegawai_id', 'uuid'),
    c('atasan_penilai_pegawai_id', 'uuid'),
    c('status', 'text'),
    c('penilaian_rhk', 'jsonb'),
    c('umpan_balik_perilaku', 'jsonb'),
    c('rating_hasil_kerja', 'text'),
    c('rating_hasil_kerja_sumber', 'text'),
    c('rating_perilaku', 'text'),
    c('predikat', 'text'),
    c('predikat_usulan', 'text'),
    c('catatan', 'text'),
    c('versi', 'int4'),
    c('ditetapkan_at', 'timestamptz'),
    c('ditetapkan_oleh', 'uuid'),
    c('ditetapkan_oleh_nama', 'text'),
    c('diterima_at', 'timestamptz'),
    c('diterima_dicatat_oleh', 'uuid'),
    c('batas_keberatan', 'date'),
    c('final_at', 'timestamptz'),
  ],
  evaluasi_versi: [
    c('id', 'uuid'),
    c('instansi_id', 'uuid'),
    c('evaluasi_id', 'uuid'),
    c('versi', 'int4'),
    c('isi', 'jsonb'),
    c('alasan', 'text'),
    c('oleh_akun_id', 'uuid'),
    c('created_at', 'timestamptz'),
  ],
  kalibrasi: [
    c('id', 'uuid'),
    c('instansi_id', 'uuid'),
    c('unit_penilaian_id', 'uuid'),
    c('tahun', 'int4'),
    c('periode_kode', 'text'),
    c('status', 'text'),
    c('hasil', 'jsonb'),
    c('override', 'bool'),
    c('override_alasan', 'text'),
    c('final_at', 'timestamptz'),
    c('final_oleh_akun_id', 'uuid'),
    c('final_oleh_nama', 'text'),
  ],
  kalibrasi_perubahan: [
    c('id', 'uuid'),
    c('instansi_id', 'uuid'),
    c('kalibrasi_id', 'uuid'),
    c('evaluasi_id', 'uuid'),
    c('dari', 'jsonb'),
    c('ke', 'jsonb'),
    c('alasan', 'text'),
    c('oleh_akun_id', 'uuid'),
    c('oleh_nama', 'text'),
    c('created_at', 'timestamptz'),
  ],
  keberatan: [
    c('id', 'uuid'),
    c('instansi_id', 'uuid'),
    c('evaluasi_id', 'uuid'),
    c('pegawai_id', 'uuid'),
    c('atasan_pegawai_id', 'uuid'),
    c('status', 'text'),
    c('alasan', 'text'),
    c('permintaan', 'jsonb'),
    c('diajukan_at', 'timestamptz'),
    c('penjelasan_penilai', 'text'),
    c('penjelasan_penilai_at', 'timestamptz'),
    c('penjelasan_pegawai', 'text'),
    c('penjelasan_pegawai_at', 'timestamptz'),
    c('keputusan', 'text'),
    c('keputusan_alasan', 'text'),
    c('hasil_sebelum', 'jsonb'),
    c('hasil_sesudah', 'jsonb'),
    c('diputuskan_at', 'timestamptz'),
    c('diputuskan_oleh', 'uuid'),
    c('diputuskan_oleh_nama', 'text'),
  ],
} as const;

async function rows<T>(database: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await database.db.execute(query)).rows as T[];
}

/** Writes the demo evaluation year (see the module comment). */
export async function generateEvaluasiDemo(
  database: Database,
  options: EvaluasiDemoOptions,
): Promise<EvaluasiDemoResult> {
  const { instansiId, tahun } = options;
  const now = options.sekarang ?? new Date();
  const today = tanggalWib(now.getTime());
  // A demo year that has not started has nothing to evaluate (like the execution demo).
  if (today < `${tahun}-01-01`) return empty();
  const [inst] = await rows<{ nama: string; jabatan: string; pimpinan: string | null }>(
    database,
    sql`select nama, jabatan_pimpinan as jabatan, nama_pimpinan as pimpinan from instansi where id = ${instansiId}`,
  );
  if (!inst) throw new Error(`generateEvaluasiDemo: no instansi ${instansiId}`);
  const [settings, units, kepala, periode, skps, akun, ra] = await Promise.all([
    loadSettingsWith(database.db, instansiId),
    rows<UnitIn>(
      database,
      sql`select id, parent_id as "parentId", jenis, depth, nama from unit_organisasi where instansi_id = ${instansiId} order by path`,
    ),
    rows<Kepala & { unitId: string }>(
      database,
      sql`select distinct on (u.id) u.id as "unitId", p.id as "pegawaiId", p.nama, j.nama as jabatan
            from unit_organisasi u join jabatan j on j.id = u.kepala_jabatan_id
            join penempatan pn on pn.instansi_id = u.instansi_id and pn.jabatan_id = j.id
              and pn.mulai <= ${today}::date and (pn.selesai is null or pn.selesai >= ${today}::date)
            join pegawai p on p.id = pn.pegawai_id
           where u.instansi_id = ${instansiId} order by u.id, pn.jenis = 'DEFINITIF' desc, pn.mulai desc`,
    ),
    rows<{ periode: PeriodeIn[] }>(
      database,
      sql`select periode from periode_kinerja where instansi_id = ${instansiId} and tahun = ${tahun}`,
    ),
    rows<SkpIn & { atasanNama: string | null }>(
      database,
      sql`select s.id, s.pegawai_id as "pegawaiId", s.unit_id as "unitId", s.penilai_pegawai_id as "penilaiId",
            s.snapshot->'penilai'->>'nama' as "penilaiNama", s.snapshot->'atasanPenilai'->>'pegawaiId' as "atasanId",
            s.snapshot->'atasanPenilai'->>'nama' as "atasanNama", s.mulai::text as mulai, s.selesai::text as selesai,
            coalesce((select json_agg(r.id order by r.jenis desc, r.urutan) from rhk r
              where r.instansi_id = s.instansi_id and r.skp_id = s.id), '[]') as rhk
          from skp s where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and s.status = 'DITETAPKAN' order by s.id`,
    ),
    rows<{ id: string; username: string; pegawaiId: string | null; label: string | null }>(
      database,
      sql`select a.id, a.username, a.pegawai_id as "pegawaiId", c.label from akun a
            left join demo_credential c on c.instansi_id = a.instansi_id and c.username = a.username
           where a.instansi_id = ${instansiId} and a.is_demo order by a.username`,
    ),
    rows<{ skpId: string; kode: string; n: number }>(
      database,
      sql`select skp_id as "skpId", periode_kode as kode, count(*)::int as n from rencana_aksi
           where instansi_id = ${instansiId} group by skp_id, periode_kode`,
    ),
  ]);
  const admin = akun.find((a) => a.username.startsWith('admin.'));
  if (!admin || !periode[0]) return empty();

  const unitPenilaian = unitPenilaianMap(units);
  const kepalaMap = new Map(
    kepala.map((k) => [k.unitId, { pegawaiId: k.pegawaiId, nama: k.nama, jabatan: k.jabatan }]),
  );
  const unitOfSkp = new Map(skps.map((s) => [s.id, unitPenilaian.get(s.unitId)]));
  const rencanaAksi = new Map<string, number>();
  for (const r of ra) {
    const key = `${unitOfSkp.get(r.skpId)}|${r.kode}`;
    rencanaAksi.set(key, (rencanaAksi.get(key) ?? 0) + r.n);
  }
  const labelled = (prefix: string) => akun.find((a) => a.pegawaiId && a.label?.startsWith(prefix))?.pegawaiId ?? null;
  const demo = {
    opdHead: labelled('Kepala OPD'),
    appraiser: labelled('Pejabat penilai'),
    staff: labelled('Pegawai pelaksana'),
    guru: labelled('Guru'),
  };
  const namaOf = new Map<string, string>();
  for (const s of skps) if (s.atasanId && s.atasanNama) namaOf.set(s.atasanId, s.atasanNama);
  const opdDemo = demo.opdHead ? ([...kepalaMap].find(([, k]) => k.pegawaiId === demo.opdHead)?.[0] ?? null) : null;
  const wilayah = inst.nama.replace(/^Pemerintah (Kabupaten|Kota|Provinsi) /, '');
  const input = {
    instansiId,
    tahun,
    now,
    settings,
    rng: new Rng(`kinerja-demo-evaluasi|${options.seed}|${instansiId}|${tahun}|${today}`),
    ids: new Rng(`kinerja-demo-evaluasi-ids|${options.seed}|${instansiId}|${tahun}|${today}`),
    skps,
    units,
    unitPenilaian,
    kepala: kepalaMap,
    namaOf,
    periode: periode[0].periode,
    pimpinan: { nama: inst.pimpinan ?? `${inst.jabatan} ${wilayah}`, jabatan: `${inst.jabatan} ${wilayah}` },
    adminAkunId: admin.id,
    akunOf: new Map(akun.flatMap((a) => (a.pegawaiId ? [[a.pegawaiId, a.id] as const] : []))),
    rencanaAksi,
    opdDemo: opdDemo ? (unitPenilaian.get(opdDemo) ?? null) : null,
    belumDinilai: new Set(
      skps
        .filter((s) => demo.appraiser && (s.penilaiId === demo.appraiser || s.pegawaiId === demo.appraiser))
        .map((s) => s.pegawaiId),
    ),
    demo,
  };
  const plan = buildPlan(input);
  const { keberatan, koreksi } = planKeberatan(input, plan);
  const versi = planVersi(input, koreksi);
  const evaluasi = plan.gens.map((g) => g.row);

  await database.db.transaction(async (tx) => {
    const write = (table: keyof typeof COLS, data: Row[]) => insertJsonRows(tx, table, [...COLS[table]], data, 2000);
    await write('predikat_organisasi', plan.predikatOrganisasi);
    await write('evaluasi', evaluasi);
    await write('evaluasi_versi', versi);
    await write('kalibrasi', plan.kalibrasi);
    await write('kalibrasi_perubahan', plan.perubahan);
    await write('keberatan', keberatan);
    // Setting an evaluation locks the period's realisasi (skp_periode.dinilai_at), as the app does.
    // Version 1 of every other set evaluation is its current content (set once, never changed):
    // copied inside the database rather than sent twice. Recorded by the appraiser's account where
    // the appraiser has one (the demo accounts), else by the admin who keeps the demo.
    await tx.execute(sql`
      insert into evaluasi_versi (instansi_id, evaluasi_id, versi, isi, alasan, oleh_akun_id, created_at)
      select e.instansi_id, e.id, 1,
        jsonb_build_object('ratingHasilKerja', e.rating_hasil_kerja, 'ratingHasilKerjaSumber', e.rating_hasil_kerja_sumber,
          'ratingPerilaku', e.rating_perilaku, 'predikat', e.predikat, 'penilaianRhk', e.penilaian_rhk,
          'umpanBalikPerilaku', e.umpan_balik_perilaku, 'catatan', e.catatan),
        null, coalesce(a.id, ${admin.id}::uuid), e.ditetapkan_at
      from evaluasi e
      left join lateral (select id from akun where instansi_id = e.instansi_id and pegawai_id = e.penilai_pegawai_id
        order by username limit 1) a on true
      where e.instansi_id = ${instansiId} and e.tahun = ${tahun} and e.ditetapkan_at is not null and e.versi = 1`);
    await tx.execute(sql`
      insert into skp_periode (instansi_id, skp_id, periode_kode, dinilai_at)
      select instansi_id, skp_id, periode_kode, ditetapkan_at from evaluasi
       where instansi_id = ${instansiId} and tahun = ${tahun} and ditetapkan_at is not null
      on conflict (instansi_id, skp_id, periode_kode) do update set dinilai_at = excluded.dinilai_at`);
    await writeAudit(tx, {
      instansiId,
      akunId: null,
      actorLabel: 'demo',
      action: 'demo.evaluasi',
      entity: 'instansi',
      entityId: instansiId,
      after: {
        tahun,
        periode: plan.lewat,
        predikatOrganisasi: plan.predikatOrganisasi.length,
        evaluasi: evaluasi.length,
        kalibrasi: plan.kalibrasi.length,
        keberatan: keberatan.length,
      },
    });
  });
  return {
    predikatOrganisasi: plan.predikatOrganisasi.length,
    evaluasi: evaluasi.length,
    kalibrasi: plan.kalibrasi.length,
    keberatan: keberatan.length,
    periodeLewat: plan.lewat,
    cerita: plan.cerita,
  };
}

function empty(): EvaluasiDemoResult {
  return {
    predikatOrganisasi: 0,
    evaluasi: 0,
    kalibrasi: 0,
    keberatan: 0,
    periodeLewat: [],
    cerita: { overrideUnit: null, melanggar: [], kurang: null },
  };
}
