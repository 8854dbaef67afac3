/**
 * Matriks Peran Hasil (domain.md §8): an appraiser assigns the RHK of their SKP to the people they
 * appraise. LANGSUNG copies the RHK text and IKI into the subordinate's draft; TIDAK_LANGSUNG adds
 * an RHK stub ("…") linked to the parent for the subordinate to write. The subordinate's DRAFT SKP
 * for the year is created when missing; an SKP that is DIAJUKAN or DITETAPKAN is never touched
 * (reported as skipped), nor one on the JPT form (its RHK come from the Perjanjian Kinerja).
 */
import { type Pendekatan, RHK_STUB_TEKS } from '../../domain/skp/rules.ts';
import { SKP_STATUS_TEXT, type SkpStatus } from '../../domain/skp/workflow.ts';
import { AppError, type Bilingual, type Lang } from '../../http/errors.ts';
import { appraiseesOf, getOrgIndex } from '../org/index.ts';
import { loadReadableSkp } from './skp.policy.ts';
import * as repo from './skp.repository.ts';
import { insertDraftSkp, type PreparedSkp, prepareDraftSkp } from './skp.service.ts';
import { mutate, type SkpCtx } from './skp-ctx.ts';
import { loadRhkTree } from './skp-detail.ts';

export async function getMph(ctx: SkpCtx, instansiId: string, skpId: string) {
  const { s } = await loadReadableSkp(ctx, instansiId, skpId);
  const db = ctx.database.db;
  const [bawahanIds, tree, entry] = await Promise.all([
    appraiseesOf(ctx.database, instansiId, s.pegawaiId, ctx.tanggal),
    loadRhkTree(db, instansiId, [skpId]),
    getOrgIndex(ctx.database, instansiId, ctx.tanggal),
  ]);
  const rhk = tree.get(skpId) ?? [];
  const [skps, children] = await Promise.all([
    repo.findOpenSkp(db, instansiId, bawahanIds, s.tahun),
    repo.childrenOf(
      db,
      instansiId,
      rhk.map((r) => r.id),
    ),
  ]);
  const skpOf = new Map<string, repo.SkpRow>();
  for (const k of skps) if (!skpOf.has(k.pegawaiId)) skpOf.set(k.pegawaiId, k);
  const org = entry?.index;
  const bawahan = bawahanIds
    .map((id) => {
      const jabId = org?.definitiveByPegawai.get(id);
      const k = skpOf.get(id);
      return {
        pegawaiId: id,
        nama: org?.org.pegawai.get(id)?.nama ?? '',
        jabatanNama: (jabId && org?.org.jabatan.get(jabId)?.nama) || null,
        skpId: k?.id ?? null,
        skpStatus: k?.status ?? null,
      };
    })
    .sort((a, b) => a.nama.localeCompare(b.nama));
  const mine = new Set(bawahanIds);
  return {
    rhk: rhk.map((r) => ({ id: r.id, teks: r.teks, jenis: r.jenis })),
    bawahan,
    sel: children
      .filter((c) => mine.has(c.pegawaiId))
      .map((c) => ({
        rhkId: c.parentRhkId as string,
        pegawaiId: c.pegawaiId,
        childRhkId: c.id,
        cascading: c.cascading,
      })),
  };
}

