/**
 * The SKP workflow through the API (domain/skp/workflow.ts decides what is allowed):
 * ajukan (the employee signs), kembalikan (the appraiser returns with notes, per item too),
 * tetapkan (the appraiser sets; a frozen version is written), ubah (perubahan SKP: back to DRAFT,
 * the set version stays), tutup (an admin closes on transfer). Every transition is guarded by the
 * SKP's version (`UPDATE … WHERE version = $v`), audited with before/after status, and notifies
 * the next actor in the app and by email.
 */
import { checkKelengkapan, type JenisForm, type KelengkapanRhk, type Pendekatan } from '../../domain/skp/rules.ts';
import { AppError, type Lang } from '../../http/errors.ts';
import { type Actor, isMemberOf, requireActor } from '../access/index.ts';
import { explainAppraiser } from '../org/index.ts';
import { assertTransition, loadReadableSkp, loadReadableSkpWithContent } from './skp.policy.ts';
import * as repo from './skp.repository.ts';
import type { TSkpIsi } from './skp.schema.ts';
import { mutate, mutateOnce, type OnceKit, type SkpCtx, staleSkp, type WriteKit } from './skp-ctx.ts';
import { loadIsi, toIsi } from './skp-detail.ts';
import { catatanPart, notice, type WriteAudit, writeSkp } from './skp-write.repository.ts';

type Snap = TSkpIsi['snapshot'];
const namaPemilik = (s: repo.SkpRow) => (s.snapshot as Snap).pegawai.nama;

async function currentPenilai(ctx: SkpCtx, s: repo.SkpRow) {
  const res = await explainAppraiser(ctx.database, s.instansiId, s.pegawaiId, ctx.tanggal);
  return res;
}

/** The audit of a workflow step written by the step's own statement (skp-write.repository.ts). */
function auditOf(kit: OnceKit, action: string, before: repo.SkpRow, extra: Record<string, unknown> = {}): WriteAudit {
  return {
    ...kit.auditEntry({ action, entity: 'skp', entityId: before.id }),
    before: { status: before.status, version: before.version },
    afterExtra: extra,
  };
}

/** Acting on an SKP clears the actor's own notifications that open it (as `kit.clearNotifications`). */
function clearOwn(actor: Actor, skpId: string) {
  return actor.pegawaiId ? { pegawaiId: actor.pegawaiId, tautan: `/skp/${skpId}` } : null;
}

function audited(kit: WriteKit, action: string, before: repo.SkpRow, after: repo.SkpRow, extra: object = {}) {
  return kit.audit({
    action,
    entity: 'skp',
    entityId: before.id,
    before: { status: before.status, version: before.version },
    after: { status: after.status, version: after.version, ...extra },
  });
}

/**
 * The employee submits (and signs) the SKP; refuses with the list of what is missing. One read for
 * the SKP, its content and the caller's roles; in the transaction one statement for the guarded
 * update with its audit, then the notices.
 */
export async function ajukan(ctx: SkpCtx, instansiId: string, skpId: string, version: number) {
  const { s, access, actor, row } = await loadReadableSkpWithContent(ctx, instansiId, skpId);
  const to = assertTransition(s.status, 'ajukan', access.roles);
  const masalah = checkKelengkapan(
    s.jenisForm as JenisForm,
    s.pendekatan as Pendekatan,
    row.rhk as unknown as KelengkapanRhk[],
  );
  if (masalah.length) {
    throw new AppError(
      'SKP.INCOMPLETE',
      masalah.map((m) => ({ field: m.field, message: { id: m.id, en: m.en } })),
      {
        id: `SKP belum lengkap: ${masalah.map((m) => m.id).join(' ')}`,
        en: `The SKP is incomplete: ${masalah.map((m) => m.en).join(' ')}`,
      },
    );
  }
  // The org version read with the SKP keys the cached hierarchy: no further query.
  const res = await explainAppraiser(ctx.database, s.instansiId, s.pegawaiId, ctx.tanggal, row.orgVersion);
  const now = new Date();
  const penilai = res?.penilai?.kind === 'PEGAWAI' ? res.penilai : null;
  return mutateOnce({ ...ctx, actor }, instansiId, async (kit) => {
    const written = await writeSkp(kit.exec, {
      instansiId,
      skpId,
      version,
      set: { status: to as string, diajukanAt: now, ditandatanganiAt: now },
      audit: auditOf(kit, 'ajukan', s),
      clear: clearOwn(actor, skpId),
      notify: penilai
        ? notice({
            instansiId,
            pegawaiId: penilai.pegawaiId,
            jenis: 'SKP_DIAJUKAN',
            param: { pemilik: namaPemilik(s), tahun: s.tahun },
            tautan: `/skp/${skpId}`,
          })
        : null,
    });
    if (!written) throw staleSkp(s.version);
    kit.mail(written.emails);
    return { id: skpId, version: written.version, status: written.status };
  });
}

