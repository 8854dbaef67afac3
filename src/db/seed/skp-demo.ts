/**
 * Performance plans for the demo government (issue 4): `generateSkpDemo(database, { instansiId,
 * tahun, seed })` adds, for one year,
 *
 * - the performance year (TRIWULANAN: TW1–TW4 + AKHIR, SKP deadline 31 January);
 * - a set Perjanjian Kinerja for every OPD and every self-standing unit (UPT, puskesmas, RSUD):
 *   3–5 sasaran with 1–3 indikator and the targets a regency signs for that kind of office;
 * - SKPs for most pegawai, cascaded like the real thing: heads of self-standing units (JPT form)
 *   carry out the PK indicators (a few indicators are left untouched), everyone else intervenes an
 *   RHK of their appraiser (administrators → the head, pengawas → the administrator, staff,
 *   teachers and health workers → their appraiser), with IKI per aspect, BerAKHLAK perilaku with a
 *   few ekspektasi khusus, a filled Lampiran, a frozen version for every set SKP, and a few orphan
 *   RHK for the pohon kinerja to flag;
 * - states: about 55 % DITETAPKAN, 15 % DIAJUKAN, 5 % DIKEMBALIKAN (with the appraiser's notes),
 *   15 % DRAFT and 10 % without an SKP (appraisers always have one, so their staff can cascade);
 *   the demo accounts get useful ones: the OPD head has set their SKP and has subordinates'
 *   SKPs waiting (submitted, returned, draft; the rest of an appraiser's team set), the staff member a filled draft ready to submit,
 *   the teacher a set SKP to print.
 *
 * Rows are written directly with SQL (`INSERT … SELECT FROM unnest`), in one transaction, using the
 * column semantics of schema-skp.ts and the snapshot/version shapes of docs/skp-api-contract.md.
 * Deterministic for the same (seed, instansi, tahun, org data); appraisers are resolved with the
 * same domain rules as the app, on 1 January of the year (the demo's reference date).
 */
import { sql } from 'drizzle-orm';
import { periodEntryDeadline, periodeEvaluasi } from '../../domain/deadlines.ts';
import { type Penilai, resolveAppraiser } from '../../domain/hierarchy/appraiser.ts';
import { BERAKHLAK } from '../../domain/rules/berakhlak.ts';
import { defaultRentang, isKepalaUnitMandiri } from '../../domain/skp/rules.ts';
import { jenisFormFor } from '../../domain/skp/workflow.ts';
import { getOrgIndex } from '../../modules/org/index.ts';
import { type BulkColumn, bulkInsert, toColumns } from '../bulk.ts';
import type { Database } from '../client.ts';
import type { Executor } from '../tx.ts';
import { addDays, Rng } from './prng.ts';
import {
  CATATAN_PENILAI,
  CATATAN_RHK,
  EKSPEKTASI_KHUSUS,
  LAMPIRAN,
  PK_TEMPLATES,
  type PkTpl,
  RHK_PIMPINAN,
  RHK_STAF,
  RHK_TAMBAHAN,
} from './skp-demo-content.ts';

export interface SkpDemoOptions {
  instansiId: string;
  tahun: number;
  seed: number | string;
  /** Date of the org snapshot (placements, appraisers); default 1 January of the year. */
  tanggal?: string;
}

export interface SkpDemoResult {
  periodeId: string;
  pk: number;
  skp: number;
  rhk: number;
  iki: number;
  status: Record<string, number>;
}

type Status = 'DRAFT' | 'DIAJUKAN' | 'DIKEMBALIKAN' | 'DITETAPKAN';

interface UnitRow {
  id: string;
  parentId: string | null;
  nama: string;
  jenis: string;
  kepalaJabatanId: string | null;
  depth: number;
}
interface JabatanRow {
  id: string;
  unitId: string;
  nama: string;
  jenis: string;
}
interface PegawaiRow {
  id: string;
  nama: string;
  nip: string;
  golongan: string | null;
}

interface PkIndikatorGen {
  id: string;
  sasaranId: string;
  sasaran: string;
  perspektif: string;
  urutan: number;
  indikator: string;
  targetNilai: string | null;
  satuan: string;
  targetTeks: string | null;
  turun: boolean;
}

interface IkiGen {
  id: string;
  urutan: number;
  aspek: string;
  indikator: string;
  targetNilai: string | null;
  targetSatuan: string | null;
  targetTeks: string | null;
}

interface RhkGen {
  id: string;
  skpId: string;
  jenis: 'UTAMA' | 'TAMBAHAN';
  urutan: number;
  teks: string;
  sumber: string;
  parentRhkId: string | null;
  pkIndikatorId: string | null;
  cascading: string | null;
  perspektif: string | null;
  penugasanDari: string | null;
  catatan: string | null;
  /** Short phrase children cascade from ("peningkatan angka partisipasi murni …"). */
  kontribusi: string;
  iki: IkiGen[];
}

interface SkpGen {
  id: string;
  pegawai: PegawaiRow;
  jab: JabatanRow;
  unit: UnitRow;
  penilai: Penilai | null;
  atasan: Penilai | null;
  status: Status;
  jenisForm: 'JPT' | 'JA_JF';
  pendekatan: 'KUANTITATIF' | 'KUALITATIF';
  mulai: string;
  selesai: string;
  rhk: RhkGen[];
  perilaku: Record<string, string>;
  lampiran: { dukunganSumberDaya: string[]; skemaPertanggungjawaban: string[]; konsekuensi: string[] };
  catatanPenilai: string | null;
  diajukanAt: string | null;
  ditetapkanAt: string | null;
}