export async function assignMph(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  items: Array<{ rhkId: string; pegawaiId: string; cascading: 'LANGSUNG' | 'TIDAK_LANGSUNG' }>,
  /** Language of the reasons for skipped items (the caller's). */
  lang: Lang = 'id',
) {
  const { s, access, actor } = await loadReadableSkp(ctx, instansiId, skpId);
  if (!access.roles.includes('PEMILIK')) {
    throw new AppError('SKP.NOT_ALLOWED', null, {
      id: 'Hanya pemilik SKP yang membagi RHK-nya ke bawahan.',
      en: 'Only the SKP owner assigns its RHK.',
    });
  }
  const db = ctx.database.db;
  const bawahan = new Set(await appraiseesOf(ctx.database, instansiId, s.pegawaiId, ctx.tanggal));
  const tree = (await loadRhkTree(db, instansiId, [skpId])).get(skpId) ?? [];
  const rhkById = new Map(tree.map((r) => [r.id, r]));
  const bad = items.flatMap((it, i) => [
    ...(rhkById.has(it.rhkId)
      ? []
      : [{ field: `body.items.${i}.rhkId`, message: { id: 'Bukan RHK SKP ini.', en: 'Not an RHK of this SKP.' } }]),
    ...(bawahan.has(it.pegawaiId)
      ? []
      : [
          {
            field: `body.items.${i}.pegawaiId`,
            message: { id: 'Bukan pegawai yang Anda nilai.', en: 'Not a person you appraise.' },
          },
        ]),
  ]);
  if (bad.length) throw new AppError('VALIDATION.FAILED', bad);
  // Drafts to create are resolved before the transaction (position, appraiser, range).
  const targets = [...new Set(items.map((it) => it.pegawaiId))];
  const haveSkp = new Set((await repo.findOpenSkp(db, instansiId, targets, s.tahun)).map((k) => k.pegawaiId));
  const prepared = new Map<string, PreparedSkp>();
  for (const pegawaiId of targets.filter((id) => !haveSkp.has(id))) {
    prepared.set(
      pegawaiId,
      await prepareDraftSkp(ctx, instansiId, { pegawaiId, tahun: s.tahun, pendekatan: s.pendekatan as Pendekatan }),
    );
  }
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const dilewati: Array<{ rhkId: string; pegawaiId: string; alasan: string }> = [];
    let dibuat = 0;
    let skpDibuat = 0;
    const byPegawai = new Map<string, typeof items>();
    for (const it of items) byPegawai.set(it.pegawaiId, [...(byPegawai.get(it.pegawaiId) ?? []), it]);
    const open = await repo.findOpenSkp(kit.tx, instansiId, [...byPegawai.keys()], s.tahun);
    const existingChildren = await repo.childrenOf(kit.tx, instansiId, [...rhkById.keys()]);
    for (const [pegawaiId, list] of byPegawai) {
      let child = open.find((o) => o.pegawaiId === pegawaiId) ?? null;
      const prep = prepared.get(pegawaiId);
      if (!child && prep) {
        child = await insertDraftSkp(kit, instansiId, prep);
        skpDibuat++;
      }
      if (!child) throw new AppError('CONFLICT.VERSION', { pegawaiId });
      const skip = (alasan: Bilingual) => {
        for (const it of list) dilewati.push({ rhkId: it.rhkId, pegawaiId, alasan: alasan[lang] });
      };
      if (child.status !== 'DRAFT' && child.status !== 'DIKEMBALIKAN') {
        const status = SKP_STATUS_TEXT[child.status as SkpStatus];
        skip({ id: `SKP bawahan sudah ${status.id}`, en: `The subordinate's SKP is already ${status.en}` });
        continue;
      }
      if (child.jenisForm === 'JPT') {
        skip({
          id: 'SKP bawahan memakai formulir JPT (RHK dari Perjanjian Kinerja)',
          en: "The subordinate's SKP uses the JPT form (RHK from the Perjanjian Kinerja)",
        });
        continue;
      }
      let added = 0;
      for (const it of list) {
        if (existingChildren.some((c) => c.parentRhkId === it.rhkId && c.skpId === child.id)) {
          dilewati.push({ rhkId: it.rhkId, pegawaiId, alasan: 'RHK ini sudah diintervensi di SKP bawahan' });
          continue;
        }
        const parent = rhkById.get(it.rhkId) as (typeof tree)[number];
        const urutan = await repo.nextRhkUrutan(kit.tx, instansiId, child.id);
        const row = await repo.insertRhk(kit.tx, {
          instansiId,
          skpId: child.id,
          urutan,
          jenis: parent.jenis,
          teks: it.cascading === 'LANGSUNG' ? parent.teks : RHK_STUB_TEKS,
          sumber: 'INTERVENSI',
          parentRhkId: parent.id,
          cascading: it.cascading,
        });
        if (it.cascading === 'LANGSUNG') {
          await repo.replaceIki(
            kit.tx,
            instansiId,
            row.id,
            parent.iki.map((k) => ({
              aspek: k.aspek,
              indikator: k.indikator,
              targetNilai: k.targetNilai,
              targetSatuan: k.targetSatuan,
              targetTeks: k.targetTeks,
            })),
          );
        }
        added++;
      }
      if (!added) continue;
      dibuat += added;
      const bumped = await repo.bumpSkp(kit.tx, instansiId, child.id, child.version);
      if (!bumped) throw new AppError('CONFLICT.VERSION', { skpId: child.id });
      await kit.audit({
        action: 'mph',
        entity: 'skp',
        entityId: child.id,
        before: { status: child.status, version: child.version },
        after: { status: bumped.status, version: bumped.version, dariSkpId: skpId, rhk: list.map((l) => l.rhkId) },
      });
      await kit.notify([
        {
          instansiId,
          pegawaiId,
          jenis: 'SKP_MPH',
          param: { tahun: s.tahun, oleh: (s.snapshot as { pegawai: { nama: string } }).pegawai.nama, jumlah: added },
          tautan: `/skp/${child.id}`,
        },
      ]);
    }
    return { dibuat, skpDibuat, dilewati };
  });
}
