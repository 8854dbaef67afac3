/**
 * SKP use cases: create (with the snapshot of position, unit and appraiser), read (detail, my SKPs,
 * my subordinates'), edit the header (pendekatan, perilaku, lampiran), versions and diff, and the
 * appraiser's RHK a subordinate can intervene. Each: load → authorize → rule → write + audit.
 */

import type { Penilai } from '../../domain/hierarchy/appraiser.ts';
import { diffSkp } from '../../domain/skp/diff.ts';
import { BAGIAN_ISI, bagianDapatDiubah, cekBagianIsi } from '../../domain/skp/isi-akses.ts';
import { defaultRentang, isKepalaUnitMandiri, type Pendekatan, rentangBertumpuk } from '../../domain/skp/rules.ts';
import { availableActions, jenisFormFor, type SkpStatus } from '../../domain/skp/workflow.ts';
import { AppError } from '../../http/errors.ts';
import { authorize, isMemberOf, requireActor } from '../access/index.ts';
import { appraiseesIn, cachedOrgIndex, explainAppraiser, getOrgIndex } from '../org/index.ts';
import { ensurePeriode } from './periode.service.ts';
import { loadReadableSkp, loadReadableSkpWithContent } from './skp.policy.ts';
import * as repo from './skp.repository.ts';
import type { TPatchSkp, TSkpIsi } from './skp.schema.ts';
import { mutate, type SkpCtx, staleSkp, today, type WriteKit } from './skp-ctx.ts';
import { loadIsi, toDiffInput, toIsi } from './skp-detail.ts';
import { getSkpBawahanRows, type SkpBawahanRow } from './skp-read.repository.ts';

// One collator for every sort (localeCompare builds one per call).
const byNama = new Intl.Collator();
const currentYear = () => Number(today().slice(0, 4));

function penilaiSnap(p: Penilai | null, golongan: Map<string, string | null>) {
  if (!p) return null;
  if (p.kind === 'PEGAWAI')
    return {
      pegawaiId: p.pegawaiId,
      nama: p.nama,
      nip: p.nip,
      jabatanNama: p.jabatanNama,
      golongan: golongan.get(p.pegawaiId) ?? null,
    };
  return { pegawaiId: null, nama: p.nama ?? p.jabatan, nip: null, jabatanNama: p.jabatan, golongan: null };
}

/** Everything an SKP records about its pegawai at the start date (decision 0401). */
export async function resolveSkpSubject(ctx: SkpCtx, instansiId: string, pegawaiId: string, tanggal: string) {
  const [entry, resolution] = await Promise.all([
    getOrgIndex(ctx.database, instansiId, tanggal),
    explainAppraiser(ctx.database, instansiId, pegawaiId, tanggal),
  ]);
  if (!entry || !resolution?.jabatanId) return null;
  const org = entry.index.org;
  const jab = org.jabatan.get(resolution.jabatanId);
  const unit = jab ? org.units.get(jab.unitId) : undefined;
  if (!jab || !unit) return null;
  const parent = unit.parentId ? (org.units.get(unit.parentId) ?? null) : null;
  const ids = [
    pegawaiId,
    ...[resolution.penilai, resolution.atasanPenilai].flatMap((p) => (p?.kind === 'PEGAWAI' ? [p.pegawaiId] : [])),
  ];
  const basics = await repo.getPegawaiBasics(ctx.database.db, instansiId, ids);
  const me = basics.find((b) => b.id === pegawaiId);
  if (!me) return null;
  const golongan = new Map(basics.map((b) => [b.id, b.golongan]));
  return {
    jabatanId: jab.id,
    unitId: unit.id,
    jenisForm: jenisFormFor(jab.jenis, isKepalaUnitMandiri(jab.id, unit, parent)),
    penilaiPegawaiId: resolution.penilai?.kind === 'PEGAWAI' ? resolution.penilai.pegawaiId : null,
    snapshot: {
      pegawai: { id: me.id, nama: me.nama, nip: me.nip, golongan: me.golongan },
      jabatan: { id: jab.id, nama: jab.nama, jenis: jab.jenis },
      unit: { id: unit.id, nama: unit.nama },
      penilai: penilaiSnap(resolution.penilai, golongan),
      atasanPenilai: penilaiSnap(resolution.atasanPenilai, golongan),
    },
  };
}

