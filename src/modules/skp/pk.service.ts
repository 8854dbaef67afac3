/**
 * The unit's Perjanjian Kinerja for a year (P1, domain.md §2.2): sasaran strategis with their
 * indikator and targets. The unit's head or the administrators of its subtree write it; everyone in
 * the tenant reads it. Editing a set PK returns it to DRAFT (a revision); RHK that pointed at a
 * removed indicator are flagged for review.
 */
import { AppError } from '../../http/errors.ts';
import { authorize, can, requireActor } from '../access/index.ts';
import { explainAppraiser } from '../org/index.ts';
import * as repo from './skp.repository.ts';
import { mutate, type SkpCtx, today, type WriteKit } from './skp-ctx.ts';

export interface PkIndikatorInput {
  id?: string;
  indikator: string;
  targetNilai?: number | string | null;
  satuan?: string | null;
  targetTeks?: string | null;
}
export interface PkSasaranInput {
  id?: string;
  sasaran: string;
  indikator: PkIndikatorInput[];
}

async function pkToDto(ctx: SkpCtx, pk: repo.PkRow) {
  const content = await repo.loadPkContent(ctx.database.db, pk.instansiId, pk.id);
  return {
    id: pk.id,
    unitId: pk.unitId,
    tahun: pk.tahun,
    status: pk.status,
    version: pk.version,
    pihak: pk.pihak ?? null,
    sasaran: content.map((s) => ({
      id: s.id,
      urutan: s.urutan,
      sasaran: s.sasaran,
      indikator: s.indikator.map((i) => ({
        id: i.id,
        urutan: i.urutan,
        indikator: i.indikator,
        targetNilai: i.targetNilai,
        satuan: i.satuan,
        targetTeks: i.targetTeks,
      })),
    })),
  };
}

/** The unit and its head today (the head may write the PK), or 404. */
async function unitTarget(ctx: SkpCtx, instansiId: string, unitId: string) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const unit = await repo.getUnitRow(ctx.database.db, instansiId, unitId);
  if (!unit) throw new AppError('ACCESS.DENIED');
  const heads = unit.kepalaJabatanId
    ? await repo.holdersOf(ctx.database.db, instansiId, unit.kepalaJabatanId, ctx.tanggal ?? today())
    : [];
  const actorPegawai = ctx.actor?.pegawaiId ?? null;
  const head = heads.find((h) => h.pegawaiId === actorPegawai) ?? heads[0] ?? null;
  return { unit, head, target: { instansiId, unitPath: unit.path, pegawaiId: head?.pegawaiId ?? null } };
}

export async function getPk(ctx: SkpCtx, instansiId: string, unitId: string, tahun: number) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const pk = await repo.getPkByUnitTahun(ctx.database.db, instansiId, unitId, tahun);
  return pk ? pkToDto(ctx, pk) : null;
}

function normalise(sasaran: PkSasaranInput[]): repo.PkSasaranWrite[] {
  return sasaran.map((s) => ({
    id: s.id,
    sasaran: s.sasaran.trim(),
    indikator: s.indikator.map((i) => ({
      id: i.id,
      indikator: i.indikator.trim(),
      targetNilai:
        i.targetNilai === null || i.targetNilai === undefined || i.targetNilai === '' ? null : String(i.targetNilai),
      satuan: i.satuan?.trim() || null,
      targetTeks: i.targetTeks?.trim() || null,
    })),
  }));
}

/** Writes the content inside a transaction; creates the PK when the unit has none for the year. */
async function writeContent(
  kit: WriteKit,
  instansiId: string,
  unitId: string,
  tahun: number,
  version: number | undefined,
  sasaran: repo.PkSasaranWrite[],
  action: string,
) {
  let pk = await repo.getPkByUnitTahun(kit.tx, instansiId, unitId, tahun);
  const before = pk;
  if (!pk) {
    pk = await repo.insertPk(kit.tx, { instansiId, unitId, tahun });
    if (!pk) throw new AppError('CONFLICT.VERSION');
  } else {
    if (version === undefined) throw new AppError('CONFLICT.VERSION', { currentVersion: pk.version });
    pk = await repo.bumpPk(kit.tx, instansiId, pk.id, version, { status: 'DRAFT' });
    if (!pk) throw new AppError('CONFLICT.VERSION', { currentVersion: before?.version });
  }
  const removed = await repo.replacePkContent(kit.tx, instansiId, pk.id, sasaran);
  const flagged = await repo.flagRhkOfPkIndikator(kit.tx, instansiId, removed);
  await kit.notify(
    [...new Set(flagged.map((f) => f.pegawaiId))].map((pegawaiId) => ({
      instansiId,
      pegawaiId,
      jenis: 'SKP_PERLU_TINJAU' as const,
      param: { sebab: 'PK_INDIKATOR_DIHAPUS' as const },
      tautan: `/skp/${flagged.find((f) => f.pegawaiId === pegawaiId)?.id}`,
    })),
  );
  await kit.audit({
    action,
    entity: 'perjanjian_kinerja',
    entityId: pk.id,
    before: before ? { status: before.status, version: before.version } : null,
    after: { status: pk.status, version: pk.version, sasaran },
  });
  return pk;
}

