/**
 * Evidence use cases (docs/pelaksanaan-bukti.md): the personal library (links, list, delete),
 * attaching a piece of evidence to an IKI for a period, the evidence of an SKP, and opening a file.
 * Uploads are in bukti.upload.ts.
 *
 * Who: the library is the caller's own (no one else reads or changes it as a library). Attaching
 * is ISI_REALISASI on the SKP (its owner; src/domain/pelaksanaan/akses.ts), and only evidence of
 * the SKP's owner. A file is opened by its owner or by whoever may read an SKP it supports
 * (loadReadableSkp); anything else answers 404, as if it did not exist.
 */
import type { Database } from '../../db/client.ts';
import type { Tx } from '../../db/tx.ts';
import { aksiYangBoleh, bolehPelaksanaan } from '../../domain/pelaksanaan/akses.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, actorLabel, isMemberOf, requireActor } from '../access/index.ts';
import { writeAudit } from '../audit/index.ts';
import { fileStoreFor } from '../dokumen/index.ts';
import { loadSettingsWith } from '../pengaturan/index.ts';
import { loadReadableSkp } from '../skp/index.ts';
import { kindOfMime } from './bukti.jenis.ts';
import { cleanUrl } from './bukti.nama.ts';
import * as repo from './bukti.repository.ts';

export interface BuktiCtx {
  database: Database;
  actor: Actor | null;
  requestId?: string;
}

export interface Kit {
  tx: Tx;
  audit(a: { action: string; entity: string; entityId: string; before?: unknown; after?: unknown }): Promise<void>;
}

/** One transaction with its audit rows. */
export async function mutate<T>(
  ctx: BuktiCtx,
  actor: Actor,
  instansiId: string,
  fn: (kit: Kit) => Promise<T>,
): Promise<T> {
  return ctx.database.db.transaction(async (tx) =>
    fn({
      tx,
      audit: (a) =>
        writeAudit(tx, {
          instansiId,
          akunId: actor.akunId,
          actorLabel: actorLabel(actor),
          requestId: ctx.requestId,
          ...a,
        }),
    }),
  );
}

export function toBuktiDto(b: {
  id: string;
  jenis: string;
  judul: string;
  deskripsi: string | null;
  tanggal: string;
  namaBerkas: string | null;
  url: string | null;
  mime?: string | null;
  ukuran?: number | null;
}) {
  return {
    id: b.id,
    jenis: b.jenis as 'BERKAS' | 'TAUTAN',
    judul: b.judul,
    deskripsi: b.deskripsi,
    tanggal: b.tanggal,
    mime: b.mime ?? null,
    ukuran: b.ukuran ?? null,
    namaBerkas: b.namaBerkas,
    url: b.url,
  };
}

/** The caller's own library: a member of the tenant who is a pegawai. */
export function ownLibrary(ctx: BuktiCtx, instansiId: string) {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, instansiId)) throw new AppError('ACCESS.DENIED');
  if (ctx.actor.instansiId !== instansiId || !ctx.actor.pegawaiId) throw new AppError('BUKTI.NO_PEGAWAI');
  return { actor: ctx.actor, pegawaiId: ctx.actor.pegawaiId };
}

export async function createTautan(
  ctx: BuktiCtx,
  instansiId: string,
  input: { url: string; judul: string; tanggal: string; deskripsi?: string },
) {
  const { actor, pegawaiId } = ownLibrary(ctx, instansiId);
  const url = cleanUrl(input.url);
  if (!url) throw new AppError('BUKTI.URL_INVALID', [{ field: 'body.url' }]);
  return mutate(ctx, actor, instansiId, async ({ tx, audit }) => {
    const b = await repo.insertBukti(tx, {
      instansiId,
      pegawaiId,
      jenis: 'TAUTAN',
      judul: input.judul,
      deskripsi: input.deskripsi || null,
      tanggal: input.tanggal,
      url,
    });
    const dto = toBuktiDto(b);
    await audit({ action: 'bukti.create', entity: 'bukti', entityId: b.id, after: dto });
    return dto;
  });
}