export interface PreparedSkp {
  pegawaiId: string;
  tahun: number;
  pendekatan: Pendekatan;
  mulai: string;
  selesai: string;
  subject: NonNullable<Awaited<ReturnType<typeof resolveSkpSubject>>>;
}

/**
 * Resolves position, unit, appraiser and date range of a new SKP (outside any transaction: the
 * embedded engine runs one session at a time). Default range: the year, or from the start of the
 * current placement when it began that year.
 */
export async function prepareDraftSkp(
  ctx: SkpCtx,
  instansiId: string,
  input: { pegawaiId: string; tahun: number; pendekatan: Pendekatan; mulai?: string; selesai?: string },
): Promise<PreparedSkp> {
  const awal = `${input.tahun}-01-01`;
  const akhir = `${input.tahun}-12-31`;
  const t = ctx.tanggal ?? today();
  const ref = input.mulai ?? (t < awal ? awal : t > akhir ? akhir : t);
  let subject = await resolveSkpSubject(ctx, instansiId, input.pegawaiId, ref);
  if (!subject) {
    throw new AppError(
      'SKP.NO_POSITION',
      { tanggal: ref },
      { id: `Pegawai tidak memiliki jabatan pada ${ref}.`, en: `The employee holds no position on ${ref}.` },
    );
  }
  const start = await repo.placementStart(ctx.database.db, instansiId, input.pegawaiId, subject.jabatanId, ref);
  const def = defaultRentang(input.tahun, start);
  const mulai = input.mulai ?? def.mulai;
  const selesai = input.selesai ?? def.selesai;
  if (mulai > selesai || mulai < awal || selesai > akhir) {
    throw new AppError(
      'SKP.INVALID_RANGE',
      { mulai, selesai },
      {
        id: `Rentang ${mulai}–${selesai} harus di dalam tahun ${input.tahun}.`,
        en: `The range ${mulai}–${selesai} must lie within ${input.tahun}.`,
      },
    );
  }
  if (mulai !== ref) subject = (await resolveSkpSubject(ctx, instansiId, input.pegawaiId, mulai)) ?? subject;
  return { pegawaiId: input.pegawaiId, tahun: input.tahun, pendekatan: input.pendekatan, mulai, selesai, subject };
}

/**
 * Inserts a prepared DRAFT SKP inside the open transaction (POST /skp and the Matriks Peran Hasil).
 * Refuses a second open SKP overlapping the range (SKP.OVERLAP); serialised per pegawai.
 */
export async function insertDraftSkp(kit: WriteKit, instansiId: string, p: PreparedSkp) {
  const { mulai, selesai, subject } = p;
  await repo.lockPegawaiSkp(kit.tx, p.pegawaiId);
  const open = await repo.findOpenSkp(kit.tx, instansiId, [p.pegawaiId], p.tahun);
  const clash = open.find((o) => rentangBertumpuk(o, { mulai, selesai }));
  if (clash) {
    throw new AppError(
      'SKP.OVERLAP',
      { skpId: clash.id, mulai: clash.mulai, selesai: clash.selesai },
      {
        id: `Sudah ada SKP terbuka ${clash.mulai}–${clash.selesai} untuk pegawai ini.`,
        en: `An open SKP (${clash.mulai}–${clash.selesai}) of this employee already covers this range.`,
      },
    );
  }
  const periode = await ensurePeriode(kit.tx, instansiId, p.tahun);
  const row = await repo.insertSkp(kit.tx, {
    instansiId,
    periodeId: periode.id,
    tahun: p.tahun,
    pegawaiId: p.pegawaiId,
    jabatanId: subject.jabatanId,
    unitId: subject.unitId,
    penilaiPegawaiId: subject.penilaiPegawaiId,
    mulai,
    selesai,
    pendekatan: p.pendekatan,
    jenisForm: subject.jenisForm,
    snapshot: subject.snapshot,
  });
  await kit.audit({
    action: 'create',
    entity: 'skp',
    entityId: row.id,
    before: null,
    after: { status: row.status, mulai, selesai, jenisForm: row.jenisForm },
  });
  return row;
}

