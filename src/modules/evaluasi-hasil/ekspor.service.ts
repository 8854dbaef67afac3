/**
 * The evaluation export (issue 11, item 8): one row per pegawai and evaluation of a year (optionally
 * one period), as CSV or XLSX, streamed in keyset batches (ekspor.repository.ts). Readers: admin
 * instansi, auditor, unit admins (their subtree's rows). Audited as an export before the first byte.
 *
 * DISTRIBUSI_SESUAI is computed once per unit penilaian × period from all of that unit's rated
 * evaluations with checkDistribution (the same function the calibration board and an outside
 * checker use), before streaming, so every row of a unit carries the same verdict.
 */
import type { Readable } from 'node:stream';
import type { Database } from '../../db/client.ts';
import { checkDistribution } from '../../domain/distribution.ts';
import { periodeKodeDari } from '../../domain/evaluasi/hasil.ts';
import { cakupanHasil } from '../../domain/evaluasi/hasil-akses.ts';
import { ZDistribusiSettings } from '../../domain/settings.ts';
import { PREDIKAT_ORGANISASI, type PredikatOrganisasi } from '../../domain/types.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../access/index.ts';
import { actorLabel } from '../access/index.ts';
import { writeAudit } from '../audit/index.ts';
import { todayWib } from '../exchange/index.ts';
import * as repo from './ekspor.repository.ts';
import { type Batch, csvStream, xlsxStream } from './ekspor-format.ts';
import { cakupanAtauTolak, pelakuHasil } from './hasil-akses.ts';

/** Rows per statement: large enough to keep round trips few, small enough to keep memory flat. */
export const UKURAN_BATCH = 2000;

export interface EksporQuery {
  tahun: number;
  periode?: string;
  format: 'csv' | 'xlsx';
}

export interface EksporFile {
  fileName: string;
  contentType: string;
  stream: Readable;
  baris: number;
}

/** Reads the instansi's distribution settings leniently: an unreadable overlay falls back to the defaults. */
export function distribusiDari(raw: unknown) {
  const parsed = ZDistribusiSettings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : ZDistribusiSettings.parse({});
}

/** Y/N per unit × period: whether its rated evaluations fit the pattern of its predikat organisasi. */
export function sesuaiPerUnit(ringkasan: repo.Ringkasan): Map<string, string> {
  const distribusi = distribusiDari(ringkasan.distribusi);
  const out = new Map<string, string>();
  for (const u of ringkasan.units) {
    const org = u.predikatOrganisasi as PredikatOrganisasi | null;
    const n = Object.values(u.jumlah).reduce((a, b) => a + b, 0);
    if (!org || !PREDIKAT_ORGANISASI.includes(org) || n === 0) continue;
    out.set(`${u.unitId}|${u.periodeKode}`, checkDistribution(org, u.jumlah, distribusi).sesuai ? 'Y' : 'N');
  }
  return out;
}

/**
 * A period filter the year does not have (B05 in a quarterly year) is an error that names the
 * periods there are, not an empty file. AKHIR (TAHUNAN) always exists; a year without periode
 * kinerja accepts any well-formed code (its evaluations, if any, say which).
 */
export function periodeDikenal(tahun: number, kode: string | null, tersedia: string[] | null): void {
  if (!kode || kode === 'AKHIR' || !tersedia || tersedia.includes(kode)) return;
  const daftar = [...tersedia.filter((k) => k !== 'AKHIR'), 'TAHUNAN'].join(', ');
  throw new AppError(
    'EVALUASI.PERIODE_TIDAK_ADA',
    { tahun, periode: kode, tersedia },
    {
      id: `Periode ${kode} tidak ada pada tahun ${tahun}. Periode yang ada: ${daftar}.`,
      en: `There is no period ${kode} in ${tahun}. The periods are: ${daftar}.`,
    },
  );
}

export async function eksporEvaluasi(
  ctx: {
    database: Database;
    actor: Actor | null;
    requestId?: string;
    onError: (e: unknown) => void;
    /** Rows per statement (tests use a small one to cross batch boundaries). */
    ukuranBatch?: number;
  },
  instansiId: string,
  q: EksporQuery,
): Promise<EksporFile> {
  const pelaku = await pelakuHasil(ctx.database, ctx.actor, instansiId);
  const cakupan = cakupanAtauTolak(pelaku, 'EKSPOR_EVALUASI');
  // A unit head's reach (unitIds) does not apply to the export: the table gives them none.
  const filter: repo.EksporFilter = {
    instansiId,
    tahun: q.tahun,
    periodeKode: q.periode ? periodeKodeDari(q.periode) : null,
    paths: cakupan.kind === 'INSTANSI' ? null : cakupan.paths,
  };
  const db = ctx.database.db;
  const ringkasan = await repo.ringkasanEkspor(db, filter);
  periodeDikenal(q.tahun, filter.periodeKode, ringkasan.kodePeriode);
  const sesuai = sesuaiPerUnit(ringkasan);
  await writeAudit(db, {
    instansiId,
    akunId: ctx.actor?.akunId ?? null,
    actorLabel: actorLabel(ctx.actor),
    action: 'evaluasi.ekspor',
    entity: 'evaluasi',
    entityId: null,
    after: {
      tahun: q.tahun,
      periode: q.periode ?? null,
      format: q.format,
      baris: ringkasan.baris,
      cakupan: cakupanHasil(pelaku, 'EKSPOR_EVALUASI').kind,
    },
    requestId: ctx.requestId ?? null,
  });
  const today = todayWib();
  const limit = ctx.ukuranBatch ?? UKURAN_BATCH;
  async function* batches(): AsyncGenerator<Batch> {
    let setelah: repo.Kunci | null = null;
    for (;;) {
      const rows = await repo.batchEkspor(db, filter, setelah, limit, today);
      if (!rows.length) return;
      yield rows.map((baris) => ({ baris, sesuai: sesuai.get(`${baris.unitPenilaianId}|${baris.periodeKode}`) ?? '' }));
      if (rows.length < limit) return;
      const last = rows[rows.length - 1];
      setelah = { unitId: last.unitPenilaianId, periodeKode: last.periodeKode, id: last.id };
    }
  }
  const nama = `evaluasi-${q.tahun}${q.periode ? `-${q.periode}` : ''}`;
  return q.format === 'xlsx'
    ? {
        fileName: `${nama}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        stream: xlsxStream(batches(), ctx.onError),
        baris: ringkasan.baris,
      }
    : {
        fileName: `${nama}.csv`,
        contentType: 'text/csv; charset=utf-8',
        stream: csvStream(batches()),
        baris: ringkasan.baris,
      };
}
