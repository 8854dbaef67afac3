/**
 * Use cases for pegawai, placements (definitive, PLT/PLH), appraiser overrides and the
 * appraiser explanation / hierarchy problems reports.
 */

import { pgErrorCode, UNIQUE_VIOLATION } from '../../db/pg-error.ts';
import { RULESET_APPRAISER } from '../../domain/hierarchy/appraiser.ts';
import { parseNip } from '../../domain/nip.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, actorLabel, authorize, can, requireActor, visibleScope } from '../access/index.ts';
import { appraiseesOf, explainAppraiser, hierarchyProblemsWithIndex, relationTo, today } from './hierarchy.service.ts';
import * as repo from './org.repository.ts';
import { type Ctx, mutateOrg } from './org.service.ts';
import { positionsEnded } from './position-events.ts';

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The unit path of a pegawai's current definitive position (for ADMIN_UNIT checks). */
async function currentUnitPath(ctx: Ctx, instansiId: string, pegawaiId: string): Promise<string | null> {
  const history = await repo.placementHistory(ctx.database.db, instansiId, pegawaiId);
  const t = today();
  const cur = history.find((h) => h.jenis === 'DEFINITIF' && h.mulai <= t && (!h.selesai || h.selesai >= t));
  if (!cur) return null;
  const unit = await repo.getUnit(ctx.database.db, instansiId, cur.unitId);
  return unit?.path ?? null;
}

async function pegawaiTarget(ctx: Ctx, instansiId: string, pegawaiId: string) {
  requireActor(ctx.actor);
  const relation = await relationTo(ctx.database, instansiId, ctx.actor.pegawaiId, pegawaiId);
  return { instansiId, pegawaiId, relation, unitPath: await currentUnitPath(ctx, instansiId, pegawaiId) };
}

/** Loads a pegawai the actor may read; "not found" and "not allowed" look the same. */
async function loadReadablePegawai(ctx: Ctx, instansiId: string, pegawaiId: string) {
  requireActor(ctx.actor);
  const target = await pegawaiTarget(ctx, instansiId, pegawaiId);
  authorize(ctx.actor, 'pegawai.read', target);
  const row = await repo.getPegawai(ctx.database.db, instansiId, pegawaiId);
  if (!row) throw new AppError('ACCESS.DENIED');
  return { row, target };
}

export async function listPegawai(
  ctx: Ctx,
  instansiId: string,
  q: {
    q?: string;
    unitId?: string;
    includeSubunits?: boolean;
    jenisAsn?: string;
    jenisJabatan?: string;
    scope?: 'semua' | 'bawahan';
    tanggal?: string;
    page: number;
    pageSize: number;
  },
) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const actor = ctx.actor;
  // Who the caller appraises matters only to a caller who does not see the whole tenant (and to
  // scope=bawahan): an admin's list skips that lookup (and its org-version query).
  const needsBawahan = q.scope === 'bawahan' || visibleScope(actor, instansiId, () => []).kind !== 'ALL';
  const bawahan =
    needsBawahan && actor.pegawaiId && actor.instansiId === instansiId
      ? await appraiseesOf(ctx.database, instansiId, actor.pegawaiId)
      : [];
  const scope =
    q.scope === 'bawahan' ? { kind: 'IDS' as const, ids: bawahan } : visibleScope(actor, instansiId, () => bawahan);
  let unitPath: string | undefined;
  if (q.unitId) unitPath = (await repo.getUnit(ctx.database.db, instansiId, q.unitId))?.path;
  const page = await repo.findPegawai(
    ctx.database.db,
    { instansiId, tanggal: q.tanggal ?? today(), ...q, unitPath },
    scope,
  );
  return { ...page, page: q.page, pageSize: q.pageSize };
}

/** The appraiser explanation as the API answers it (pegawai detail, …/penilai, Home). */
export function explanation(r: NonNullable<Awaited<ReturnType<typeof explainAppraiser>>>, tanggal: string) {
  return {
    tanggal,
    pegawaiId: r.pegawaiId,
    jabatanId: r.jabatanId,
    penilai: r.penilai,
    atasanPenilai: r.atasanPenilai,
    alasan: r.steps,
    masalah: r.problems.map((p) => ({ code: p.code, id: p.id, en: p.en })),
    aturan: RULESET_APPRAISER,
  };
}