/** "Persentase layanan …" → "persentase layanan …", but a title ("Angka Partisipasi Murni …", "Nilai SAKIP") keeps its capitals. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]+ [a-z(]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const wib = (date: string, hour: number) => `${date}T${String(hour - 7).padStart(2, '0')}:00:00.000Z`;

async function rows<T>(exec: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await exec.execute(query)).rows as T[];
}

function penilaiSnap(p: Penilai | null, golongan: Map<string, string | null>) {
  if (!p) return null;
  if (p.kind === 'PEGAWAI') {
    return {
      pegawaiId: p.pegawaiId,
      nama: p.nama,
      nip: p.nip,
      jabatanNama: p.jabatanNama,
      golongan: golongan.get(p.pegawaiId) ?? null,
    };
  }
  return { pegawaiId: null, nama: p.nama ?? p.jabatan, nip: null, jabatanNama: p.jabatan, golongan: null };
}

function pkTemplateFor(nama: string): PkTpl {
  return PK_TEMPLATES.find((t) => t.cocok.test(nama)) as PkTpl;
}

/** Kind of staff result for a position (for RHK and IKI wording). */
function kategori(jab: JabatanRow): keyof typeof RHK_STAF {
  if (jab.jenis !== 'FUNGSIONAL') return 'PELAKSANA';
  if (jab.nama.startsWith('Guru')) return 'GURU';
  if (
    /Dokter|Perawat|Bidan|Apoteker|Nutrisionis|Sanitarian|Kesehatan|Laboratorium|Fisioterapis|Radiografer|Terapis|Epidemiolog|Penyuluh Kesehatan/.test(
      jab.nama,
    )
  ) {
    return 'NAKES';
  }
  return 'JF';
}

const OBJEK: Record<string, { objek: string; satuan: string; min: number; max: number }> = {
  GURU: { objek: 'rencana dan laporan pembelajaran', satuan: 'dokumen', min: 24, max: 72 },
  NAKES: { objek: 'pelayanan kepada pasien', satuan: 'layanan', min: 300, max: 2400 },
  JF: { objek: 'kajian dan laporan teknis', satuan: 'dokumen', min: 6, max: 24 },
  PELAKSANA: { objek: 'dokumen dan layanan administrasi', satuan: 'dokumen', min: 60, max: 600 },
  PIMPINAN: { objek: 'keluaran program unit kerja', satuan: 'keluaran', min: 4, max: 24 },
};

function makeIki(rng: Rng, ids: Rng, kind: string, pendekatan: string, count: number, opdObjek: string): IkiGen[] {
  const o = OBJEK[kind];
  const objek = kind === 'PIMPINAN' ? opdObjek : o.objek;
  const aspects = ['KUANTITAS', 'KUALITAS', 'WAKTU'].slice(0, count);
  return aspects.map((aspek, i) => {
    const base = { id: ids.uuid(), urutan: i + 1, aspek };
    if (pendekatan === 'KUALITATIF') {
      const teks =
        aspek === 'KUANTITAS'
          ? `Seluruh ${objek} yang direncanakan terselesaikan setiap triwulan`
          : aspek === 'KUALITAS'
            ? `${objek[0].toUpperCase()}${objek.slice(1)} diterima pimpinan tanpa perbaikan berarti`
            : `Setiap ${objek} selesai sebelum batas waktu yang ditetapkan`;
      const indikator =
        aspek === 'KUANTITAS'
          ? `Keterselesaian ${objek}`
          : aspek === 'KUALITAS'
            ? `Kualitas ${objek}`
            : `Ketepatan waktu ${objek}`;
      return { ...base, indikator, targetNilai: null, targetSatuan: null, targetTeks: teks };
    }
    if (aspek === 'KUANTITAS') {
      const n = rng.int(o.min, o.max);
      return {
        ...base,
        indikator: `Jumlah ${objek} yang diselesaikan`,
        targetNilai: String(n),
        targetSatuan: kind === 'PIMPINAN' ? 'keluaran' : o.satuan,
        targetTeks: null,
      };
    }
    if (aspek === 'KUALITAS') {
      return {
        ...base,
        indikator: `Persentase ${objek} yang memenuhi standar mutu`,
        targetNilai: String(rng.pick([85, 90, 95, 100])),
        targetSatuan: '%',
        targetTeks: null,
      };
    }
    return {
      ...base,
      indikator: `Ketepatan waktu penyelesaian ${objek}`,
      targetNilai: '12',
      targetSatuan: 'bulan',
      targetTeks: null,
    };
  });
}

/**
 * Inserts rows through one JSON text parameter per chunk (`jsonb_to_recordset`): for rows with large
 * jsonb values this avoids PostgreSQL array-literal escaping of every JSON document, several times
 * faster than `unnest($1::jsonb[])` here.
 */
export async function insertJsonRows(
  exec: Executor,
  table: string,
  columns: BulkColumn[],
  data: Array<Record<string, unknown>>,
  chunk = 1000,
) {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const defs = columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
  for (let from = 0; from < data.length; from += chunk) {
    const json = JSON.stringify(data.slice(from, from + chunk));
    await exec.execute(
      sql`insert into ${sql.raw(`"${table}"`)} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${json}::jsonb) as x(${sql.raw(defs)})`,
    );
  }
}