export async function createSkp(
  ctx: SkpCtx,
  instansiId: string,
  input: { tahun: number; pendekatan: Pendekatan; mulai?: string; selesai?: string; pegawaiId?: string },
) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  if (!isMemberOf(actor, instansiId)) throw new AppError('ACCESS.DENIED');
  const self = actor.instansiId === instansiId ? actor.pegawaiId : null;
  const pegawaiId = input.pegawaiId ?? self;
  if (!pegawaiId)
    throw new AppError('VALIDATION.FAILED', [
      {
        field: 'body.pegawaiId',
        message: {
          id: 'Pilih pegawai: akun ini tidak terhubung dengan pegawai.',
          en: 'Choose the employee: this account is not linked to one.',
        },
      },
    ]);
  if (pegawaiId !== self) {
    const entry = await getOrgIndex(ctx.database, instansiId, ctx.tanggal);
    const res = entry?.index.org.pegawai.has(pegawaiId)
      ? await explainAppraiser(ctx.database, instansiId, pegawaiId, ctx.tanggal)
      : null;
    if (!res) {
      authorize(actor, 'skp.manage', { instansiId, unitPath: null });
      throw new AppError('ACCESS.DENIED');
    }
    const unitId = res.jabatanId ? entry?.index.org.jabatan.get(res.jabatanId)?.unitId : undefined;
    const unit = unitId ? await repo.getUnitRow(ctx.database.db, instansiId, unitId) : null;
    authorize(actor, 'skp.manage', { instansiId, unitPath: unit?.path ?? null });
  }
  const prepared = await prepareDraftSkp(ctx, instansiId, { ...input, pegawaiId });
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const row = await insertDraftSkp(kit, instansiId, prepared);
    if (pegawaiId !== self) {
      await kit.notify([
        {
          instansiId,
          pegawaiId,
          jenis: 'SKP_DIBUAT',
          param: { tahun: input.tahun, oleh: actor.nama },
          tautan: `/skp/${row.id}`,
        },
      ]);
    }
    return { id: row.id, version: row.version };
  });
}

/** The full SKP for the caller, with the actions and roles they have. */
export async function getSkpDetail(ctx: SkpCtx, instansiId: string, skpId: string) {
  // One query reads the SKP, its content and what authorisation needs (skp-read.repository.ts);
  // the same checks as loadReadableSkp, in the same order, answer before any of it is returned.
  const { s, access, row } = await loadReadableSkpWithContent(ctx, instansiId, skpId);
  return {
    ...toIsi(s, row.rhk),
    version: s.version,
    aksi: availableActions(s.status as SkpStatus, access.roles),
    bagianDapatDiubah: bagianDapatDiubah(s.status as SkpStatus, access.roles),
    peranSaya: access.peranSaya,
    versi: row.versi,
  };
}

function ringkas(r: repo.SkpSummary) {
  const snap = r.row.snapshot as TSkpIsi['snapshot'];
  return {
    id: r.row.id,
    pegawaiId: r.row.pegawaiId,
    tahun: r.row.tahun,
    mulai: r.row.mulai,
    selesai: r.row.selesai,
    status: r.row.status,
    revisi: r.row.revisi,
    version: r.row.version,
    jenisForm: r.row.jenisForm,
    pendekatan: r.row.pendekatan,
    perluTinjau: r.row.perluTinjau,
    jabatanNama: snap.jabatan.nama,
    unitNama: snap.unit.nama,
    penilaiNama: snap.penilai?.nama ?? null,
    jumlahRhk: r.jumlahRhk,
    snapshot: {
      jabatan: { nama: snap.jabatan.nama },
      unit: { nama: snap.unit.nama },
      penilai: snap.penilai ? { nama: snap.penilai.nama } : null,
    },
  };
}

export async function listSkpSaya(ctx: SkpCtx, instansiId: string, tahun?: number) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const me = ctx.actor.instansiId === instansiId ? ctx.actor.pegawaiId : null;
  if (!me) return [];
  return (await repo.listSkpSummaries(ctx.database.db, instansiId, { pegawaiIds: [me], tahun })).map(ringkas);
}

/**
 * SKPs of the people the caller appraises today, plus those who have none for the year yet, with
 * only what SKP Bawahan shows. One round trip when the org has not changed: the appraisees come
 * from the cached hierarchy, and the statement that reads their SKPs also reads the org version,
 * which must be the cached one's; after an org change (or on a cold cache) the hierarchy is rebuilt
 * for the version read and the SKPs are read again for the right people.
 */
