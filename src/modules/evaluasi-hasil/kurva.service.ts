/**
 * Monitoring Kurva (issue 11, item 9; e-Kinerja "Monitoring Kurva"): per unit penilaian and for the
 * instansi, for one year and period, the realised distribution of the rated evaluations against the
 * allowed one for the unit's predikat organisasi (kalkulator ranges for N), rated / not yet rated
 * counts, the kalibrasi state (TERBUKA / FINAL / override) and the period's entry deadline. One
 * statement (kurva.repository.ts) after the access check; the figures come from the rule engine
 * (src/domain/evaluasi/hasil.ts → distribution.ts), never recomputed here.
 *
 * Units listed: every unit penilaian with an evaluation, a set SKP without one, a predikat
 * organisasi or a kalibrasi in that period — within the caller's reach (hasil-akses.ts).
 */
import type { Database } from '../../db/client.ts';
import { periodEntryDeadline } from '../../domain/deadlines.ts';
import { allowedDistribution } from '../../domain/distribution.ts';
import {
  type AturanUnitPenilaian,
  akhirPeriode,
  jumlahLengkap,
  kurvaUnit,
  periodeKodeDari,
  UNIT_PENILAIAN_BAWAAN,
  type UnitPohon,
  unitPenilaianDari,
} from '../../domain/evaluasi/hasil.ts';
import {
  AKSI_HASIL,
  aksiKurva,
  cakupanHasil,
  dalamCakupan,
  type PelakuHasil,
} from '../../domain/evaluasi/hasil-akses.ts';
import { resolveSettings } from '../../domain/settings.ts';
import { PREDIKAT_ORGANISASI, PREDIKATS, type PredikatOrganisasi } from '../../domain/types.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../access/index.ts';
import { todayWib } from '../exchange/index.ts';
import { distribusiDari, periodeDikenal } from './ekspor.service.ts';
import type { TDaftarKurva, TDetailKurva, TKurvaUnit } from './hasil.schema.ts';
import { cakupanAtauTolak, pelakuHasil } from './hasil-akses.ts';
import * as repo from './kurva.repository.ts';

export interface Ctx {
  database: Database;
  actor: Actor | null;
}

interface Query {
  tahun: number;
  periode: string;
}

/** The instansi's `evaluasi.unitPenilaian` setting (eval-core's key), read leniently with its default. */
function aturanUnitPenilaian(settings: Record<string, unknown> | null): AturanUnitPenilaian {
  const raw = (settings?.evaluasi as { unitPenilaian?: Partial<AturanUnitPenilaian> } | undefined)?.unitPenilaian;
  return {
    kedalaman: typeof raw?.kedalaman === 'number' ? raw.kedalaman : UNIT_PENILAIAN_BAWAAN.kedalaman,
    jenisMandiri: Array.isArray(raw?.jenisMandiri) ? raw.jenisMandiri : UNIT_PENILAIAN_BAWAAN.jenisMandiri,
  };
}

function batasPengisianDari(settings: Record<string, unknown> | null) {
  try {
    return resolveSettings({ batasPengisian: settings?.batasPengisian ?? {} }).batasPengisian;
  } catch {
    return resolveSettings({}).batasPengisian;
  }
}

function periodeOut(d: repo.DataKurva, tahun: number, kode: string, today: string): TDaftarKurva['periode'] {
  const mulai = d.periode?.mulai ?? (kode === 'AKHIR' ? `${tahun}-01-01` : null);
  const selesai = d.periode?.selesai ?? akhirPeriode(tahun, kode);
  const dariPeriode = d.periode?.batasPengisian ?? null;
  const batas = dariPeriode ?? periodEntryDeadline(selesai, batasPengisianDari(d.settings)).batas;
  return {
    kode,
    mulai: mulai ?? `${selesai.slice(0, 8)}01`,
    selesai,
    batasPengisian: batas,
    sumberBatas: dariPeriode ? 'PERIODE' : 'PENGATURAN',
    lewat: batas < today,
  };
}

interface Hasil {
  periode: TDaftarKurva['periode'];
  units: TKurvaUnit[];
  distribusi: ReturnType<typeof distribusiDari>;
}