/** The appraiser returns the SKP with a general note and optional notes per RHK (one read, as ajukan). */
export async function kembalikan(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  input: { version: number; catatan: string; catatanItem?: Array<{ rhkId: string; catatan: string }> },
) {
  const { s, access, actor, row } = await loadReadableSkpWithContent(ctx, instansiId, skpId);
  const to = assertTransition(s.status, 'kembalikan', access.roles);
  const items = input.catatanItem ?? [];
  if (items.length) {
    const own = new Set(row.rhk.map((r) => r.id));
    const bad = items.filter((i) => !own.has(i.rhkId));
    if (bad.length)
      throw new AppError(
        'VALIDATION.FAILED',
        bad.map((b) => ({ field: 'body.catatanItem', message: `RHK ${b.rhkId} is not in this SKP` })),
      );
  }
  // Kept so a resubmission shows what changed since this return (content is frozen while submitted).
  const isiDikembalikan = toIsi(s, row.rhk);
  return mutateOnce({ ...ctx, actor }, instansiId, async (kit) => {
    const written = await writeSkp(kit.exec, {
      instansiId,
      skpId,
      version: input.version,
      set: { status: to as string, catatanPenilai: input.catatan, isiDikembalikan },
      parts: [['catatan', catatanPart(instansiId, skpId, items)]],
      audit: auditOf(kit, 'kembalikan', s, { catatan: input.catatan, catatanItem: items }),
      clear: clearOwn(actor, skpId),
      notify: notice({
        instansiId,
        pegawaiId: s.pegawaiId,
        jenis: 'SKP_DIKEMBALIKAN',
        param: { tahun: s.tahun, catatan: input.catatan },
        tautan: `/skp/${skpId}`,
      }),
    });
    if (!written) throw staleSkp(s.version);
    kit.mail(written.emails);
    return { id: skpId, version: written.version, status: written.status };
  });
}

/** The appraiser sets the SKP: records who and when, increments revisi and freezes the content. */
export async function tetapkan(ctx: SkpCtx, instansiId: string, skpId: string, version: number) {
  const { s, access, actor } = await loadReadableSkp(ctx, instansiId, skpId);
  const to = assertTransition(s.status, 'tetapkan', access.roles);
  const res = await currentPenilai(ctx, s);
  const snap = s.snapshot as Snap;
  const penilai = res?.penilai?.kind === 'PEGAWAI' ? res.penilai : null;
  const atasan = res?.atasanPenilai;
  const snapshot: Snap = {
    ...snap,
    penilai: penilai
      ? {
          pegawaiId: penilai.pegawaiId,
          nama: penilai.nama,
          nip: penilai.nip,
          jabatanNama: penilai.jabatanNama,
          golongan: snap.penilai?.pegawaiId === penilai.pegawaiId ? (snap.penilai?.golongan ?? null) : null,
        }
      : snap.penilai,
    atasanPenilai:
      atasan?.kind === 'PEGAWAI'
        ? { pegawaiId: atasan.pegawaiId, nama: atasan.nama, nip: atasan.nip, jabatanNama: atasan.jabatanNama }
        : atasan
          ? { pegawaiId: null, nama: atasan.nama ?? atasan.jabatan, nip: null, jabatanNama: atasan.jabatan }
          : snap.atasanPenilai,
  };
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const now = new Date();
    const updated = await repo.bumpSkp(kit.tx, instansiId, skpId, version, {
      status: to as string,
      ditetapkanAt: now,
      ditetapkanOleh: actor.pegawaiId,
      ditetapkanOlehNama:
        penilai?.nama ?? (access.atasNama ? `${access.atasNama} (dicatat oleh ${actor.nama})` : actor.nama),
      penilaiPegawaiId: penilai?.pegawaiId ?? s.penilaiPegawaiId,
      revisi: s.revisi + 1,
      snapshot,
      catatanPenilai: null,
      isiDikembalikan: null,
    });
    if (!updated) throw staleSkp(s.version);
    await repo.setRhkCatatan(kit.tx, instansiId, skpId, []);
    const isi = await loadIsi(kit.tx, updated);
    await repo.insertVersi(kit.tx, { instansiId, skpId, revisi: updated.revisi, isi, ditetapkanAt: now });
    await audited(kit, 'tetapkan', s, updated, { revisi: updated.revisi });
    await kit.clearNotifications(`/skp/${skpId}`);
    await kit.notify([
      {
        instansiId,
        pegawaiId: s.pegawaiId,
        jenis: 'SKP_DITETAPKAN',
        param: { tahun: s.tahun, oleh: updated.ditetapkanOlehNama ?? actor.nama, revisi: updated.revisi },
        tautan: `/skp/${skpId}`,
      },
    ]);
    return { id: skpId, version: updated.version, status: updated.status, revisi: updated.revisi };
  });
}

