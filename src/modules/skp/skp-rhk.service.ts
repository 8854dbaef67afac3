/**
 * RHK and IKI of an SKP, with the cascade rules (decision 0401):
 * - JPT RHK come from the unit's Perjanjian Kinerja (an indicator of that year's PK of the SKP's
 *   unit) or from an assignment (penugasan dari), always with a perspektif.
 * - JA/JF RHK with sumber INTERVENSI name a parent RHK in an SKP of the pegawai's current appraiser
 *   for the same year in ANY status, a draft included: nobody waits for the superior (no deadlock).
 *   Linking to a parent whose SKP is not set yet reminds the appraiser.
 * - When a parent's text or IKI change, or it is deleted, its children and their SKPs are flagged
 *   `perluTinjau` and their owners notified; the flag clears when the owner saves that RHK again.
 */
import type { Executor } from '../../db/tx.ts';
import { checkIki, checkRhkSumber, type JenisForm, type Masalah, type Pendekatan } from '../../domain/skp/rules.ts';
import { AppError } from '../../http/errors.ts';
import type { TSebabTinjau } from '../notifikasi/index.ts';
import { explainAppraiser } from '../org/index.ts';
import { assertTransition, loadReadableSkp, loadReadableSkpWithContent } from './skp.policy.ts';
import * as repo from './skp.repository.ts';
import type { TRhkIn } from './skp.schema.ts';
import { mutate, mutateOnce, type SkpCtx, staleSkp, type WriteKit } from './skp-ctx.ts';
import { rhkSave, writeSkp } from './skp-write.repository.ts';

function invalid(masalah: Masalah[]): AppError {
  return new AppError(
    'SKP.INVALID_CONTENT',
    // Each line's message is localized by the error handler (one language per answer).
    masalah.map((m) => ({ field: `body.${m.field}`, message: { id: m.id, en: m.en } })),
    { id: masalah.map((m) => m.id).join(' '), en: masalah.map((m) => m.en).join(' ') },
  );
}

function ikiWrites(input: TRhkIn['iki']): repo.IkiWrite[] {
  return input.map((k) => ({
    aspek: k.aspek,
    indikator: k.indikator.trim(),
    targetNilai:
      k.targetNilai === null || k.targetNilai === undefined || k.targetNilai === '' ? null : String(k.targetNilai),
    targetSatuan: k.targetSatuan?.trim() || null,
    targetTeks: k.targetTeks?.trim() || null,
  }));
}

/** Checks an RHK against the form and its references; returns the columns to store. */
async function validateRhk(
  ctx: SkpCtx,
  s: repo.SkpRow,
  input: TRhkIn,
  previousParentId: string | null | Promise<string | null>,
) {
  const jenisForm = s.jenisForm as JenisForm;
  const masalah = [
    ...checkRhkSumber({ jenisForm, ...input }),
    ...input.iki.flatMap((k, i) => checkIki(s.pendekatan as Pendekatan, k, `iki.${i}`)),
  ];
  if (masalah.length) throw invalid(masalah);
  const db = ctx.database.db;
  let parent: Awaited<ReturnType<typeof repo.getRhkWithSkp>> | null = null;
  if (input.sumber === 'PK') {
    const ind = await repo.getPkIndikatorInfo(db, s.instansiId, input.pkIndikatorId as string);
    const unit = s.unitId ? await repo.getUnitRow(db, s.instansiId, s.unitId) : null;
    const allowedUnits = jenisForm === 'JPT' ? [s.unitId] : (unit?.path.split('/').filter(Boolean) ?? []);
    if (!ind || ind.tahun !== s.tahun || !allowedUnits.includes(ind.unitId)) {
      throw invalid([
        {
          field: 'pkIndikatorId',
          id: `Indikator bukan bagian dari Perjanjian Kinerja ${s.tahun} unit ini.`,
          en: `The indicator is not part of this unit's ${s.tahun} Perjanjian Kinerja.`,
        },
      ]);
    }
  }
  if (input.sumber === 'INTERVENSI') {
    parent = await repo.getRhkWithSkp(db, s.instansiId, input.parentRhkId as string);
    if (input.parentRhkId !== (await previousParentId)) {
      const res = await explainAppraiser(ctx.database, s.instansiId, s.pegawaiId, ctx.tanggal);
      const penilaiId = res?.penilai?.kind === 'PEGAWAI' ? res.penilai.pegawaiId : null;
      if (!parent || parent.skpPegawaiId !== penilaiId || parent.skpTahun !== s.tahun) {
        throw new AppError(
          'SKP.INVALID_PARENT',
          { field: 'body.parentRhkId' },
          {
            id: `RHK yang diintervensi harus RHK pada SKP ${s.tahun} pejabat penilai Anda saat ini.`,
            en: `The intervened RHK must belong to your current appraiser's ${s.tahun} SKP.`,
          },
        );
      }
    }
  }
  const row = {
    jenis: input.jenis,
    teks: input.teks.trim(),
    sumber: input.sumber,
    parentRhkId: input.sumber === 'INTERVENSI' ? (input.parentRhkId ?? null) : null,
    pkIndikatorId: input.sumber === 'PK' ? (input.pkIndikatorId ?? null) : null,
    cascading: input.sumber === 'INTERVENSI' ? (input.cascading ?? 'TIDAK_LANGSUNG') : null,
    perspektif: jenisForm === 'JPT' ? (input.perspektif ?? null) : null,
    penugasanDari: input.sumber === 'PENUGASAN' ? (input.penugasanDari?.trim() ?? null) : null,
  };
  return { row, iki: ikiWrites(input.iki), parent };
}