/** Loads and assembles every unit penilaian's curve that the caller may see. */
async function kumpulkan(ctx: Ctx, instansiId: string, q: Query, pelaku: PelakuHasil): Promise<Hasil> {
  const kode = periodeKodeDari(q.periode);
  const today = todayWib();
  const d = await repo.dataKurva(ctx.database.db, { instansiId, tahun: q.tahun, periodeKode: kode, today });
  periodeDikenal(q.tahun, kode, d.kodePeriode);
  const distribusi = distribusiDari(d.settings?.distribusi);
  const units = new Map<string, UnitPohon & { kode: string; nama: string }>(d.units.map((u) => [u.id, u]));
  const aturan = aturanUnitPenilaian(d.settings);

  type Acc = { jumlah: Record<string, number>; belum: number; status: Record<string, number> };
  const acc = new Map<string, Acc>();
  const at = (id: string) => {
    let a = acc.get(id);
    if (!a) {
      a = { jumlah: {}, belum: 0, status: {} };
      acc.set(id, a);
    }
    return a;
  };
  for (const e of d.ev) {
    const a = at(e.unitId);
    a.status[e.status] = (a.status[e.status] ?? 0) + e.n;
    if (e.predikat && (PREDIKATS as readonly string[]).includes(e.predikat))
      a.jumlah[e.predikat] = (a.jumlah[e.predikat] ?? 0) + e.n;
    else a.belum += e.n;
  }
  for (const s of d.sk) {
    const u = units.get(s.unitId);
    if (!u) continue;
    const a = at(unitPenilaianDari(u, units, aturan));
    a.belum += s.n;
    a.status.BELUM_ADA = (a.status.BELUM_ADA ?? 0) + s.n;
  }
  const po = new Map(d.po.map((p) => [p.unitId, p]));
  const ka = new Map(d.ka.map((k) => [k.unitId, k]));
  for (const id of [...po.keys(), ...ka.keys()]) at(id);

  const out: TKurvaUnit[] = [];
  for (const [id, a] of acc) {
    const unit = units.get(id);
    if (!unit || !dalamCakupan(cakupanHasil(pelaku, 'LIHAT_KURVA'), unit)) continue;
    const p = po.get(id);
    const org =
      p && (PREDIKAT_ORGANISASI as readonly string[]).includes(p.predikat) ? (p.predikat as PredikatOrganisasi) : null;
    const k = ka.get(id);
    out.push({
      unit: { id, kode: unit.kode, nama: unit.nama, jenis: unit.jenis },
      ...kurvaUnit({ predikatOrganisasi: org, jumlah: a.jumlah, belumDinilai: a.belum, distribusi }),
      penetapPredikatOrganisasi: p?.penetapNama ?? null,
      status: a.status,
      kalibrasi: k ? { status: k.status, override: k.status === 'FINAL' && k.override, finalAt: k.finalAt } : null,
      aksi: aksiKurva(pelaku, unit),
    });
  }
  out.sort((x, y) => x.unit.kode.localeCompare(y.unit.kode));
  return { periode: periodeOut(d, q.tahun, kode, today), units: out, distribusi };
}

/** The list: every unit penilaian the caller may see, with the instansi's totals. */
export async function getDaftarKurva(ctx: Ctx, instansiId: string, q: Query): Promise<TDaftarKurva> {
  const pelaku = await pelakuHasil(ctx.database, ctx.actor, instansiId);
  cakupanAtauTolak(pelaku, 'LIHAT_KURVA');
  const h = await kumpulkan(ctx, instansiId, q, pelaku);
  const jumlah = jumlahLengkap({});
  let n = 0;
  let dinilai = 0;
  for (const u of h.units) {
    for (const p of PREDIKATS) jumlah[p] += u.jumlah[p];
    n += u.n;
    dinilai += u.dinilai;
  }
  return {
    tahun: q.tahun,
    periode: h.periode,
    units: h.units,
    instansi: {
      n,
      dinilai,
      belumDinilai: n - dinilai,
      jumlah,
      unitSesuai: h.units.filter((u) => u.sesuai === true).length,
      unitMelanggar: h.units.filter((u) => u.sesuai === false).length,
      unitTanpaPredikatOrganisasi: h.units.filter((u) => !u.predikatOrganisasi).length,
      unitOverride: h.units.filter((u) => u.kalibrasi?.override).length,
    },
    // What the page may offer: the curve's actions and, for administrators, the evaluation export.
    aksi: AKSI_HASIL.filter((a) => cakupanHasil(pelaku, a).kind !== 'TIDAK_ADA'),
  };
}

/** One unit penilaian's curve with the pattern's constraints in words (the drill-down). */
export async function getKurvaUnit(ctx: Ctx, instansiId: string, unitId: string, q: Query): Promise<TDetailKurva> {
  const pelaku = await pelakuHasil(ctx.database, ctx.actor, instansiId);
  cakupanAtauTolak(pelaku, 'LIHAT_KURVA');
  const h = await kumpulkan(ctx, instansiId, q, pelaku);
  let kurva = h.units.find((u) => u.unit.id === unitId);
  if (!kurva) {
    // A unit with nothing in the period yet still answers (zero counts) when the caller may see it.
    const unit = (await repo.dataUnit(ctx.database.db, instansiId, unitId)) ?? null;
    if (!unit || !dalamCakupan(cakupanHasil(pelaku, 'LIHAT_KURVA'), unit)) throw new AppError('ACCESS.DENIED');
    kurva = {
      unit: { id: unit.id, kode: unit.kode, nama: unit.nama, jenis: unit.jenis },
      ...kurvaUnit({ predikatOrganisasi: null, jumlah: {}, belumDinilai: 0, distribusi: h.distribusi }),
      penetapPredikatOrganisasi: null,
      status: {},
      kalibrasi: null,
      aksi: aksiKurva(pelaku, unit),
    };
  }
  const org = kurva.predikatOrganisasi as PredikatOrganisasi | null;
  const batasan = org
    ? allowedDistribution(org, kurva.n, h.distribusi).batasan.map((b) => ({
        aturan: b.aturan,
        jenis: b.jenis,
        predikat: [...b.predikat],
        jumlah: b.jumlah,
        teks: b.teks,
      }))
    : [];
  return { tahun: q.tahun, periode: h.periode, kurva, batasan };
}

/** The table for the workbook (same reach as the list). */
export async function getEksporKurva(ctx: Ctx, instansiId: string, q: Query): Promise<TDaftarKurva> {
  const pelaku = await pelakuHasil(ctx.database, ctx.actor, instansiId);
  cakupanAtauTolak(pelaku, 'EKSPOR_KURVA');
  return getDaftarKurva(ctx, instansiId, q);
}
