/**
 * What every appraisal use case loads first: the SKP the caller may read (404 otherwise), the
 * caller's roles towards it, the unit penilaian (stored on the evaluation, else resolved from the
 * setting), whether the pegawai heads it, and the form in one statement.
 */

import { jenisPeriode } from '../../domain/evaluasi/periode.ts';
import {
  aksiStatusYangBoleh,
  hariIniJakarta,
  type StatusEvaluasi,
  statusEfektif,
} from '../../domain/evaluasi/status.ts';
import { rantaiUnit, resolveUnitPenilaian } from '../../domain/evaluasi/unit-penilaian.ts';
import { ratingHasilKerjaPimpinanUnit } from '../../domain/predikat.ts';
import type { RuleSettings } from '../../domain/settings.ts';
import type { PredikatOrganisasi, Rating } from '../../domain/types.ts';
import { AppError } from '../../http/errors.ts';
import { getOrgIndex } from '../org/index.ts';
import { loadSettings } from '../pengaturan/index.ts';
import { loadReadableSkpWithContent, type SkpCtx } from '../skp/index.ts';
import * as repo from './penilaian.repository.ts';

export async function loadPenilaian(ctx: SkpCtx, instansiId: string, skpId: string, periodeKode: string) {
  // The SKP with its unit path and the org version in one statement (the hierarchy is then read
  // from the cache without a version query).
  const { s, access, actor, row } = await loadReadableSkpWithContent(ctx, instansiId, skpId);
  if (s.status !== 'DITETAPKAN' && s.status !== 'DITUTUP')
    throw new AppError(
      'EVALUASI.SKP_BELUM_DITETAPKAN',
      { status: s.status },
      {
        id: 'SKP ini belum ditetapkan: evaluasi kinerja dilakukan atas SKP yang sudah ditetapkan.',
        en: 'This SKP has not been set yet: performance is evaluated against a set SKP.',
      },
    );
  const [settings, entry] = await Promise.all([
    loadSettings(ctx, instansiId),
    getOrgIndex(ctx.database, instansiId, ctx.tanggal, row.orgVersion),
  ]);
  const units = entry?.index.org.units ?? new Map();
  const resolved = resolveUnitPenilaian(rantaiUnit(s.unitId, units), settings.evaluasi.unitPenilaian);
  if (!resolved)
    throw new AppError(
      'EVALUASI.TANPA_UNIT',
      {},
      {
        id: 'SKP ini tidak mencatat unit kerja, sehingga unit penilaiannya tidak dapat ditentukan.',
        en: 'This SKP records no unit, so its unit penilaian cannot be determined.',
      },
    );
  const form = await repo.getForm(ctx.database.db, {
    instansiId,
    skpId,
    periodeKode,
    tahun: s.tahun,
    unitPenilaianId: resolved.unitId,
  });
  // The period must be one of the SKP year's kind (quarterly or monthly), or the annual AKHIR.
  const jenis = jenisPeriode(periodeKode);
  const cocok =
    jenis === 'TAHUNAN' || (form.jenisEvaluasi === 'BULANAN' ? jenis === 'BULANAN' : jenis === 'TRIWULANAN');
  if (!cocok)
    throw new AppError(
      'EVALUASI.PERIODE_INVALID',
      { periodeKode, jenisEvaluasi: form.jenisEvaluasi },
      {
        id: `Periode ${periodeKode} bukan periode evaluasi tahun ini (${form.jenisEvaluasi === 'BULANAN' ? 'bulanan: B01–B12' : 'triwulanan: TW1–TW4'}, atau AKHIR).`,
        en: `${periodeKode} is not an evaluation period of this year (${form.jenisEvaluasi === 'BULANAN' ? 'monthly: B01–B12' : 'quarterly: TW1–TW4'}, or AKHIR).`,
      },
    );
  const unitPenilaian = units.get(form.unitPenilaianId);
  const pimpinanUnit = !!unitPenilaian?.kepalaJabatanId && unitPenilaian.kepalaJabatanId === s.jabatanId;
  const hariIni = ctx.tanggal ?? hariIniJakarta();
  const status: StatusEvaluasi = form.evaluasi ? statusEfektif(form.evaluasi, hariIni) : 'DRAFT';
  const peran: string[] = [...access.peranSaya];
  if (!peran.length) peran.push('PEMBACA');
  return {
    s,
    access,
    actor,
    settings,
    entry,
    form,
    peran,
    hariIni,
    status,
    pimpinanUnit,
    unitPenilaian: {
      id: form.unitPenilaianId,
      nama: unitPenilaian?.nama ?? '',
      explanation: form.unitPenilaianId === resolved.unitId ? resolved.explanation : null,
    },
  };
}

export type PenilaianCtx = Awaited<ReturnType<typeof loadPenilaian>>;

/** The unit head's rating hasil kerja from the unit's predikat organisasi (null while none is set). */
export function ratingPimpinan(c: PenilaianCtx) {
  if (!c.pimpinanUnit || !c.form.predikatOrganisasi) return null;
  return ratingHasilKerjaPimpinanUnit(
    c.form.predikatOrganisasi as PredikatOrganisasi,
    (c.settings as RuleSettings).ratingHasilKerjaPimpinanUnit,
  );
}

/** The steps the caller may take now, as the state machine says (FINALKAN is the system's). */
export function aksiPenilaian(c: PenilaianCtx) {
  const e = c.form.evaluasi;
  return aksiStatusYangBoleh(c.status, c.peran, {
    kalibrasi: (c.form.kalibrasi as 'TERBUKA' | 'FINAL' | null) ?? null,
    ratingLengkap: !!e?.ratingHasilKerja && !!e.ratingPerilaku,
    adaKeberatan: c.form.adaKeberatan,
    hariIni: c.hariIni,
    batasKeberatan: e?.batasKeberatan ?? null,
  }).filter((a) => a !== 'FINALKAN' && (a === 'SIMPAN' || !!e));
}

export type { Rating };