export async function listSkpBawahan(ctx: SkpCtx, instansiId: string, q: { tahun?: number; status?: string }) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const me = ctx.actor.instansiId === instansiId ? ctx.actor.pegawaiId : null;
  if (!me) return [];
  const tahun = q.tahun ?? currentYear();
  const read = (ids: string[]) =>
    getSkpBawahanRows(ctx.database.db, instansiId, { pegawaiIds: ids, tahun, status: q.status });
  let entry = cachedOrgIndex(instansiId, ctx.tanggal);
  let found = entry ? await read(appraiseesIn(entry, me)) : null;
  if (!entry || !found || found.orgVersion !== entry.version) {
    // Another date (tests) is never cached: getOrgIndex reads that date's hierarchy afresh.
    entry = await getOrgIndex(ctx.database, instansiId, ctx.tanggal, found?.orgVersion);
    found = entry ? await read(appraiseesIn(entry, me)) : null;
  }
  if (!entry || !found) return [];
  const ids = appraiseesIn(entry, me);
  const org = entry.index;
  const pegawaiOf = (id: string) => {
    const p = org.org.pegawai.get(id);
    const jabId = org.definitiveByPegawai.get(id);
    return {
      id,
      nama: p?.nama ?? '',
      nip: p?.nip ?? '',
      jabatanNama: (jabId && org.org.jabatan.get(jabId)?.nama) || null,
    };
  };
  const withSkp = new Set(found.rows.map((r) => r.pegawaiId));
  const items: Array<{ pegawai: ReturnType<typeof pegawaiOf>; skp: SkpBawahanRow | null }> = found.rows.map((r) => ({
    pegawai: pegawaiOf(r.pegawaiId),
    skp: r,
  }));
  if (!q.status) for (const id of ids) if (!withSkp.has(id)) items.push({ pegawai: pegawaiOf(id), skp: null });
  return items.sort((a, b) => byNama.compare(a.pegawai.nama, b.pegawai.nama));
}

/**
 * Edits the header content: pendekatan (owner), Ekspektasi Khusus Pimpinan per BerAKHLAK value
 * (the appraiser) and the Lampiran (both) — who writes which part in which status is the rule table
 * in domain/skp/isi-akses.ts. When the appraiser writes, the employee is told.
 */
export async function patchSkp(ctx: SkpCtx, instansiId: string, skpId: string, input: TPatchSkp) {
  const { s, access, actor } = await loadReadableSkp(ctx, instansiId, skpId);
  const bagian = BAGIAN_ISI.filter((b) => input[b] !== undefined);
  const cek = cekBagianIsi(s.status as SkpStatus, access.roles, bagian);
  if (!cek.ok) throw new AppError(cek.code, { status: s.status, bagian: cek.bagian }, cek.message);
  const perilaku = { ...((s.perilaku ?? {}) as Record<string, string>) };
  for (const [kode, v] of Object.entries(input.perilaku ?? {})) {
    if (v) perilaku[kode] = v;
    else delete perilaku[kode];
  }
  // The appraiser's words reach the employee; the owner editing their own SKP tells nobody.
  const olehPenilai = !access.roles.includes('PEMILIK') && access.roles.includes('PENILAI');
  return mutate({ ...ctx, actor }, instansiId, async ({ tx, audit, notify }) => {
    const updated = await repo.bumpSkp(tx, instansiId, skpId, input.version, {
      ...(input.pendekatan ? { pendekatan: input.pendekatan } : {}),
      ...(input.perilaku ? { perilaku } : {}),
      ...(input.lampiran ? { lampiran: input.lampiran } : {}),
    });
    if (!updated) throw staleSkp(s.version);
    await audit({
      action: 'ubahIsi',
      entity: 'skp',
      entityId: skpId,
      before: {
        status: s.status,
        version: s.version,
        pendekatan: s.pendekatan,
        perilaku: s.perilaku,
        lampiran: s.lampiran,
      },
      after: {
        status: updated.status,
        version: updated.version,
        pendekatan: updated.pendekatan,
        perilaku: updated.perilaku,
        lampiran: updated.lampiran,
        oleh: olehPenilai ? 'PENILAI' : 'PEMILIK',
        ...(access.atasNama ? { atasNama: access.atasNama } : {}),
      },
    });
    const diubah = bagian.filter((b) => b !== 'pendekatan');
    if (olehPenilai && diubah.length) {
      await notify([
        {
          instansiId,
          pegawaiId: s.pegawaiId,
          jenis: 'SKP_EKSPEKTASI_PENILAI',
          param: { tahun: s.tahun, oleh: access.atasNama ?? actor.nama, bagian: diubah },
          tautan: `/skp/${skpId}`,
        },
      ]);
    }
    return { id: skpId, version: updated.version };
  });
}