export async function explainPenilai(ctx: Ctx, instansiId: string, pegawaiId: string, tanggal = today()) {
  await loadReadablePegawai(ctx, instansiId, pegawaiId);
  const r = await explainAppraiser(ctx.database, instansiId, pegawaiId, tanggal);
  if (!r) throw new AppError('ACCESS.DENIED');
  return explanation(r, tanggal);
}

export async function getPegawaiDetail(ctx: Ctx, instansiId: string, pegawaiId: string) {
  const { row, target } = await loadReadablePegawai(ctx, instansiId, pegawaiId);
  const tanggal = today();
  const [riwayat, r, overrides] = await Promise.all([
    repo.placementHistory(ctx.database.db, instansiId, pegawaiId),
    explainAppraiser(ctx.database, instansiId, pegawaiId, tanggal),
    repo.listOverrides(ctx.database.db, instansiId, pegawaiId),
  ]);
  if (!r) throw new AppError('ACCESS.DENIED');
  return {
    pegawai: {
      id: row.id,
      nip: row.nip,
      nama: row.nama,
      gelarDepan: row.gelarDepan,
      gelarBelakang: row.gelarBelakang,
      jenisAsn: row.jenisAsn,
      golongan: row.golongan,
      tanggalLahir: row.tanggalLahir,
      jenisKelamin: row.jenisKelamin,
      email: row.email,
      telepon: row.telepon,
      status: row.status,
      version: row.version,
    },
    riwayat,
    penilai: explanation(r, tanggal),
    overrides,
    canEdit: can(ctx.actor, 'pegawai.write', target),
  };
}

const NIP_TAKEN = { id: 'NIP ini sudah dipakai pegawai lain.', en: 'Another employee already has this NIP.' };

/** A unique-key violation on the NIP (a concurrent write took it) as CONFLICT.DUPLICATE. */
function duplicateNip(err: unknown): never {
  if (pgErrorCode(err) === UNIQUE_VIOLATION) throw new AppError('CONFLICT.DUPLICATE', { field: 'nip' }, NIP_TAKEN);
  throw err;
}

/**
 * The columns to write for a corrected NIP: checked like a new one (for the pegawai's jenis ASN) and
 * unique in the instansi. Birth date and gender follow the new NIP only where they were read from
 * the old one; a value the import took from its own column stays.
 */
async function correctedNip(ctx: Ctx, row: repo.PegawaiRow, input: string) {
  const jenisAsn = row.jenisAsn as 'PNS' | 'PPPK';
  const next = nipOrThrow(input, jenisAsn);
  if (next.nip === row.nip) return {};
  const other = await repo.findPegawaiByNip(ctx.database.db, row.instansiId, next.nip);
  if (other) throw new AppError('CONFLICT.DUPLICATE', { field: 'nip' }, NIP_TAKEN);
  const old = parseNip(row.nip, jenisAsn);
  const fromOld = old.ok ? old.value : null;
  return {
    nip: next.nip,
    ...(!row.tanggalLahir || row.tanggalLahir === fromOld?.tanggalLahir ? { tanggalLahir: next.tanggalLahir } : {}),
    ...(!row.jenisKelamin || row.jenisKelamin === fromOld?.jenisKelamin ? { jenisKelamin: next.jenisKelamin } : {}),
  };
}

function nipOrThrow(nip: string, jenisAsn: 'PNS' | 'PPPK') {
  const parsed = parseNip(nip, jenisAsn, { asOf: today() });
  if (!parsed.ok) {
    const first = parsed.errors[0];
    throw new AppError(
      'PEGAWAI.NIP_INVALID',
      parsed.errors.map((e) => ({ field: 'body.nip', code: e.code, message: e.message })),
      first.message,
    );
  }
  return parsed.value;
}

