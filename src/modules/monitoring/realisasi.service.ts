/**
 * Monitoring realisasi (issue 10, item 8): for one period of the year, per unit, how many set SKPs
 * have every IKI's realisasi entered, some, or none, the evidence attached, and the period's entry
 * state; the SKPs behind the counts; the same as a workbook. Each read is one statement
 * (realisasi.repository.ts) after the access check, so counts, lists and the workbook of one
 * moment agree.
 *
 * Readers: the administrators of the unit's subtree, the admin instansi and the auditor
 * (resolveUnitAccess with via ADMIN). A unit head or an appraiser who sees monitoring pengisian
 * does not see this view (their appraisees' realisasi is on the Bawahan screen); they get 404.
 */
import type { Executor } from '../../db/tx.ts';
import { keadaanPeriode } from '../../domain/pelaksanaan/keadaan-periode.ts';
import { AppError } from '../../http/errors.ts';
import type { UnitInfo } from './monitoring.repository.ts';
import type { Ctx } from './monitoring.service.ts';
import * as repo from './realisasi.repository.ts';
import type { TPegawaiRealisasiPage, TRekapRealisasi } from './realisasi.schema.ts';
import { resolveUnitAccess } from './unit-access.ts';

/** At most this many SKP rows in one workbook (≈ 4 MB); a larger scope is refused, not cut. */
export const EKSPOR_BATAS = 50_000;

const thisYear = () => new Date().getUTCFullYear();
/** The date the period state is judged on: the UTC date, as the entry rule (statusPengisian) does. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

interface Query {
  tahun?: number;
  unitId?: string;
  periode?: string;
}

async function aksesAdmin(ctx: Ctx, instansiId: string, unitId: string | undefined) {
  const access = await resolveUnitAccess(ctx.database, ctx.actor, instansiId, unitId, { allowBawahan: false });
  if (access.kind !== 'UNIT' || access.via !== 'ADMIN') throw new AppError('ACCESS.DENIED');
  return access.unit;
}

/** The period as answered, with its entry state today; a missing period is a specific 404. */
export function periodeOut(
  p: repo.PeriodeRow | null,
  tahun: number,
  kode: string | undefined,
  today: string,
): TRekapRealisasi['periode'] {
  if (!p) {
    throw new AppError(
      'MONITORING.PERIODE_TIDAK_ADA',
      { tahun, periode: kode ?? null },
      kode
        ? { id: `Periode ${kode} tidak ada pada tahun ${tahun}.`, en: `There is no period ${kode} in ${tahun}.` }
        : {
            id: `Tahun ${tahun} belum memiliki periode kinerja yang sudah dimulai.`,
            en: `${tahun} has no performance period that has started.`,
          },
    );
  }
  return { ...p, keadaan: keadaanPeriode(p, today) };
}

async function rekapOf(
  exec: Executor,
  instansiId: string,
  tahun: number,
  kode: string | undefined,
  unit: UnitInfo,
  today: string,
): Promise<TRekapRealisasi> {
  const r = await repo.rekapRealisasi(exec, { instansiId, tahun, kode: kode ?? null, unit, today });
  const periode = periodeOut(r.periode, tahun, kode, today);
  const jumlah = { skp: 0, lengkap: 0, sebagian: 0, belum: 0, bukti: 0, dibukaKembali: 0, dinilai: 0 };
  for (const b of r.baris) for (const k of Object.keys(jumlah) as Array<keyof typeof jumlah>) jumlah[k] += b[k];
  return {
    tahun,
    periode,
    daftarPeriode: r.daftarPeriode,
    unit: { id: unit.id, nama: unit.nama, jenis: unit.jenis, parentId: unit.parentId },
    baris: r.baris,
    jumlah,
  };
}

/** Counts per child unit (plus a row for the unit's own SKPs) for one period. */
export async function getRekapRealisasi(ctx: Ctx, instansiId: string, q: Query): Promise<TRekapRealisasi> {
  const tahun = q.tahun ?? thisYear();
  const unit = await aksesAdmin(ctx, instansiId, q.unitId);
  return rekapOf(ctx.database.db, instansiId, tahun, q.periode, unit, todayUtc());
}

export async function getPegawaiRealisasi(
  ctx: Ctx,
  instansiId: string,
  q: Query & { kelengkapan?: repo.Kelengkapan; langsung?: boolean; page: number; pageSize: number },
): Promise<TPegawaiRealisasiPage> {
  const tahun = q.tahun ?? thisYear();
  const unit = await aksesAdmin(ctx, instansiId, q.unitId);
  const today = todayUtc();
  const r = await repo.pegawaiRealisasi(ctx.database.db, {
    instansiId,
    tahun,
    kode: q.periode ?? null,
    unit,
    today,
    langsung: q.langsung ?? false,
    kelengkapan: q.kelengkapan ?? null,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    tahun,
    periode: periodeOut(r.periode, tahun, q.periode, today),
    total: r.total,
    page: q.page,
    pageSize: q.pageSize,
    items: r.items,
  };
}

/**
 * The counts and every SKP of the scope (bounded by EKSPOR_BATAS), for the workbook: both read in
 * one read-only REPEATABLE READ transaction, so the two sheets see the same moment and agree.
 */
export async function getEksporRealisasi(ctx: Ctx, instansiId: string, q: Query) {
  const tahun = q.tahun ?? thisYear();
  const unit = await aksesAdmin(ctx, instansiId, q.unitId);
  const today = todayUtc();
  return ctx.database.db.transaction(
    async (tx) => {
      const rekap = await rekapOf(tx, instansiId, tahun, q.periode, unit, today);
      if (rekap.jumlah.skp > EKSPOR_BATAS) {
        throw new AppError('MONITORING.EKSPOR_TERLALU_BESAR', { total: rekap.jumlah.skp, batas: EKSPOR_BATAS });
      }
      const r = await repo.pegawaiRealisasi(tx, {
        instansiId,
        tahun,
        kode: rekap.periode.kode,
        unit,
        today,
        langsung: false,
        kelengkapan: null,
        limit: EKSPOR_BATAS,
        offset: 0,
      });
      return { rekap, pegawai: r.items };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