/** Perubahan SKP: a set SKP goes back to DRAFT for changes; the set version stays frozen. */
export async function ubah(ctx: SkpCtx, instansiId: string, skpId: string, version: number) {
  const { s, access, actor } = await loadReadableSkp(ctx, instansiId, skpId);
  const to = assertTransition(s.status, 'ubah', access.roles);
  const byOwner = access.roles.includes('PEMILIK');
  const res = byOwner ? await currentPenilai(ctx, s) : null;
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const updated = await repo.bumpSkp(kit.tx, instansiId, skpId, version, {
      status: to as string,
      diajukanAt: null,
      ditandatanganiAt: null,
      ditetapkanAt: null,
      ditetapkanOleh: null,
      ditetapkanOlehNama: null,
    });
    if (!updated) throw staleSkp(s.version);
    await audited(kit, 'ubah', s, updated, { revisi: s.revisi });
    const recipient = byOwner ? (res?.penilai?.kind === 'PEGAWAI' ? res.penilai.pegawaiId : null) : s.pegawaiId;
    if (recipient) {
      await kit.notify([
        {
          instansiId,
          pegawaiId: recipient,
          jenis: 'SKP_PERUBAHAN',
          param: byOwner
            ? { tahun: s.tahun, revisi: s.revisi, olehPemilik: true, pemilik: namaPemilik(s) }
            : { tahun: s.tahun, revisi: s.revisi, olehPemilik: false },
          tautan: `/skp/${skpId}`,
        },
      ]);
    }
    return { id: skpId, version: updated.version, status: updated.status };
  });
}

/** An admin closes an SKP at `selesai` (transfer or promotion: a new SKP covers the rest of the year). */
export async function tutup(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  input: { version: number; selesai: string },
) {
  const { s, access, actor } = await loadReadableSkp(ctx, instansiId, skpId);
  const to = assertTransition(s.status, 'tutup', access.roles);
  if (input.selesai < s.mulai || input.selesai > s.selesai) {
    throw new AppError(
      'SKP.INVALID_RANGE',
      { mulai: s.mulai, selesai: s.selesai },
      {
        id: `Tanggal selesai harus di antara ${s.mulai} dan ${s.selesai}.`,
        en: `The end date must lie between ${s.mulai} and ${s.selesai}.`,
      },
    );
  }
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const updated = await repo.bumpSkp(kit.tx, instansiId, skpId, input.version, {
      status: to as string,
      selesai: input.selesai,
    });
    if (!updated) throw staleSkp(s.version);
    await audited(kit, 'tutup', s, updated, { selesai: input.selesai });
    await kit.notify([
      {
        instansiId,
        pegawaiId: s.pegawaiId,
        jenis: 'SKP_DITUTUP',
        param: { tahun: s.tahun, selesai: input.selesai, sebab: 'PINDAH_JABATAN' },
        tautan: `/skp/${skpId}`,
      },
    ]);
    return { id: skpId, version: updated.version, status: updated.status };
  });
}

/** Sets several SKPs; each item stands alone (one failure does not undo the others). */
export async function tetapkanMassal(
  ctx: SkpCtx,
  instansiId: string,
  items: Array<{ skpId: string; version: number }>,
  lang: Lang,
) {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, instansiId)) throw new AppError('ACCESS.DENIED');
  // Only a pejabat penilai sets an SKP, and a pejabat penilai is a pegawai of the tenant: an account
  // without one (an admin, the read-only auditor) is refused outright rather than answered 200 with
  // every item refused, so a write route never looks allowed to a read-only role.
  if (!ctx.actor.pegawaiId || ctx.actor.instansiId !== instansiId) throw new AppError('ACCESS.FORBIDDEN');
  const berhasil: string[] = [];
  const gagal: Array<{ skpId: string; code: string; message: string }> = [];
  for (const it of items) {
    try {
      await tetapkan(ctx, instansiId, it.skpId, it.version);
      berhasil.push(it.skpId);
    } catch (err) {
      if (err instanceof AppError) gagal.push({ skpId: it.skpId, code: err.code, message: err.localized(lang) });
      else {
        console.error(err);
        gagal.push({ skpId: it.skpId, code: 'INTERNAL', message: new AppError('INTERNAL').localized(lang) });
      }
    }
  }
  return { berhasil, gagal };
}
