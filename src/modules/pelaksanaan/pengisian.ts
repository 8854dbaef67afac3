/**
 * What every write of the employee's record checks first: the caller may read the SKP (404
 * otherwise), holds ISI_REALISASI on it (403 otherwise: admins read but never write it), the period
 * exists in the SKP's year, and entry is open for it (domain/pelaksanaan/pengisian.ts).
 */
import { bolehPelaksanaan } from '../../domain/pelaksanaan/akses.ts';
import {
  type AlasanPengisian,
  type PeriodeIsi,
  type StatusPengisian,
  statusPengisian,
} from '../../domain/pelaksanaan/pengisian.ts';
import { resolveSettings } from '../../domain/settings.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, authorize, isMemberOf, requireActor } from '../access/index.ts';
import { type SkpCtx, type SkpRow, skpAccess } from '../skp/index.ts';
import type * as repo from './pelaksanaan.repository.ts';
import { bacaKonteksIsi } from './realisasi-write.repository.ts';

export function forbidden(): AppError {
  return new AppError('ACCESS.FORBIDDEN', null, {
    id: 'Hanya pemilik SKP yang mengisi realisasi, rencana aksi dan progres hariannya.',
    en: "Only the SKP's owner enters its realisasi, action plans and daily progress.",
  });
}

export function periodeTidakAda(kode: string, tahun: number): AppError {
  return new AppError(
    'NOT_FOUND',
    { periode: kode },
    { id: `Periode ${kode} tidak ada pada tahun ${tahun}.`, en: `There is no period ${kode} in ${tahun}.` },
  );
}

/** Why entry is closed, in words that say what to do. */
export function pesanDitutup(alasan: AlasanPengisian, p: PeriodeIsi, s: Pick<SkpRow, 'selesai'>) {
  const text: Record<Exclude<AlasanPengisian, 'TERBUKA' | 'DIBUKA_KEMBALI'>, { id: string; en: string }> = {
    LEWAT_BATAS: {
      id: `Batas pengisian periode ${p.kode} telah lewat (${p.batasPengisian}). Minta pejabat penilai Anda membuka kembali pengisiannya.`,
      en: `The entry deadline of period ${p.kode} has passed (${p.batasPengisian}). Ask your appraiser to reopen entry.`,
    },
    DINILAI: {
      id: `Periode ${p.kode} sudah dinilai; isinya terkunci.`,
      en: `Period ${p.kode} has been rated; its record is locked.`,
    },
    BELUM_MULAI: {
      id: `Periode ${p.kode} baru dimulai ${p.mulai}.`,
      en: `Period ${p.kode} starts on ${p.mulai}.`,
    },
    SKP_BELUM_DITETAPKAN: {
      id: 'SKP ini belum pernah ditetapkan; realisasi diisi setelah SKP ditetapkan pejabat penilai.',
      en: 'This SKP has never been set; realisasi is entered once the appraiser has set it.',
    },
    DI_LUAR_MASA_SKP: {
      id: `Periode ${p.kode} dimulai setelah SKP ini berakhir (${s.selesai}); isi pada SKP Anda yang baru.`,
      en: `Period ${p.kode} starts after this SKP ended (${s.selesai}); use your new SKP.`,
    },
  };
  return text[alasan as keyof typeof text];
}

function toState(row: repo.SkpPeriodeRow | { dibukaSampai: string | null; dinilaiAt: string | null } | undefined) {
  if (!row) return null;
  const d = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v : new Date(v));
  return { dibukaSampai: d(row.dibukaSampai), dinilaiAt: d(row.dinilaiAt) };
}

/** The period's entry status for an SKP (state rows as read by either repository). */
export function statusOf(
  s: Pick<SkpRow, 'status' | 'revisi' | 'mulai' | 'selesai'>,
  p: PeriodeIsi,
  states: ReadonlyArray<{ periodeKode?: string; kode?: string } & Parameters<typeof toState>[0] & object>,
  now = new Date(),
): StatusPengisian {
  const row = states.find((r) => (r.periodeKode ?? r.kode) === p.kode);
  return statusPengisian(s, p, toState(row as Parameters<typeof toState>[0]), now);
}

/**
 * Loads an SKP the caller may write the record of, and the period; throws the right refusal. The
 * SKP, what its authorisation needs and the entry context (periods, period state, settings, the IKI
 * with its stored realisasi) are one prepared statement (realisasi-write.repository.ts): one round
 * trip before the write, where the access check and the context were three.
 */
export async function loadForEntry(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  kode: string,
  opts: { allowBeforeStart?: boolean; ikiId?: string } = {},
) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  // "Not found" and "not yours" answer alike (404), as loadReadableSkp.
  if (!isMemberOf(actor, instansiId)) throw new AppError('ACCESS.DENIED');
  const k = await bacaKonteksIsi(ctx.database.db, { instansiId, skpId, kode, ikiId: opts.ikiId ?? null });
  if (!k) throw new AppError('ACCESS.DENIED');
  const access = await skpAccess(ctx, k.s, { unitPath: k.unitPath, orgVersion: k.orgVersion });
  authorize(actor, 'skp.read', access.target);
  if (!bolehPelaksanaan('ISI_REALISASI', access.peranSaya)) throw forbidden();
  const s = k.s;
  const periode = k.periode ?? [];
  const p = periode.find((x) => x.kode === kode);
  if (!p) throw periodeTidakAda(kode, s.tahun);
  const status = statusOf(s, p, k.state ? [{ kode, ...k.state }] : []);
  if (!status.terbuka && !(opts.allowBeforeStart && status.alasan === 'BELUM_MULAI')) {
    throw new AppError(
      'REALISASI.DITUTUP',
      { periode: kode, alasan: status.alasan, batas: status.batas },
      pesanDitutup(status.alasan, p, s),
    );
  }
  return {
    s,
    access,
    actor: actor as Actor,
    periode: p,
    periodeList: periode,
    status,
    iki: k.iki,
    realisasi: k.realisasi,
    settings: resolveSettings(k.settings ?? {}),
  };
}