export async function getVersi(ctx: SkpCtx, instansiId: string, skpId: string, revisi: number) {
  await loadReadableSkp(ctx, instansiId, skpId);
  const v = await repo.getVersi(ctx.database.db, instansiId, skpId, revisi);
  if (!v) throw new AppError('NOT_FOUND', { revisi });
  return { revisi: v.revisi, ditetapkanAt: v.ditetapkanAt.toISOString(), isi: v.isi as TSkpIsi };
}

/**
 * The changes between two frozen versions, or a version and the current content ('sekarang');
 * `dari = 'dikembalikan'` starts from the content as it was last returned (a resubmission's changes).
 */
export async function getDiff(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  dari: number | 'dikembalikan',
  ke: number | 'sekarang',
) {
  const { s } = await loadReadableSkp(ctx, instansiId, skpId);
  const from =
    dari === 'dikembalikan'
      ? s.isiDikembalikan
        ? { isi: s.isiDikembalikan }
        : null
      : await repo.getVersi(ctx.database.db, instansiId, skpId, dari);
  if (!from) throw new AppError('NOT_FOUND', { revisi: dari });
  let to: TSkpIsi;
  if (ke === 'sekarang') to = await loadIsi(ctx.database.db, s);
  else {
    const v = await repo.getVersi(ctx.database.db, instansiId, skpId, ke);
    if (!v) throw new AppError('NOT_FOUND', { revisi: ke });
    to = v.isi as TSkpIsi;
  }
  return { dari, ke, perubahan: diffSkp(toDiffInput(from.isi as TSkpIsi), toDiffInput(to)) };
}

/**
 * What a subordinate can intervene: the current appraiser's SKP of the same year in any status
 * (a draft too: no deadlock), and PK indicators when the appraiser is the regional head or the form
 * is JPT.
 */
export async function getRhkAtasan(ctx: SkpCtx, instansiId: string, skpId: string) {
  const { s } = await loadReadableSkp(ctx, instansiId, skpId);
  const res = await explainAppraiser(ctx.database, instansiId, s.pegawaiId, ctx.tanggal);
  const p = res?.penilai ?? null;
  const penilai =
    p?.kind === 'PEGAWAI'
      ? { pegawaiId: p.pegawaiId, nama: p.nama, nip: p.nip, jabatanNama: p.jabatanNama }
      : p
        ? { pegawaiId: null, nama: p.nama ?? p.jabatan, nip: null, jabatanNama: p.jabatan }
        : null;
  const [atasanSkp] =
    p?.kind === 'PEGAWAI' ? await repo.findOpenSkp(ctx.database.db, instansiId, [p.pegawaiId], s.tahun) : [];
  let rhk: Array<{ id: string; teks: string; jenis: string; skpStatus: string; iki: TSkpIsi['rhk'][number]['iki'] }> =
    [];
  if (atasanSkp) {
    const isi = await loadIsi(ctx.database.db, atasanSkp);
    rhk = isi.rhk.map((r) => ({ id: r.id, teks: r.teks, jenis: r.jenis, skpStatus: atasanSkp.status, iki: r.iki }));
  }
  let pkIndikator: Awaited<ReturnType<typeof repo.listPkIndikator>> = [];
  if (s.unitId && (s.jenisForm === 'JPT' || p?.kind !== 'PEGAWAI')) {
    const unit = await repo.getUnitRow(ctx.database.db, instansiId, s.unitId);
    const unitIds = s.jenisForm === 'JPT' ? [s.unitId] : (unit?.path.split('/').filter(Boolean) ?? [s.unitId]);
    pkIndikator = await repo.listPkIndikator(ctx.database.db, instansiId, unitIds, s.tahun);
  }
  return { penilai, skpAtasan: atasanSkp ? { id: atasanSkp.id, status: atasanSkp.status } : null, rhk, pkIndikator };
}