export async function createPegawai(
  ctx: Ctx,
  instansiId: string,
  input: {
    nip: string;
    nama: string;
    gelarDepan?: string | null;
    gelarBelakang?: string | null;
    jenisAsn: 'PNS' | 'PPPK';
    golongan?: string | null;
    email?: string | null;
    telepon?: string | null;
    jabatanId?: string | null;
    tmtJabatan?: string | null;
  },
) {
  let unitPath: string | null = null;
  if (input.jabatanId) {
    const jab = await repo.getJabatan(ctx.database.db, instansiId, input.jabatanId);
    if (!jab) throw new AppError('ORG.INVALID_REFERENCE', { field: 'jabatanId' });
    unitPath = (await repo.getUnit(ctx.database.db, instansiId, jab.unitId))?.path ?? null;
  }
  authorize(ctx.actor, 'pegawai.write', { instansiId, unitPath });
  const nip = nipOrThrow(input.nip, input.jenisAsn);
  if (await repo.findPegawaiByNip(ctx.database.db, instansiId, nip.nip)) {
    throw new AppError('CONFLICT.DUPLICATE', { field: 'nip' }, NIP_TAKEN);
  }
  const actor = ctx.actor;
  return mutateOrg({ ...ctx, actor }, instansiId, async (tx, audit) => {
    const { jabatanId, tmtJabatan, ...fields } = input;
    const row = await repo.insertPegawai(tx, {
      ...fields,
      nip: nip.nip,
      instansiId,
      tanggalLahir: nip.tanggalLahir,
      jenisKelamin: nip.jenisKelamin,
    });
    await audit({ action: 'create', entity: 'pegawai', entityId: row.id, after: row });
    if (jabatanId) {
      const placement = await repo.insertPlacement(tx, {
        instansiId,
        pegawaiId: row.id,
        jabatanId,
        jenis: 'DEFINITIF',
        mulai: tmtJabatan ?? today(),
      });
      await audit({ action: 'create', entity: 'penempatan', entityId: placement.id, after: placement });
    }
    return row;
  });
}

export async function updatePegawai(
  ctx: Ctx,
  instansiId: string,
  pegawaiId: string,
  input: { version: number } & Record<string, unknown>,
) {
  const { row, target } = await loadReadablePegawai(ctx, instansiId, pegawaiId);
  authorize(ctx.actor, 'pegawai.write', target);
  const actor = ctx.actor as Actor;
  const { version, nip, ...fields } = input;
  const patch = { ...fields, ...(typeof nip === 'string' ? await correctedNip(ctx, row, nip) : {}) };
  return mutateOrg({ ...ctx, actor }, instansiId, async (tx, audit) => {
    const updated = await repo.updatePegawai(tx, instansiId, pegawaiId, version, patch).catch(duplicateNip);
    if (!updated) throw new AppError('CONFLICT.VERSION', { currentVersion: row.version });
    await audit({ action: 'update', entity: 'pegawai', entityId: pegawaiId, before: row, after: updated });
    return updated;
  });
}

const END_BEFORE_START = {
  id: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
  en: 'The end date must not be before the start date.',
};
const ACTING_NEEDS_END = { id: 'PLT/PLH wajib memiliki tanggal selesai.', en: 'PLT/PLH need an end date.' };

/**
 * Adds a placement. A new DEFINITIF placement closes the open definitive one the day before
 * (transfer/promotion keeps history); PLT/PLH are acting assignments with their own date range.
 */
