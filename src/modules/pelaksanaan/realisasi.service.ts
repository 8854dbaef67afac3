/**
 * Realisasi per IKI × period, rencana aksi per RHK × period, and the appraiser's reopening of a
 * period after its batas pengisian (issue 10 items 1 and 2; rules in domain/pelaksanaan/pengisian.ts).
 * Each use case: load (404 when the SKP is not readable) → authorise (403) → rule → write + audit in
 * one transaction → notifications after the commit.
 */
import { randomUUID } from 'node:crypto';
import { bolehPelaksanaan } from '../../domain/pelaksanaan/akses.ts';
import { akhirHari, type PeriodeIsi } from '../../domain/pelaksanaan/pengisian.ts';
import { AppError } from '../../http/errors.ts';
import { loadReadableSkp, mutate, mutateOnce, type SkpCtx, type SkpRow } from '../skp/index.ts';
import * as repo from './pelaksanaan.repository.ts';
import type { TRealisasiIn, TRencanaIn, TRencanaUpdate } from './pelaksanaan.schema.ts';
import { loadForEntry, periodeTidakAda, pesanDitutup, statusOf } from './pengisian.ts';
import { tulisRealisasi } from './realisasi-write.repository.ts';

const num = (v: string | null) => (v === null ? null : Number(v));

function rencanaDto(r: repo.RencanaRow) {
  return {
    id: r.id,
    rhkId: r.rhkId,
    periode: r.periodeKode,
    urutan: r.urutan,
    teks: r.teks,
    targetNilai: num(r.targetNilai),
    targetSatuan: r.targetSatuan,
    targetTeks: r.targetTeks,
    version: r.version,
  };
}

function stale(what: { id: string; en: string }, currentVersion: number | null): AppError {
  return new AppError(
    'CONFLICT.VERSION',
    { currentVersion },
    {
      id: `${what.id} telah diubah (di perangkat atau tab lain) sejak Anda membukanya. Muat ulang, lalu ulangi perubahan Anda.`,
      en: `${what.en} was changed (on another device or tab) since you opened it. Reload and apply your change again.`,
    },
  );
}

const ikiNotFound = () =>
  new AppError('NOT_FOUND', null, {
    id: 'IKI ini bukan bagian dari SKP ini.',
    en: 'This IKI is not part of this SKP.',
  });

/**
 * Saves the realisasi of one IKI in one period. A numeric target needs a number (`nilai`, in the
 * IKI's unit); a narrative target needs a narrative (`teks`). `version` 0 creates; otherwise it must
 * be the version read, or the save is refused (409) and nothing is overwritten.
 */
export async function simpanRealisasi(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  kode: string,
  ikiId: string,
  input: TRealisasiIn,
) {
  const e = await loadForEntry(ctx, instansiId, skpId, kode, { ikiId });
  const k = e.iki;
  if (!k) throw ikiNotFound();
  const kuantitatif = k.targetNilai !== null;
  const values = {
    nilai: input.nilai === null || input.nilai === undefined ? null : String(input.nilai),
    teks: input.teks?.trim() || null,
    catatan: input.catatan?.trim() || null,
  };
  if (kuantitatif ? values.nilai === null : !values.teks) {
    throw new AppError(
      'REALISASI.ISI_TIDAK_SESUAI',
      [{ field: kuantitatif ? 'body.nilai' : 'body.teks' }],
      kuantitatif
        ? {
            id: 'IKI ini bertarget angka: isi realisasinya dengan angka dalam satuan target.',
            en: "This IKI has a numeric target: enter the realisasi as a number in the target's unit.",
          }
        : {
            id: 'IKI ini bertarget naratif: isi realisasinya dengan uraian.',
            en: 'This IKI has a narrative target: describe the realisasi in words.',
          },
    );
  }
  if (kuantitatif && Number(values.nilai) < 0) {
    throw new AppError('REALISASI.ISI_TIDAK_SESUAI', [{ field: 'body.nilai' }], {
      id: 'Realisasi tidak boleh negatif.',
      en: 'The realisasi cannot be negative.',
    });
  }
  if (e.settings.pelaksanaan.rencanaAksiWajib && !k.rencana) {
    throw new AppError(
      'RENCANA_AKSI.WAJIB',
      { rhkId: k.rhkId, periode: kode },
      {
        id: `Instansi Anda mewajibkan rencana aksi: isi rencana aksi RHK ini untuk periode ${kode} sebelum realisasinya.`,
        en: `Your agency requires action plans: enter this RHK's action plan for period ${kode} before its realisasi.`,
      },
    );
  }
  const before = e.realisasi;
  const what = { id: 'Realisasi ini', en: 'This realisasi' };
  // A version that cannot match what was just read is refused without a write.
  if (input.version === 0 ? before : before?.version !== input.version) throw stale(what, before?.version ?? null);
  const id = before?.id ?? randomUUID();
  return mutateOnce({ ...ctx, actor: e.actor }, instansiId, async (kit) => {
    const res = await tulisRealisasi(ctx.database.pool, {
      instansiId,
      skpId,
      ikiId,
      kode,
      version: input.version,
      id,
      values,
      audit: kit.auditEntry({
        action: before ? 'realisasi.ubah' : 'realisasi.isi',
        entity: 'realisasi',
        entityId: id,
        before: before ? { ...before, skpId } : undefined,
      }),
    });
    if (res.ok) return res.row;
    // Rated between the read and the write (the evaluation set `dinilai_at`): locked, not stale.
    if (res.dinilai)
      throw new AppError(
        'REALISASI.DITUTUP',
        { periode: kode, alasan: 'DINILAI', batas: e.status.batas },
        pesanDitutup('DINILAI', e.periode, e.s),
      );
    throw stale(what, res.currentVersion);
  });
}