export async function listSaya(ctx: BuktiCtx, instansiId: string, q: { cari?: string; limit: number; offset: number }) {
  const { pegawaiId } = ownLibrary(ctx, instansiId);
  const [rows, settings] = await Promise.all([
    repo.listLibrary(ctx.database.db, instansiId, pegawaiId, q),
    loadSettingsWith(ctx.database.db, instansiId),
  ]);
  return {
    total: rows[0]?.total ?? 0,
    maksimumMb: settings.pelaksanaan.buktiMaksimumMb,
    items: rows.map((r) => ({ ...toBuktiDto(r), dipakai: r.dipakai, createdAt: new Date(r.createdAt).toISOString() })),
  };
}

/** Deletes a piece of one's evidence: refused while it supports a rated period. */
export async function deleteBukti(ctx: BuktiCtx, instansiId: string, id: string) {
  const { actor, pegawaiId } = ownLibrary(ctx, instansiId);
  const kunci = await mutate(ctx, actor, instansiId, async ({ tx, audit }) => {
    const b = await repo.getBukti(tx, instansiId, id);
    if (!b || b.pegawaiId !== pegawaiId) throw new AppError('ACCESS.DENIED');
    const rated = await repo.ratedUses(tx, instansiId, id);
    if (rated.length)
      throw new AppError(
        'BUKTI.PERIODE_DINILAI',
        { dinilai: rated },
        {
          id: `Bukti ini mendukung periode yang sudah dinilai (${rated.map((r) => r.periodeKode).join(', ')}); bukti tersebut tetap disimpan sebagai bagian dari penilaian dan tidak dapat dihapus.`,
          en: `This evidence supports a period that has been rated (${rated.map((r) => r.periodeKode).join(', ')}); it stays as part of that rating and cannot be deleted.`,
        },
      );
    const key = await repo.deleteBukti(tx, instansiId, b);
    await audit({ action: 'bukti.delete', entity: 'bukti', entityId: id, before: toBuktiDto(b) });
    return key;
  });
  // After the commit: the content is no longer referenced by anyone in the tenant.
  if (kunci) await fileStoreFor(ctx.database).delete(kunci);
}

// ── Evidence of an SKP ─────────────────────────────────────────────────────────────────────────

export async function listOfSkp(
  ctx: BuktiCtx,
  instansiId: string,
  skpId: string,
  f: { ikiId?: string; periodeKode?: string },
) {
  const { access } = await loadReadableSkp(ctx, instansiId, skpId);
  const rows = await repo.listOfSkp(ctx.database.db, instansiId, skpId, f);
  return {
    aksi: aksiYangBoleh(access.peranSaya),
    items: rows.map((r) => ({
      ...toBuktiDto({ ...r, id: r.buktiId }),
      lampiranId: r.id,
      ikiId: r.ikiId,
      periodeKode: r.periodeKode,
      dilihatPenilaiAt: r.dilihatPenilaiAt ? new Date(r.dilihatPenilaiAt).toISOString() : null,
    })),
  };
}

interface Lampiran {
  buktiId: string;
  ikiId: string;
  periodeKode: string;
}

/** The checks shared by attach and detach: the owner, their evidence, an IKI and an open period. */
async function checkLampiran(ctx: BuktiCtx, instansiId: string, skpId: string, input: Lampiran) {
  const { s, access, actor } = await loadReadableSkp(ctx, instansiId, skpId);
  if (!bolehPelaksanaan('ISI_REALISASI', access.peranSaya)) throw new AppError('ACCESS.FORBIDDEN');
  const db = ctx.database.db;
  const [b, ikiOk, periode] = await Promise.all([
    repo.getBukti(db, instansiId, input.buktiId),
    repo.ikiInSkp(db, instansiId, skpId, input.ikiId),
    repo.periodeState(db, instansiId, skpId, input.periodeKode),
  ]);
  // Only the SKP owner's own evidence; another's answers as if it did not exist.
  if (!b || b.pegawaiId !== s.pegawaiId) throw new AppError('ACCESS.DENIED');
  if (!ikiOk) throw new AppError('BUKTI.IKI_NOT_IN_SKP', [{ field: 'body.ikiId' }]);
  if (!periode?.found) throw new AppError('BUKTI.PERIODE_UNKNOWN', { periodeKode: input.periodeKode });
  if (periode.dinilaiAt) throw new AppError('BUKTI.PERIODE_DINILAI', { periodeKode: input.periodeKode });
  const now = new Date();
  const reopened = periode.dibukaSampai !== null && new Date(periode.dibukaSampai) > now;
  if (periode.batasPengisian && periode.batasPengisian < todayWib(now) && !reopened)
    throw new AppError(
      'BUKTI.PERIODE_CLOSED',
      { periodeKode: input.periodeKode, batas: periode.batasPengisian },
      {
        id: `Batas pengisian periode ${input.periodeKode} (${periode.batasPengisian}) telah lewat; minta pejabat penilai membukanya kembali.`,
        en: `The filling deadline of period ${input.periodeKode} (${periode.batasPengisian}) has passed; ask your appraiser to reopen it.`,
      },
    );
  return { actor, b };
}