export async function addPlacement(
  ctx: Ctx,
  instansiId: string,
  pegawaiId: string,
  input: {
    jabatanId: string;
    jenis: 'DEFINITIF' | 'PLT' | 'PLH';
    mulai: string;
    selesai?: string | null;
    nomorSk?: string | null;
  },
) {
  const { target } = await loadReadablePegawai(ctx, instansiId, pegawaiId);
  authorize(ctx.actor, 'pegawai.write', target);
  const jab = await repo.getJabatan(ctx.database.db, instansiId, input.jabatanId);
  if (!jab) throw new AppError('ORG.INVALID_REFERENCE', { field: 'jabatanId' });
  const unit = await repo.getUnit(ctx.database.db, instansiId, jab.unitId);
  authorize(ctx.actor, 'org.write', { instansiId, unitPath: unit?.path ?? null });
  if (input.selesai && input.selesai < input.mulai) {
    throw new AppError('VALIDATION.FAILED', [{ field: 'body.selesai', message: END_BEFORE_START }]);
  }
  if (input.jenis !== 'DEFINITIF' && !input.selesai) {
    throw new AppError('VALIDATION.FAILED', [{ field: 'body.selesai', message: ACTING_NEEDS_END }]);
  }
  const actor = ctx.actor as Actor;
  return mutateOrg({ ...ctx, actor }, instansiId, async (tx, audit) => {
    if (input.jenis === 'DEFINITIF') {
      const open = await repo.openDefinitivePlacement(tx, instansiId, pegawaiId);
      if (open && open.mulai < input.mulai) {
        await repo.closePlacement(tx, open.id, dayBefore(input.mulai));
        await audit({
          action: 'close',
          entity: 'penempatan',
          entityId: open.id,
          before: open,
          after: { ...open, selesai: dayBefore(input.mulai) },
        });
        await positionsEnded(
          { tx, instansiId, akunId: actor.akunId, actorLabel: actorLabel(actor), requestId: ctx.requestId },
          [{ pegawaiId, selesai: dayBefore(input.mulai) }],
        );
      }
      const overlaps = await repo.overlappingDefinitive(tx, instansiId, pegawaiId, input.mulai, input.selesai ?? null);
      if (overlaps.length) throw new AppError('ORG.PLACEMENT_OVERLAP', { placementIds: overlaps.map((o) => o.id) });
    }
    const row = await repo.insertPlacement(tx, {
      instansiId,
      pegawaiId,
      ...input,
      selesai: input.selesai ?? null,
      nomorSk: input.nomorSk ?? null,
    });
    await audit({ action: 'create', entity: 'penempatan', entityId: row.id, after: row });
    return row;
  });
}

export async function endPlacement(
  ctx: Ctx,
  instansiId: string,
  pegawaiId: string,
  placementId: string,
  selesai: string,
) {
  const { target } = await loadReadablePegawai(ctx, instansiId, pegawaiId);
  authorize(ctx.actor, 'pegawai.write', target);
  const p = await repo.getPlacement(ctx.database.db, instansiId, placementId);
  if (!p || p.pegawaiId !== pegawaiId) throw new AppError('ACCESS.DENIED');
  if (selesai < p.mulai)
    throw new AppError('VALIDATION.FAILED', [{ field: 'body.selesai', message: END_BEFORE_START }]);
  const actor = ctx.actor as Actor;
  return mutateOrg({ ...ctx, actor }, instansiId, async (tx, audit) => {
    await repo.closePlacement(tx, placementId, selesai);
    await audit({ action: 'close', entity: 'penempatan', entityId: placementId, before: p, after: { ...p, selesai } });
    // Acting assignments (PLT/PLH) do not carry an SKP of their own; a definitive one does.
    if (p.jenis === 'DEFINITIF') {
      await positionsEnded(
        { tx, instansiId, akunId: actor.akunId, actorLabel: actorLabel(actor), requestId: ctx.requestId },
        [{ pegawaiId, selesai }],
      );
    }
    return { ...p, selesai };
  });
}

export async function addOverride(
  ctx: Ctx,
  instansiId: string,
  pegawaiId: string,
  input: { penilaiPegawaiId: string; mulai: string; selesai?: string | null; alasan: string },
) {
  const { target } = await loadReadablePegawai(ctx, instansiId, pegawaiId);
  authorize(ctx.actor, 'pegawai.write', target);
  if (input.penilaiPegawaiId === pegawaiId) throw new AppError('ORG.PARENT_CYCLE');
  if (input.selesai && input.selesai < input.mulai) {
    throw new AppError('VALIDATION.FAILED', [{ field: 'body.selesai', message: END_BEFORE_START }]);
  }
  if (!(await repo.getPegawai(ctx.database.db, instansiId, input.penilaiPegawaiId))) {
    throw new AppError('ORG.INVALID_REFERENCE', { field: 'penilaiPegawaiId' });
  }
  const actor = ctx.actor as Actor;
  return mutateOrg({ ...ctx, actor }, instansiId, async (tx, audit) => {
    const row = await repo.insertOverride(tx, { instansiId, pegawaiId, ...input, selesai: input.selesai ?? null });
    await audit({ action: 'create', entity: 'penilai_override', entityId: row.id, after: row });
    return row;
  });
}