// ── Rencana aksi ───────────────────────────────────────────────────────────────────────────────
/** Planning is allowed ahead of the period, so "not started yet" does not refuse a rencana aksi. */
export async function tambahRencana(ctx: SkpCtx, instansiId: string, skpId: string, input: TRencanaIn) {
  const e = await loadForEntry(ctx, instansiId, skpId, input.periode, { allowBeforeStart: true });
  if (!(await repo.rhkOfSkp(ctx.database.db, instansiId, skpId, input.rhkId))) {
    throw new AppError('NOT_FOUND', null, {
      id: 'RHK ini bukan bagian dari SKP ini.',
      en: 'This RHK is not part of this SKP.',
    });
  }
  return mutate({ ...ctx, actor: e.actor }, instansiId, async (kit) => {
    const row = await repo.insertRencana(kit.tx, {
      instansiId,
      skpId,
      rhkId: input.rhkId,
      periodeKode: input.periode,
      urutan: 0,
      teks: input.teks,
      targetNilai: input.targetNilai === null || input.targetNilai === undefined ? null : String(input.targetNilai),
      targetSatuan: input.targetSatuan || null,
      targetTeks: input.targetTeks || null,
    });
    await kit.audit({
      action: 'rencana_aksi.tambah',
      entity: 'rencana_aksi',
      entityId: row.id,
      after: rencanaDto(row),
    });
    return rencanaDto(row);
  });
}

async function loadRencana(ctx: SkpCtx, instansiId: string, skpId: string, rencanaId: string) {
  // Read first (after the SKP is known to be readable) to learn its period.
  await loadReadableSkp(ctx, instansiId, skpId);
  const row = await repo.getRencana(ctx.database.db, instansiId, skpId, rencanaId);
  if (!row) throw new AppError('NOT_FOUND');
  const e = await loadForEntry(ctx, instansiId, skpId, row.periodeKode, { allowBeforeStart: true });
  return { e, row };
}

export async function ubahRencana(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  rencanaId: string,
  input: TRencanaUpdate,
) {
  const { e, row: before } = await loadRencana(ctx, instansiId, skpId, rencanaId);
  return mutate({ ...ctx, actor: e.actor }, instansiId, async (kit) => {
    const row = await repo.updateRencana(kit.tx, instansiId, rencanaId, input.version, {
      teks: input.teks,
      targetNilai: input.targetNilai === null || input.targetNilai === undefined ? null : String(input.targetNilai),
      targetSatuan: input.targetSatuan || null,
      targetTeks: input.targetTeks || null,
    });
    if (!row) throw stale({ id: 'Rencana aksi ini', en: 'This action plan' }, before.version);
    await kit.audit({
      action: 'rencana_aksi.ubah',
      entity: 'rencana_aksi',
      entityId: row.id,
      before: rencanaDto(before),
      after: rencanaDto(row),
    });
    return rencanaDto(row);
  });
}

export async function hapusRencana(ctx: SkpCtx, instansiId: string, skpId: string, rencanaId: string, version: number) {
  const { e, row: before } = await loadRencana(ctx, instansiId, skpId, rencanaId);
  await mutate({ ...ctx, actor: e.actor }, instansiId, async (kit) => {
    if (!(await repo.deleteRencana(kit.tx, instansiId, rencanaId, version)))
      throw stale({ id: 'Rencana aksi ini', en: 'This action plan' }, before.version);
    await kit.audit({
      action: 'rencana_aksi.hapus',
      entity: 'rencana_aksi',
      entityId: rencanaId,
      before: rencanaDto(before),
    });
  });
}