/** The calendar date in Western Indonesia (UTC+7): deadlines are dates in the agency's day. */
function todayWib(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export async function attach(ctx: BuktiCtx, instansiId: string, skpId: string, input: Lampiran) {
  const { actor } = await checkLampiran(ctx, instansiId, skpId, input);
  return mutate(ctx, actor, instansiId, async ({ tx, audit }) => {
    const row = await repo.attach(tx, { instansiId, skpId, ...input });
    // Attaching twice is one attachment (a retried request after a dropped connection).
    const found = row ?? (await repo.findAttachment(tx, instansiId, { ...input, skpId }));
    if (!found) throw new AppError('CONFLICT.VERSION');
    if (row) await audit({ action: 'bukti.attach', entity: 'bukti_iki', entityId: row.id, after: { skpId, ...input } });
    return { id: found.id, skpId, ...input };
  });
}

export async function detach(ctx: BuktiCtx, instansiId: string, skpId: string, input: Lampiran) {
  const { actor } = await checkLampiran(ctx, instansiId, skpId, input);
  return mutate(ctx, actor, instansiId, async ({ tx, audit }) => {
    const found = await repo.findAttachment(tx, instansiId, { ...input, skpId });
    if (!found) throw new AppError('ACCESS.DENIED');
    await repo.detach(tx, instansiId, found.id);
    await audit({ action: 'bukti.detach', entity: 'bukti_iki', entityId: found.id, before: { skpId, ...input } });
    return { id: found.id, skpId, ...input };
  });
}

// ── Opening a file ─────────────────────────────────────────────────────────────────────────────

/**
 * The file of a bukti, for its owner or a reader of an SKP it supports. Opening by the SKP's
 * appraiser marks the attachments on the SKPs they appraise as seen.
 */
export async function openBukti(ctx: BuktiCtx, instansiId: string, id: string) {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, instansiId)) throw new AppError('ACCESS.DENIED');
  const db = ctx.database.db;
  const b = await repo.getBukti(db, instansiId, id);
  if (!b) throw new AppError('ACCESS.DENIED');
  const isOwner = ctx.actor.instansiId === instansiId && ctx.actor.pegawaiId === b.pegawaiId;
  let readable = isOwner;
  const penilaiOf: string[] = [];
  if (!isOwner) {
    for (const skpId of (await repo.skpIdsOfBukti(db, instansiId, id)).slice(0, 50)) {
      try {
        const { access } = await loadReadableSkp(ctx, instansiId, skpId);
        readable = true;
        if (access.peranSaya.includes('PENILAI')) penilaiOf.push(skpId);
        else break;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
      }
    }
  }
  if (!readable) throw new AppError('ACCESS.DENIED');
  if (b.jenis !== 'BERKAS' || !b.kunci || !b.mime)
    throw new AppError(
      'BUKTI.NO_FILE',
      { jenis: b.jenis },
      {
        id: 'Bukti ini berupa tautan, bukan berkas; buka tautannya langsung.',
        en: 'This evidence is a link, not a file; open the link itself.',
      },
    );
  const file = await fileStoreFor(ctx.database).get(b.kunci);
  if (!file) throw new AppError('ACCESS.DENIED', { reason: 'file missing from the store' });
  await repo.markSeen(db, instansiId, id, penilaiOf);
  return { ...file, mime: b.mime, kind: kindOfMime(b.mime), namaBerkas: b.namaBerkas ?? 'berkas' };
}