const STATUS_WEIGHTS: Array<[Status | null, number]> = [
  ['DITETAPKAN', 55],
  ['DIAJUKAN', 15],
  ['DIKEMBALIKAN', 5],
  ['DRAFT', 15],
  [null, 10],
];

/** Writes the year's performance plans of a demo instansi (see the module comment). */
export async function generateSkpDemo(database: Database, options: SkpDemoOptions): Promise<SkpDemoResult> {
  const { instansiId, tahun } = options;
  const tanggal = options.tanggal ?? `${tahun}-01-01`;
  const rng = new Rng(`kinerja-demo-skp|${options.seed}|${instansiId}|${tahun}`);
  const ids = new Rng(`kinerja-demo-skp-ids|${options.seed}|${instansiId}|${tahun}`);
  const db = database.db;

  const [inst] = await rows<{ nama: string; jabatanPimpinan: string; namaPimpinan: string | null }>(
    db,
    sql`select nama, jabatan_pimpinan as "jabatanPimpinan", nama_pimpinan as "namaPimpinan" from instansi where id = ${instansiId}`,
  );
  if (!inst) throw new Error(`generateSkpDemo: no instansi ${instansiId}`);
  const [units, jabs, people, placements, demoPeople, orgEntry] = await Promise.all([
    rows<UnitRow>(
      db,
      sql`select id, parent_id as "parentId", nama, jenis, kepala_jabatan_id as "kepalaJabatanId", depth from unit_organisasi
          where instansi_id = ${instansiId} order by path`,
    ),
    rows<JabatanRow>(
      db,
      sql`select id, unit_id as "unitId", nama, jenis from jabatan where instansi_id = ${instansiId} order by id`,
    ),
    rows<PegawaiRow>(
      db,
      sql`select id, nama, nip, golongan from pegawai where instansi_id = ${instansiId} and status = 'AKTIF' order by id`,
    ),
    rows<{ pegawaiId: string; jabatanId: string; mulai: string }>(
      db,
      sql`select distinct on (pegawai_id) pegawai_id as "pegawaiId", jabatan_id as "jabatanId", mulai::text as mulai from penempatan
          where instansi_id = ${instansiId} and jenis = 'DEFINITIF' and mulai <= ${tanggal}::date
            and (selesai is null or selesai >= ${tanggal}::date)
          order by pegawai_id, mulai desc`,
    ),
    rows<{ pegawaiId: string }>(
      db,
      sql`select pegawai_id as "pegawaiId" from akun where instansi_id = ${instansiId} and pegawai_id is not null and is_demo order by username`,
    ),
    getOrgIndex(database, instansiId, tanggal),
  ]);
  if (!orgEntry) throw new Error('generateSkpDemo: no organisation');
  const unitById = new Map(units.map((u) => [u.id, u]));
  const jabById = new Map(jabs.map((j) => [j.id, j]));
  const golongan = new Map(people.map((p) => [p.id, p.golongan]));
  const placement = new Map(placements.map((p) => [p.pegawaiId, p]));
  const wilayah = inst.nama.replace(/^Pemerintah (Kabupaten|Kota|Provinsi) /, '');
  const opdOf = (u: UnitRow): UnitRow => {
    let cur = u;
    while (cur.depth > 1 && cur.parentId) cur = unitById.get(cur.parentId) as UnitRow;
    return cur;
  };

  // ---- performance year ---------------------------------------------------------------------
  const periodeItems = periodeEvaluasi(tahun, 'QUARTERLY').map((p) => ({
    kode: p.jenis === 'TAHUNAN' ? 'AKHIR' : `TW${p.kode.slice(6)}`,
    mulai: p.mulai,
    selesai: p.selesai,
    batasPengisian: periodEntryDeadline(p.selesai).batas,
  }));

  // ---- Perjanjian Kinerja: every OPD and self-standing unit ----------------------------------
  const pkUnits = units.filter((u) => u.depth === 1 || ['UPT', 'PUSKESMAS'].includes(u.jenis));
  const pkRows: Array<{ id: string; unitId: string; pihak: unknown }> = [];
  const sasaranRows: Array<{ id: string; pkId: string; urutan: number; sasaran: string }> = [];
  const pkByUnit = new Map<string, PkIndikatorGen[]>();
  const holderOf = (jabatanId: string | null) => {
    const h = jabatanId ? orgEntry.index.holders.get(jabatanId) : undefined;
    return h?.DEFINITIF[0] ?? h?.PLT[0] ?? h?.PLH[0] ?? null;
  };
  const peopleById = new Map(people.map((p) => [p.id, p]));
  for (const u of pkUnits) {
    const tpl = pkTemplateFor(u.nama);
    const pkId = ids.uuid();
    const headId = holderOf(u.kepalaJabatanId);
    const head = headId ? peopleById.get(headId) : undefined;
    const headJab = u.kepalaJabatanId ? jabById.get(u.kepalaJabatanId) : undefined;
    const kedua = head ? resolveAppraiser(orgEntry.index, head.id).penilai : null;
    pkRows.push({
      id: pkId,
      unitId: u.id,
      pihak: {
        pertama: head
          ? { pegawaiId: head.id, nama: head.nama, nip: head.nip, jabatanNama: headJab?.nama ?? null }
          : null,
        kedua: penilaiSnap(kedua, golongan),
      },
    });
    // 3–5 sasaran: the template's, topped up with the general ones when it has fewer than three.
    const umum = PK_TEMPLATES[PK_TEMPLATES.length - 1].sasaran.filter(
      (g) => !tpl.sasaran.some((t) => t.sasaran === g.sasaran),
    );
    const pool = tpl.sasaran.length >= 3 ? tpl.sasaran : [...tpl.sasaran, ...umum].slice(0, 3);
    const count = Math.min(pool.length, rng.int(3, 5));
    const list: PkIndikatorGen[] = [];
    pool.slice(0, count).forEach((s, i) => {
      const sid = ids.uuid();
      sasaranRows.push({ id: sid, pkId, urutan: i + 1, sasaran: s.sasaran });
      s.indikator.slice(0, 3).forEach((ind, k) => {
        const numeric = typeof ind.target === 'number';
        list.push({
          id: ids.uuid(),
          sasaranId: sid,
          sasaran: s.sasaran,
          perspektif: s.perspektif,
          urutan: k + 1,
          indikator: ind.nama,
          targetNilai: numeric ? String(ind.target) : null,
          satuan: ind.satuan,
          targetTeks: numeric ? null : String(ind.target),
          turun: !!ind.turun,
        });
      });
    });
    pkByUnit.set(u.id, list);
  }
  const pkIndikatorAll = [...pkByUnit.values()].flat();

  // ---- who gets which SKP ----------------------------------------------------------------------
  interface Person {
    pegawai: PegawaiRow;
    jab: JabatanRow;
    unit: UnitRow;
    mulai: string;
    penilai: Penilai | null;
    atasan: Penilai | null;
  }
  const persons: Person[] = [];
  for (const p of people) {
    const pl = placement.get(p.id);
    const jab = pl ? jabById.get(pl.jabatanId) : undefined;
    const unit = jab ? unitById.get(jab.unitId) : undefined;
    if (!pl || !jab || !unit) continue;
    const r = resolveAppraiser(orgEntry.index, p.id);
    persons.push({ pegawai: p, jab, unit, mulai: pl.mulai, penilai: r.penilai, atasan: r.atasanPenilai });
  }
  const byId = new Map(persons.map((x) => [x.pegawai.id, x]));
  const appraisees = new Map<string, Person[]>();
  for (const x of persons) {
    if (x.penilai?.kind !== 'PEGAWAI') continue;
    const list = appraisees.get(x.penilai.pegawaiId) ?? [];
    list.push(x);
    appraisees.set(x.penilai.pegawaiId, list);
  }
  // Depth in the appraisal chain, so that an appraiser's RHK exist before their staff cascade.
  const depth = new Map<string, number>();
  const depthOf = (x: Person, seen = new Set<string>()): number => {
    const known = depth.get(x.pegawai.id);
    if (known !== undefined) return known;
    const up = x.penilai?.kind === 'PEGAWAI' ? byId.get(x.penilai.pegawaiId) : undefined;
    const d = up && !seen.has(up.pegawai.id) ? depthOf(up, seen.add(x.pegawai.id)) + 1 : 0;
    depth.set(x.pegawai.id, d);
    return d;
  };
  for (const x of persons) depthOf(x);
  persons.sort(
    (a, b) =>
      (depth.get(a.pegawai.id) as number) - (depth.get(b.pegawai.id) as number) ||
      (a.pegawai.id < b.pegawai.id ? -1 : 1),
  );

  // States; appraisers always have an SKP. Demo accounts get states that give every screen content.
  const status = new Map<string, Status | null>();
  for (const x of persons) {
    const drawn = rng.weighted(STATUS_WEIGHTS);
    const isAppraiser = appraisees.has(x.pegawai.id);
    status.set(x.pegawai.id, drawn === null && isAppraiser ? 'DITETAPKAN' : drawn);
  }
  const demo = demoPeople.map((d) => byId.get(d.pegawaiId)).filter((x): x is Person => !!x);
  const demoIds = new Set(demo.map((d) => d.pegawai.id));
  // The demo accounts' appraisers have a set SKP, so the accounts can intervene its RHK.
  const protectedIds = new Set(demo.flatMap((d) => (d.penilai?.kind === 'PEGAWAI' ? [d.penilai.pegawaiId] : [])));
  for (const id of protectedIds) status.set(id, 'DITETAPKAN');
  for (const d of demo) {
    if (d.jab.jenis.startsWith('JPT_') || appraisees.has(d.pegawai.id)) {
      // An appraiser with work waiting: two submitted, one returned, one draft; the rest set (so
      // the evaluation demo gives them subordinates to rate).
      status.set(d.pegawai.id, 'DITETAPKAN');
      const team = (appraisees.get(d.pegawai.id) ?? [])
        .filter((t) => !protectedIds.has(t.pegawai.id) && !demoIds.has(t.pegawai.id))
        .sort((a, b) => (a.pegawai.nama < b.pegawai.nama ? -1 : a.pegawai.nama > b.pegawai.nama ? 1 : 0));
      const wanted: Status[] = ['DIAJUKAN', 'DIAJUKAN', 'DIKEMBALIKAN', 'DRAFT'];
      team.forEach((t, i) => {
        status.set(t.pegawai.id, i < wanted.length ? wanted[i] : 'DITETAPKAN');
      });
    } else {
      // The staff member drafts (ready to submit); the teacher has a set SKP to print.
      status.set(d.pegawai.id, d.jab.jenis === 'PELAKSANA' ? 'DRAFT' : 'DITETAPKAN');
    }
  }
  const demoStaff = new Set(demo.filter((d) => d.jab.jenis === 'PELAKSANA').map((d) => d.pegawai.id));

  // ---- SKP content -----------------------------------------------------------------------------
  const skps: SkpGen[] = [];
  const skpOf = new Map<string, SkpGen>();
  const rhkById = new Map<string, RhkGen>();
  const pkIndById = new Map(pkIndikatorAll.map((i) => [i.id, i]));
  const kepalaPimpinan = `${inst.jabatanPimpinan} ${wilayah}`;
  for (const x of persons) {
    const st = status.get(x.pegawai.id);
    if (!st) continue;
    const parentUnit = x.unit.parentId ? (unitById.get(x.unit.parentId) ?? null) : null;
    const jenisForm = jenisFormFor(x.jab.jenis, isKepalaUnitMandiri(x.jab.id, x.unit, parentUnit));
    const pendekatan = jenisForm === 'JPT' ? 'KUANTITATIF' : rng.chance(0.15) ? 'KUALITATIF' : 'KUANTITATIF';
    const { mulai, selesai } = defaultRentang(tahun, x.mulai);
    const skpId = ids.uuid();
    const opdTpl = pkTemplateFor(opdOf(x.unit).nama);
    const rhk: RhkGen[] = [];
    const add = (r: Omit<RhkGen, 'id' | 'skpId' | 'urutan' | 'catatan'>) => {
      const g: RhkGen = {
        ...r,
        id: ids.uuid(),
        skpId,
        urutan: rhk.filter((y) => y.jenis === r.jenis).length + 1,
        catatan: null,
      };
      rhk.push(g);
      rhkById.set(g.id, g);
      return g;
    };
    const isHead = x.unit.kepalaJabatanId === x.jab.id;
    const partial = st === 'DRAFT' && !demoStaff.has(x.pegawai.id) && rng.chance(0.4);
    if (jenisForm === 'JPT') {
      const inds = pkByUnit.get(x.unit.id) ?? [];
      for (const ind of inds) {
        if (ind.urutan > 1 && rng.chance(0.12)) continue; // an indicator nobody carries out: flagged in the pohon
        const inti = lowerFirst(ind.indikator);
        add({
          jenis: 'UTAMA',
          teks: `${ind.turun ? 'Menurunnya' : 'Meningkatnya'} ${inti}`,
          sumber: 'PK',
          parentRhkId: null,
          pkIndikatorId: ind.id,
          cascading: null,
          perspektif: ind.perspektif,
          penugasanDari: null,
          kontribusi: `${ind.turun ? 'penurunan' : 'peningkatan'} ${inti}`,
          iki: [
            {
              id: ids.uuid(),
              urutan: 1,
              aspek: 'KUANTITAS',
              indikator: ind.indikator,
              targetNilai: ind.targetNilai,
              targetSatuan: ind.satuan,
              targetTeks: ind.targetTeks,
            },
          ],
        });
      }
      if (!inds.length || rng.chance(0.3)) {
        add({
          jenis: inds.length ? 'TAMBAHAN' : 'UTAMA',
          teks: `Terlaksananya koordinasi program prioritas daerah di ${x.unit.nama}`,
          sumber: 'PENUGASAN',
          parentRhkId: null,
          pkIndikatorId: null,
          cascading: null,
          perspektif: 'PROSES_BISNIS',
          penugasanDari: kepalaPimpinan,
          kontribusi: `pelaksanaan program prioritas daerah`,
          iki: makeIki(rng, ids, 'PIMPINAN', pendekatan, 2, opdTpl.objek),
        });
      }
    } else {
      const parentSkp = x.penilai?.kind === 'PEGAWAI' ? skpOf.get(x.penilai.pegawaiId) : undefined;
      const parents = (parentSkp?.rhk ?? []).filter((r) => r.jenis === 'UTAMA');
      const kind = isHead ? 'PIMPINAN' : kategori(x.jab);
      const n = partial ? 1 : rng.int(2, 3);
      const offset = parents.length ? rng.int(0, parents.length - 1) : 0;
      const templates = kind === 'PIMPINAN' ? RHK_PIMPINAN : RHK_STAF[kind];
      const start = rng.int(0, templates.length - 1);
      for (let i = 0; i < n; i++) {
        const parent = parents.length ? parents[(offset + i) % parents.length] : null;
        const own = kind !== 'PIMPINAN' && x.jab.jenis === 'FUNGSIONAL' && i === n - 1 && n > 1 && rng.chance(0.35);
        const teks = templates[(start + i) % templates.length]
          .replaceAll('{unit}', x.unit.nama)
          .replaceAll('{kontribusi}', parent?.kontribusi ?? `pencapaian sasaran ${opdOf(x.unit).nama}`);
        const sumber = parent && !own ? 'INTERVENSI' : x.jab.jenis === 'FUNGSIONAL' ? 'JF' : 'PENUGASAN';
        add({
          jenis: 'UTAMA',
          teks,
          sumber,
          parentRhkId: sumber === 'INTERVENSI' ? (parent as RhkGen).id : null,
          pkIndikatorId: null,
          cascading: sumber === 'INTERVENSI' ? (rng.chance(0.2) ? 'LANGSUNG' : 'TIDAK_LANGSUNG') : null,
          perspektif: null,
          penugasanDari: sumber === 'PENUGASAN' ? (x.penilai?.kind === 'PEGAWAI' ? x.penilai.jabatanNama : null) : null,
          kontribusi: parent?.kontribusi ?? `pencapaian sasaran ${opdOf(x.unit).nama}`,
          iki: makeIki(rng, ids, kind, pendekatan, partial ? 1 : rng.chance(0.3) ? 3 : 2, opdTpl.objek),
        });
      }
      // A few RHK that say they intervene but name no parent: the pohon kinerja flags them.
      if (!partial && rng.chance(0.015)) {
        add({
          jenis: 'UTAMA',
          teks: `Terlaksananya tugas lain yang diberikan pimpinan di ${x.unit.nama}`,
          sumber: 'INTERVENSI',
          parentRhkId: null,
          pkIndikatorId: null,
          cascading: null,
          perspektif: null,
          penugasanDari: null,
          kontribusi: `pencapaian sasaran ${opdOf(x.unit).nama}`,
          iki: makeIki(rng, ids, kind, pendekatan, 2, opdTpl.objek),
        });
      }
      if (!partial && rng.chance(0.2)) {
        const t = rng.pick(RHK_TAMBAHAN);
        add({
          jenis: 'TAMBAHAN',
          teks: t.teks,
          sumber: t.sumber,
          parentRhkId: null,
          pkIndikatorId: null,
          cascading: null,
          perspektif: null,
          penugasanDari: t.dari ?? null,
          kontribusi: '',
          iki: makeIki(rng, ids, kind, pendekatan, 2, opdTpl.objek),
        });
      }
    }
    const perilaku: Record<string, string> = {};
    if (!partial && rng.chance(0.2)) {
      for (const kode of rng.shuffle(Object.keys(EKSPEKTASI_KHUSUS)).slice(0, rng.int(1, 2))) {
        perilaku[kode] = rng.pick(EKSPEKTASI_KHUSUS[kode]);
      }
    }
    const emptyLampiran = partial && rng.chance(0.5);
    const lampiran = emptyLampiran
      ? { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] }
      : {
          dukunganSumberDaya: rng.shuffle(LAMPIRAN.dukunganSumberDaya).slice(0, rng.int(2, 3)),
          skemaPertanggungjawaban: rng.shuffle(LAMPIRAN.skemaPertanggungjawaban).slice(0, rng.int(1, 2)),
          konsekuensi: rng.shuffle(LAMPIRAN.konsekuensi).slice(0, rng.int(1, 2)),
        };
    let catatanPenilai: string | null = null;
    if (st === 'DIKEMBALIKAN') {
      catatanPenilai = rng.pick(CATATAN_PENILAI);
      const target = rhk.find((r) => r.jenis === 'UTAMA');
      if (target) target.catatan = rng.pick(CATATAN_RHK);
    }
    // Dates: submitted in January (or a few days after a mid-year placement), set within days.
    const awal = mulai > `${tahun}-01-01` ? mulai : `${tahun}-01-0${rng.int(2, 9)}`;
    const diajukan = st === 'DRAFT' ? null : addDays(awal, rng.int(3, 16));
    const ditetapkan = st === 'DITETAPKAN' && diajukan ? addDays(diajukan, rng.int(1, 7)) : null;
    const gen: SkpGen = {
      id: skpId,
      pegawai: x.pegawai,
      jab: x.jab,
      unit: x.unit,
      penilai: x.penilai,
      atasan: x.atasan,
      status: st,
      jenisForm,
      pendekatan,
      mulai,
      selesai,
      rhk,
      perilaku,
      lampiran,
      catatanPenilai,
      diajukanAt: diajukan ? wib(diajukan, rng.int(8, 15)) : null,
      ditetapkanAt: ditetapkan ? wib(ditetapkan, rng.int(8, 15)) : null,
    };
    skps.push(gen);
    skpOf.set(x.pegawai.id, gen);
  }

  // ---- write -----------------------------------------------------------------------------------
  const penilaiNama = (s: SkpGen) =>
    s.penilai?.kind === 'PEGAWAI' ? s.penilai.nama : (inst.namaPimpinan ?? s.penilai?.jabatan ?? inst.jabatanPimpinan);
  const snapshot = (s: SkpGen) => ({
    pegawai: { id: s.pegawai.id, nama: s.pegawai.nama, nip: s.pegawai.nip, golongan: s.pegawai.golongan },
    jabatan: { id: s.jab.id, nama: s.jab.nama, jenis: s.jab.jenis },
    unit: { id: s.unit.id, nama: s.unit.nama },
    penilai: penilaiSnap(s.penilai, golongan),
    atasanPenilai: penilaiSnap(s.atasan, golongan),
  });
  const ownerOfSkp = new Map(skps.map((s) => [s.id, s]));
  const withHistory = new Set(
    demo.flatMap((d) => [d.pegawai.id, ...(appraisees.get(d.pegawai.id) ?? []).map((t) => t.pegawai.id)]),
  );
  const isi = (s: SkpGen) => ({
    id: s.id,
    pegawaiId: s.pegawai.id,
    status: s.status,
    revisi: 1,
    jenisForm: s.jenisForm,
    pendekatan: s.pendekatan,
    mulai: s.mulai,
    selesai: s.selesai,
    tahun,
    snapshot: snapshot(s),
    rhk: s.rhk.map((r) => {
      const parent = r.parentRhkId ? rhkById.get(r.parentRhkId) : undefined;
      const parentSkp = parent ? ownerOfSkp.get(parent.skpId) : undefined;
      const pk = r.pkIndikatorId ? pkIndById.get(r.pkIndikatorId) : undefined;
      return {
        id: r.id,
        jenis: r.jenis,
        urutan: r.urutan,
        teks: r.teks,
        sumber: r.sumber,
        parentRhkId: r.parentRhkId,
        parent:
          parent && parentSkp
            ? {
                id: parent.id,
                teks: parent.teks,
                skpId: parent.skpId,
                pegawaiNama: parentSkp.pegawai.nama,
                skpStatus: parentSkp.status,
              }
            : null,
        pkIndikatorId: r.pkIndikatorId,
        pkIndikator: pk
          ? {
              id: pk.id,
              indikator: pk.indikator,
              sasaran: pk.sasaran,
              targetNilai: pk.targetNilai,
              satuan: pk.satuan,
              targetTeks: pk.targetTeks,
            }
          : null,
        cascading: r.cascading,
        perspektif: r.perspektif,
        penugasanDari: r.penugasanDari,
        perluTinjau: false,
        catatan: null,
        iki: r.iki,
      };
    }),
    perilaku: BERAKHLAK.map((n) => ({
      kode: n.kode,
      nama: n.nama.id,
      panduan: n.panduan.map((p) => p.id),
      ekspektasiKhusus: s.perilaku[n.kode] ?? null,
    })),
    lampiran: s.lampiran,
    catatanPenilai: null,
    perluTinjau: false,
    ditandatanganiAt: s.diajukanAt,
    ditetapkanAt: s.ditetapkanAt,
    ditetapkanOlehNama: penilaiNama(s),
  });

  const allRhk = skps.flatMap((s) => s.rhk);
  const allIki = allRhk.flatMap((r) => r.iki.map((k) => ({ ...k, rhkId: r.id })));
  const periodeId = ids.uuid();
  const notif = demo.flatMap((d) => {
    const own = skpOf.get(d.pegawai.id);
    const waiting = (appraisees.get(d.pegawai.id) ?? [])
      .map((t) => skpOf.get(t.pegawai.id))
      .filter((s): s is SkpGen => s?.status === 'DIAJUKAN');
    return [
      ...waiting.map((s) => ({
        pegawaiId: d.pegawai.id,
        jenis: 'SKP_DIAJUKAN',
        judul: `SKP ${s.pegawai.nama} menunggu penetapan`,
        isi: `${s.pegawai.nama} mengajukan SKP ${tahun}. Periksa, lalu tetapkan atau kembalikan dengan catatan.`,
        tautan: `/skp/${s.id}`,
      })),
      ...(own?.status === 'DITETAPKAN'
        ? [
            {
              pegawaiId: d.pegawai.id,
              jenis: 'SKP_DITETAPKAN',
              judul: `SKP ${tahun} Anda telah ditetapkan`,
              isi: `${penilaiNama(own)} menetapkan SKP Anda (revisi 1).`,
              tautan: `/skp/${own.id}`,
            },
          ]
        : []),
    ];
  });

  await db.transaction(async (tx) => {
    const inserted = await tx.execute(sql`
      insert into periode_kinerja (id, instansi_id, tahun, jenis_evaluasi, batas_penetapan_skp, periode)
      values (${periodeId}, ${instansiId}, ${tahun}, 'TRIWULANAN', ${`${tahun}-01-31`}::date, ${JSON.stringify(periodeItems)}::jsonb)
      on conflict do nothing returning id`);
    const periode = inserted.rows.length
      ? periodeId
      : ((
          await rows<{ id: string }>(
            tx,
            sql`select id from periode_kinerja where instansi_id = ${instansiId} and tahun = ${tahun}`,
          )
        )[0].id as string);

    const c = (name: string, type: string): BulkColumn => ({ name, type });
    const pkCols = [
      c('id', 'uuid'),
      c('instansi_id', 'uuid'),
      c('unit_id', 'uuid'),
      c('tahun', 'int4'),
      c('pihak', 'jsonb'),
      c('status', 'text'),
    ];
    await bulkInsert(
      tx,
      'perjanjian_kinerja',
      pkCols,
      toColumns(pkRows, pkCols, (r) => [r.id, instansiId, r.unitId, tahun, JSON.stringify(r.pihak), 'DITETAPKAN']),
    );
    const saCols = [
      c('id', 'uuid'),
      c('instansi_id', 'uuid'),
      c('pk_id', 'uuid'),
      c('urutan', 'int4'),
      c('sasaran', 'text'),
    ];
    await bulkInsert(
      tx,
      'pk_sasaran',
      saCols,
      toColumns(sasaranRows, saCols, (r) => [r.id, instansiId, r.pkId, r.urutan, r.sasaran]),
    );
    const inCols = [
      c('id', 'uuid'),
      c('instansi_id', 'uuid'),
      c('sasaran_id', 'uuid'),
      c('urutan', 'int4'),
      c('indikator', 'text'),
      c('target_nilai', 'numeric'),
      c('satuan', 'text'),
      c('target_teks', 'text'),
    ];
    await bulkInsert(
      tx,
      'pk_indikator',
      inCols,
      toColumns(pkIndikatorAll, inCols, (r) => [
        r.id,
        instansiId,
        r.sasaranId,
        r.urutan,
        r.indikator,
        r.targetNilai,
        r.satuan,
        r.targetTeks,
      ]),
    );

    const skpCols = [
      c('id', 'uuid'),
      c('instansi_id', 'uuid'),
      c('periode_id', 'uuid'),
      c('tahun', 'int4'),
      c('pegawai_id', 'uuid'),
      c('jabatan_id', 'uuid'),
      c('unit_id', 'uuid'),
      c('penilai_pegawai_id', 'uuid'),
      c('mulai', 'date'),
      c('selesai', 'date'),
      c('pendekatan', 'text'),
      c('jenis_form', 'text'),
      c('status', 'text'),
      c('revisi', 'int4'),
      c('snapshot', 'jsonb'),
      c('perilaku', 'jsonb'),
      c('lampiran', 'jsonb'),
      c('catatan_penilai', 'text'),
      c('diajukan_at', 'timestamptz'),
      c('ditandatangani_at', 'timestamptz'),
      c('ditetapkan_at', 'timestamptz'),
      c('ditetapkan_oleh', 'uuid'),
      c('ditetapkan_oleh_nama', 'text'),
    ];
    await insertJsonRows(
      tx,
      'skp',
      skpCols,
      skps.map((s) => ({
        id: s.id,
        instansi_id: instansiId,
        periode_id: periode,
        tahun,
        pegawai_id: s.pegawai.id,
        jabatan_id: s.jab.id,
        unit_id: s.unit.id,
        penilai_pegawai_id: s.penilai?.kind === 'PEGAWAI' ? s.penilai.pegawaiId : null,
        mulai: s.mulai,
        selesai: s.selesai,
        pendekatan: s.pendekatan,
        jenis_form: s.jenisForm,
        status: s.status,
        revisi: s.status === 'DITETAPKAN' ? 1 : 0,
        snapshot: snapshot(s),
        perilaku: s.perilaku,
        lampiran: s.lampiran,
        catatan_penilai: s.catatanPenilai,
        diajukan_at: s.diajukanAt,
        ditandatangani_at: s.diajukanAt,
        ditetapkan_at: s.ditetapkanAt,
        ditetapkan_oleh: s.status === 'DITETAPKAN' && s.penilai?.kind === 'PEGAWAI' ? s.penilai.pegawaiId : null,
        ditetapkan_oleh_nama: s.status === 'DITETAPKAN' ? penilaiNama(s) : null,
      })),
      2000,
    );
    const rhkCols = [
      c('id', 'uuid'),
      c('instansi_id', 'uuid'),
      c('skp_id', 'uuid'),
      c('jenis', 'text'),
      c('urutan', 'int4'),
      c('teks', 'text'),
      c('sumber', 'text'),
      c('pk_indikator_id', 'uuid'),
      c('parent_rhk_id', 'uuid'),
      c('cascading', 'text'),
      c('perspektif', 'text'),
      c('penugasan_dari', 'text'),
      c('catatan', 'text'),
    ];
    await bulkInsert(
      tx,
      'rhk',
      rhkCols,
      toColumns(allRhk, rhkCols, (r) => [
        r.id,
        instansiId,
        r.skpId,
        r.jenis,
        r.urutan,
        r.teks,
        r.sumber,
        r.pkIndikatorId,
        r.parentRhkId,
        r.cascading,
        r.perspektif,
        r.penugasanDari,
        r.catatan,
      ]),
    );
    const ikiCols = [
      c('id', 'uuid'),
      c('instansi_id', 'uuid'),
      c('rhk_id', 'uuid'),
      c('urutan', 'int4'),
      c('aspek', 'text'),
      c('indikator', 'text'),
      c('target_nilai', 'numeric'),
      c('target_satuan', 'text'),
      c('target_teks', 'text'),
    ];
    await bulkInsert(
      tx,
      'iki',
      ikiCols,
      toColumns(allIki, ikiCols, (k) => [
        k.id,
        instansiId,
        k.rhkId,
        k.urutan,
        k.aspek,
        k.indikator,
        k.targetNilai,
        k.targetSatuan,
        k.targetTeks,
      ]),
      { chunkSize: 10_000 },
    );
    // Frozen versions (as the SKP module writes on tetapkan) for the set SKPs the demo accounts can
    // change (their own and their appraisees'); the others stay without history, as if set before.
    const versi = skps.filter((s) => s.status === 'DITETAPKAN' && withHistory.has(s.pegawai.id));
    const versiCols = [
      c('id', 'uuid'),
      c('instansi_id', 'uuid'),
      c('skp_id', 'uuid'),
      c('revisi', 'int4'),
      c('isi', 'jsonb'),
      c('ditetapkan_at', 'timestamptz'),
    ];
    await insertJsonRows(
      tx,
      'skp_versi',
      versiCols,
      versi.map((s) => ({
        id: ids.uuid(),
        instansi_id: instansiId,
        skp_id: s.id,
        revisi: 1,
        isi: isi(s),
        ditetapkan_at: s.ditetapkanAt,
      })),
    );
    const nCols = [
      c('id', 'uuid'),
      c('instansi_id', 'uuid'),
      c('pegawai_id', 'uuid'),
      c('jenis', 'text'),
      c('judul', 'text'),
      c('isi', 'text'),
      c('tautan', 'text'),
    ];
    await bulkInsert(
      tx,
      'notifikasi',
      nCols,
      toColumns(notif, nCols, (n) => [ids.uuid(), instansiId, n.pegawaiId, n.jenis, n.judul, n.isi, n.tautan]),
    );
  });

  const count: Record<string, number> = { TANPA_SKP: persons.length - skps.length };
  for (const s of skps) count[s.status] = (count[s.status] ?? 0) + 1;
  return { periodeId, pk: pkRows.length, skp: skps.length, rhk: allRhk.length, iki: allIki.length, status: count };
}