// ── Reopening by the appraiser ─────────────────────────────────────────────────────────────────
const MAKS_HARI_BUKA = 30;

/** The notification to the employee when entry is reopened (one place for its words, id and en). */
export function notifPengisianDibuka(
  s: Pick<SkpRow, 'id' | 'instansiId' | 'pegawaiId'>,
  p: PeriodeIsi,
  sampai: string,
  alasan: string,
) {
  const text = {
    id: {
      judul: `Pengisian periode ${p.kode} dibuka kembali`,
      isi: `Pejabat penilai membuka kembali pengisian realisasi periode ${p.kode} sampai ${sampai}. Alasan: ${alasan}`,
    },
    en: {
      judul: `Entry for period ${p.kode} reopened`,
      isi: `Your appraiser reopened realisasi entry for period ${p.kode} until ${sampai}. Reason: ${alasan}`,
    },
  };
  return {
    text,
    item: {
      instansiId: s.instansiId,
      pegawaiId: s.pegawaiId,
      jenis: 'PENGISIAN_DIBUKA' as const,
      param: text,
      tautan: `/kinerja-saya?skp=${s.id}&periode=${p.kode}`,
    },
  };
}

/**
 * The appraiser reopens entry of a period after its batas pengisian, until a date (inclusive, at
 * most 30 days ahead) and with a reason; audited, the employee is notified. Never once rated.
 */
export async function bukaPengisian(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  kode: string,
  input: { alasan: string; sampai: string },
) {
  const { s, access, actor } = await loadReadableSkp(ctx, instansiId, skpId);
  if (!bolehPelaksanaan('BUKA_PENGISIAN', access.peranSaya)) {
    throw new AppError('ACCESS.FORBIDDEN', null, {
      id: 'Hanya pejabat penilai pegawai ini yang dapat membuka kembali pengisian.',
      en: "Only this employee's appraiser can reopen entry.",
    });
  }
  const { periode, state } = await repo.periodeOf(ctx.database.db, instansiId, s.periodeId, skpId);
  const p = periode.find((x) => x.kode === kode);
  if (!p) throw periodeTidakAda(kode, s.tahun);
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const max = new Date(Date.parse(`${today}T00:00:00Z`) + MAKS_HARI_BUKA * 86_400_000).toISOString().slice(0, 10);
  if (input.sampai < today || input.sampai > max) {
    throw new AppError('VALIDATION.FAILED', [
      {
        field: 'body.sampai',
        message: {
          id: `Tanggal akhir pembukaan harus antara hari ini (${today}) dan ${max} (paling lama ${MAKS_HARI_BUKA} hari).`,
          en: `The reopening must end between today (${today}) and ${max} (at most ${MAKS_HARI_BUKA} days).`,
        },
      },
    ]);
  }
  const status = statusOf(s, p, state, now);
  if (status.alasan !== 'LEWAT_BATAS' && status.alasan !== 'DIBUKA_KEMBALI') {
    const msg =
      status.alasan === 'TERBUKA'
        ? {
            id: `Pengisian periode ${kode} masih terbuka sampai ${p.batasPengisian}; tidak perlu dibuka kembali.`,
            en: `Entry for period ${kode} is still open until ${p.batasPengisian}; no need to reopen it.`,
          }
        : pesanDitutup(status.alasan, p, s);
    throw new AppError('REALISASI.BUKA_DITOLAK', { periode: kode, alasan: status.alasan }, msg);
  }
  const before = state.find((r) => r.periodeKode === kode) ?? null;
  const { item } = notifPengisianDibuka(s, p, input.sampai, input.alasan);
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const row = await repo.bukaPeriode(kit.tx, {
      instansiId,
      skpId,
      periodeKode: kode,
      sampai: akhirHari(input.sampai),
      alasan: input.alasan,
      oleh: actor.pegawaiId ?? null,
    });
    await kit.audit({
      action: 'pengisian.buka',
      entity: 'skp',
      entityId: skpId,
      before: before ? { periode: kode, dibukaSampai: before.dibukaSampai, dibukaAlasan: before.dibukaAlasan } : null,
      after: { periode: kode, dibukaSampai: row.dibukaSampai, dibukaAlasan: row.dibukaAlasan, sampai: input.sampai },
    });
    await kit.notify([item]);
    return {
      periode: kode,
      dibukaSampai: (row.dibukaSampai as Date).toISOString(),
      alasan: row.dibukaAlasan ?? '',
      version: row.version,
    };
  });
}