/** Reminds the appraiser that a subordinate links to their SKP which is not set yet (once while unread). */
async function remindAppraiser(
  kit: WriteKit,
  s: repo.SkpRow,
  parent: NonNullable<Awaited<ReturnType<typeof repo.getRhkWithSkp>>>,
) {
  if (parent.skpStatus === 'DITETAPKAN') return;
  const nama = (s.snapshot as { pegawai?: { nama?: string } }).pegawai?.nama ?? null;
  await kit.notify([
    {
      instansiId: s.instansiId,
      pegawaiId: parent.skpPegawaiId,
      jenis: 'SKP_ATASAN_DITUNGGU',
      param: { bawahan: nama, rhk: parent.rhk.teks },
      tautan: `/skp/${parent.rhk.skpId}`,
      sekali: true,
    },
  ]);
}

/** Flags the children of changed/deleted parent RHK and notifies their owners. */
async function cascadeChange(kit: WriteKit, s: repo.SkpRow, parentIds: string[], detach: boolean, sebab: TSebabTinjau) {
  const children = await repo.flagChildren(kit.tx, s.instansiId, parentIds, detach);
  const owners = new Map<string, string>();
  for (const c of children) if (c.pegawaiId !== s.pegawaiId) owners.set(c.pegawaiId, c.skpId);
  await kit.notify(
    [...owners].map(([pegawaiId, skpId]) => ({
      instansiId: s.instansiId,
      pegawaiId,
      jenis: 'SKP_PERLU_TINJAU' as const,
      param: sebab,
      tautan: `/skp/${skpId}`,
    })),
  );
  return children.length;
}

function sameIki(a: repo.IkiWrite[], b: repo.IkiWrite[]): boolean {
  const key = (k: repo.IkiWrite) =>
    [k.aspek, k.indikator, k.targetNilai === null ? null : Number(k.targetNilai), k.targetSatuan, k.targetTeks].join(
      '|',
    );
  return a.length === b.length && a.every((k, i) => key(k) === key(b[i]));
}

async function loadEditable(ctx: SkpCtx, instansiId: string, skpId: string) {
  const r = await loadReadableSkp(ctx, instansiId, skpId);
  assertTransition(r.s.status, 'ubahIsi', r.access.roles);
  return r;
}

export async function addRhk(ctx: SkpCtx, instansiId: string, skpId: string, input: TRhkIn) {
  const { s, actor } = await loadEditable(ctx, instansiId, skpId);
  const v = await validateRhk(ctx, s, input, null);
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const updated = await repo.bumpSkp(kit.tx, instansiId, skpId, input.version);
    if (!updated) throw staleSkp(s.version);
    const urutan = await repo.nextRhkUrutan(kit.tx, instansiId, skpId);
    const row = await repo.insertRhk(kit.tx, { instansiId, skpId, urutan, ...v.row });
    await repo.replaceIki(kit.tx, instansiId, row.id, v.iki);
    if (v.parent) await remindAppraiser(kit, s, v.parent);
    await kit.audit({
      action: 'rhk.tambah',
      entity: 'skp',
      entityId: skpId,
      before: { status: s.status, version: s.version },
      after: { status: updated.status, version: updated.version, rhk: { id: row.id, ...v.row, iki: v.iki } },
    });
    return { id: row.id, version: updated.version };
  });
}