export async function putPk(
  ctx: SkpCtx,
  instansiId: string,
  input: { unitId: string; tahun: number; version?: number; sasaran: PkSasaranInput[] },
) {
  const { target } = await unitTarget(ctx, instansiId, input.unitId);
  authorize(ctx.actor, 'pk.write', target);
  const actor = ctx.actor;
  const pk = await mutate({ ...ctx, actor }, instansiId, (kit) =>
    writeContent(kit, instansiId, input.unitId, input.tahun, input.version, normalise(input.sasaran), 'update'),
  );
  return pkToDto(ctx, pk);
}

/** Replaces the content from an import (already validated); atomic. */
export async function importPkContent(
  ctx: SkpCtx,
  instansiId: string,
  unitId: string,
  tahun: number,
  sasaran: PkSasaranInput[],
) {
  const { target } = await unitTarget(ctx, instansiId, unitId);
  authorize(ctx.actor, 'pk.write', target);
  const actor = ctx.actor;
  const pk = await mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const existing = await repo.getPkByUnitTahun(kit.tx, instansiId, unitId, tahun);
    return writeContent(kit, instansiId, unitId, tahun, existing?.version, normalise(sasaran), 'import');
  });
  return pkToDto(ctx, pk);
}

/**
 * What the caller may do with a unit's Perjanjian Kinerja, from the same policy the writes check
 * (pk.write: the unit's head, the administrators of its subtree), so the page offers a form only to
 * those whose save would be accepted.
 */
export async function hakPk(ctx: SkpCtx, instansiId: string, unitId: string) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const { target } = await unitTarget(ctx, instansiId, unitId);
  return { ubah: can(ctx.actor, 'pk.write', target) };
}

/** Assertion used by the import route before parsing: may the caller write this unit's PK? */
export async function assertPkWriter(ctx: SkpCtx, instansiId: string, unitId: string) {
  const { target } = await unitTarget(ctx, instansiId, unitId);
  authorize(ctx.actor, 'pk.write', target);
}

export async function tetapkanPk(ctx: SkpCtx, instansiId: string, pkId: string, version: number) {
  requireActor(ctx.actor);
  authorize(ctx.actor, 'org.read', { instansiId });
  const pk = await repo.getPk(ctx.database.db, instansiId, pkId);
  if (!pk) throw new AppError('ACCESS.DENIED');
  const { head, target } = await unitTarget(ctx, instansiId, pk.unitId);
  authorize(ctx.actor, 'pk.write', target);
  const content = await repo.loadPkContent(ctx.database.db, instansiId, pkId);
  if (!content.some((s) => s.indikator.length > 0)) {
    // The catalogue message says exactly this, in the caller's language.
    throw new AppError('PK.EMPTY');
  }
  const atasan = head ? await explainAppraiser(ctx.database, instansiId, head.pegawaiId, ctx.tanggal) : null;
  const pihak = {
    pertama: head ? { pegawaiId: head.pegawaiId, nama: head.nama, nip: head.nip, jabatanNama: head.jabatanNama } : null,
    kedua:
      atasan?.penilai?.kind === 'PEGAWAI'
        ? {
            pegawaiId: atasan.penilai.pegawaiId,
            nama: atasan.penilai.nama,
            nip: atasan.penilai.nip,
            jabatanNama: atasan.penilai.jabatanNama,
          }
        : atasan?.penilai
          ? {
              pegawaiId: null,
              nama: atasan.penilai.nama ?? atasan.penilai.jabatan,
              nip: null,
              jabatanNama: atasan.penilai.jabatan,
            }
          : null,
  };
  const actor = ctx.actor;
  const updated = await mutate({ ...ctx, actor }, instansiId, async ({ tx, audit }) => {
    const row = await repo.bumpPk(tx, instansiId, pkId, version, { status: 'DITETAPKAN', pihak });
    if (!row) throw new AppError('CONFLICT.VERSION', { currentVersion: pk.version });
    await audit({
      action: 'tetapkan',
      entity: 'perjanjian_kinerja',
      entityId: pkId,
      before: { status: pk.status },
      after: { status: row.status, pihak },
    });
    return row;
  });
  return pkToDto(ctx, updated);
}