export async function removeOverride(ctx: Ctx, instansiId: string, pegawaiId: string, overrideId: string) {
  const { target } = await loadReadablePegawai(ctx, instansiId, pegawaiId);
  authorize(ctx.actor, 'pegawai.write', target);
  const actor = ctx.actor as Actor;
  return mutateOrg({ ...ctx, actor }, instansiId, async (tx, audit) => {
    const row = await repo.deleteOverride(tx, instansiId, overrideId);
    if (!row || row.pegawaiId !== pegawaiId) throw new AppError('ACCESS.DENIED');
    await audit({ action: 'delete', entity: 'penilai_override', entityId: overrideId, before: row });
    return { ok: true as const };
  });
}

/** The hierarchy problems report, with unit/position names and affected people. */
export async function getHierarchyProblems(ctx: Ctx, instansiId: string, tanggal = today()) {
  authorize(ctx.actor, 'hierarchy.read', { instansiId });
  // Problems and names come from the org index cached per org version (hierarchy.service.ts): at
  // 100,000 pegawai the report took 712 ms when it re-read the unit tree and each position's name.
  // Only names the index lacks (a unit or person no longer active on that date) are read.
  const found = await hierarchyProblemsWithIndex(ctx.database, instansiId, tanggal);
  const problems = found?.problems ?? [];
  const org = found?.index.org;
  const unitNames = new Map<string, string>();
  const jabatanNames = new Map<string, string>();
  const people = new Map<string, { id: string; nama: string; nip: string }>();
  const missingUnits = new Set<string>();
  const missingJabatan = new Set<string>();
  const missingPeople = new Set<string>();
  for (const p of problems) {
    if (p.unitId) {
      const u = org?.units.get(p.unitId);
      if (u) unitNames.set(p.unitId, u.nama);
      else missingUnits.add(p.unitId);
    }
    if (p.jabatanId) {
      const j = org?.jabatan.get(p.jabatanId);
      if (j) jabatanNames.set(p.jabatanId, j.nama);
      else missingJabatan.add(p.jabatanId);
    }
    for (const id of p.pegawaiIds.slice(0, 20)) {
      const x = org?.pegawai.get(id);
      if (x) people.set(id, { id, nama: x.nama, nip: x.nip });
      else missingPeople.add(id);
    }
  }
  if (missingUnits.size)
    for (const u of await repo.getUnitsByIds(ctx.database.db, instansiId, [...missingUnits]))
      unitNames.set(u.id, u.nama);
  for (const id of missingJabatan) {
    const j = await repo.getJabatan(ctx.database.db, instansiId, id);
    jabatanNames.set(id, j?.nama ?? '?');
  }
  if (missingPeople.size) {
    const ids = [...missingPeople];
    const page = await repo.findPegawai(
      ctx.database.db,
      { instansiId, tanggal, page: 1, pageSize: ids.length },
      { kind: 'IDS', ids },
    );
    for (const p of page.items as Array<{ id: string; nama: string; nip: string }>)
      people.set(p.id, { id: p.id, nama: p.nama, nip: p.nip });
  }
  const ringkasan: Record<string, number> = {};
  for (const p of problems) ringkasan[p.code] = (ringkasan[p.code] ?? 0) + 1;
  // The unit a head position leads, so a problem about the position links to its unit (the page
  // used to download the whole unit list to find it).
  const unitOfHead = new Map<string, string>();
  for (const u of org?.units.values() ?? []) if (u.kepalaJabatanId) unitOfHead.set(u.kepalaJabatanId, u.id);
  return {
    tanggal,
    ringkasan,
    masalah: problems.map((p) => ({
      code: p.code,
      id: p.id,
      en: p.en,
      unitId: p.unitId ?? null,
      unitNama: p.unitId ? (unitNames.get(p.unitId) ?? null) : null,
      jabatanId: p.jabatanId ?? null,
      jabatanNama: p.jabatanId ? (jabatanNames.get(p.jabatanId) ?? null) : null,
      unitTautanId: p.unitId ?? (p.jabatanId ? (unitOfHead.get(p.jabatanId) ?? null) : null),
      jumlahPegawai: p.pegawaiIds.length,
      pegawai: p.pegawaiIds.slice(0, 20).flatMap((id) => people.get(id) ?? []),
    })),
  };
}