async function loadOwnRhk(ctx: SkpCtx, s: repo.SkpRow, rhkId: string) {
  const r = await repo.getRhkWithSkp(ctx.database.db, s.instansiId, rhkId);
  if (!r || r.rhk.skpId !== s.id) throw new AppError('ACCESS.DENIED');
  return r.rhk;
}

/**
 * Saves an RHK: one read (the SKP with its content, skp.policy.ts), then one statement for the
 * version bump, the RHK and its IKI, the child RHK flagged when the text or IKI changed (their
 * owners notified), and the audit (skp-write.repository.ts) — without a transaction, being one
 * statement, unless the appraiser must also be reminded of a new link.
 */
export async function updateRhk(ctx: SkpCtx, instansiId: string, skpId: string, rhkId: string, input: TRhkIn) {
  const { s, access, actor, row } = await loadReadableSkpWithContent(ctx, instansiId, skpId);
  assertTransition(s.status, 'ubahIsi', access.roles);
  const current = row.rhk.find((r) => r.id === rhkId);
  if (!current) throw new AppError('ACCESS.DENIED');
  // Any change since this read bumps the SKP version, which the guarded update refuses.
  const { parent: _parent, pkIndikator: _pk, ...before } = current;
  const v = await validateRhk(ctx, s, input, before.parentRhkId);
  const flagChildren = before.teks !== v.row.teks || !sameIki(v.iki, before.iki);
  const remind = v.parent && v.row.parentRhkId !== before.parentRhkId ? v.parent : null;
  const write = async (kit: { exec: Executor; auditEntry: WriteKit['auditEntry']; mail: WriteKit['mail'] }) => {
    const save = rhkSave(kit.exec, {
      instansiId,
      skpId,
      rhkId,
      version: input.version,
      row: v.row,
      iki: v.iki,
      ikiBefore: before.iki,
      wasPerluTinjau: before.perluTinjau,
      ownerPegawaiId: s.pegawaiId,
      children: flagChildren
        ? { jenis: 'SKP_PERLU_TINJAU', param: { sebab: 'RHK_ATASAN_DIUBAH', rhk: before.teks } }
        : null,
    });
    const written = await writeSkp(kit.exec, {
      ...save,
      audit: {
        ...kit.auditEntry({ action: 'rhk.ubah', entity: 'skp', entityId: skpId }),
        before: { status: s.status, version: s.version, rhk: before },
        afterExtra: { rhk: { id: rhkId, ...v.row, iki: v.iki } },
        afterSql: save.afterSql,
      },
    });
    if (!written) throw staleSkp(s.version);
    kit.mail(written.emails);
    return { id: rhkId, version: written.version, anakDitandai: written.counted };
  };
  if (!remind) return mutateOnce({ ...ctx, actor }, instansiId, write);
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const result = await write({ ...kit, exec: kit.tx });
    await remindAppraiser(kit, s, remind);
    return result;
  });
}

export async function deleteRhk(ctx: SkpCtx, instansiId: string, skpId: string, rhkId: string, version: number) {
  const { s, actor } = await loadEditable(ctx, instansiId, skpId);
  const before = await loadOwnRhk(ctx, s, rhkId);
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const updated = await repo.bumpSkp(kit.tx, instansiId, skpId, version);
    if (!updated) throw staleSkp(s.version);
    const flagged = await cascadeChange(kit, s, [rhkId], true, { sebab: 'RHK_ATASAN_DIHAPUS', rhk: before.teks });
    await repo.deleteRhk(kit.tx, instansiId, rhkId);
    await repo.refreshSkpPerluTinjau(kit.tx, instansiId, skpId);
    await kit.audit({
      action: 'rhk.hapus',
      entity: 'skp',
      entityId: skpId,
      before: { status: s.status, version: s.version, rhk: before },
      after: { status: updated.status, version: updated.version, anakDitandai: flagged },
    });
    return { id: rhkId, version: updated.version };
  });
}
