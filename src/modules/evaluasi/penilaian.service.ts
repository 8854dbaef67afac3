/**
 * The appraisal form (issue 11 item 2): the form of an SKP × period for whoever may read the SKP,
 * the appraiser's draft (per-RHK marks, feedback per BerAKHLAK value, the two ratings → predikat
 * through the quadrant), the appraiser's list of subordinates, and the employee's own list.
 * The rating hasil kerja is proposed from the marks (domain/evaluasi/panduan-rating.ts) but is the
 * appraiser's choice — except for a unit head, whose rating follows the unit's predikat organisasi.
 */
import { bolehPenilaian } from '../../domain/evaluasi/evaluasi-akses.ts';
import { usulRatingHasilKerja } from '../../domain/evaluasi/panduan-rating.ts';
import { labelFormulir, labelPeriode } from '../../domain/evaluasi/periode.ts';
import { hariIniJakarta, periksaTransisi, statusEfektif } from '../../domain/evaluasi/status.ts';
import { rantaiUnit, resolveUnitPenilaian } from '../../domain/evaluasi/unit-penilaian.ts';
import { predikatFromRatings } from '../../domain/predikat.ts';
import { BERAKHLAK } from '../../domain/rules/berakhlak.ts';
import { PREDIKAT_ORGANISASI_LABEL, type PredikatOrganisasi, type Rating } from '../../domain/types.ts';
import { AppError } from '../../http/errors.ts';
import { authorize } from '../access/index.ts';
import { appraiseesIn, explainAppraiser, getOrgIndex } from '../org/index.ts';
import { loadSettings } from '../pengaturan/index.ts';
import { mutate, type SkpCtx } from '../skp/index.ts';
import type { TDraftBody, TIsiPenilaian } from './evaluasi.schema.ts';
import * as repo from './penilaian.repository.ts';
import { aksiPenilaian, loadPenilaian, type PenilaianCtx, ratingPimpinan } from './penilaian-ctx.ts';

const iso = (v: string | null | undefined) => (v ? new Date(v).toISOString() : null);

/** The form; the employee sees the ratings only once the evaluation is set. */
export async function getPenilaian(ctx: SkpCtx, instansiId: string, skpId: string, periodeKode: string) {
  const c = await loadPenilaian(ctx, instansiId, skpId, periodeKode);
  const { s, form } = c;
  const e = form.evaluasi;
  const terlihat = !!e && (e.status !== 'DRAFT' || bolehPenilaian('LIHAT_DRAFT', c.peran));
  const isi = terlihat && e ? e : null;
  const penilaianRhk = (isi?.penilaianRhk ?? {}) as Record<string, { penilaian: Rating | null; umpanBalik: string }>;
  const snap = (s.snapshot ?? {}) as {
    pegawai?: { nama?: string; nip?: string };
    jabatan?: { nama?: string };
    unit?: { nama?: string };
    penilai?: { nama?: string } | null;
  };
  const perilakuSkp = (s.perilaku ?? {}) as Record<string, string | null>;
  const rp = ratingPimpinan(c);
  const hk = isi?.ratingHasilKerja as Rating | null;
  const pr = isi?.ratingPerilaku as Rating | null;
  const hasil = hk && pr ? predikatFromRatings(hk, pr) : null;
  return {
    evaluasi: {
      id: e?.id ?? null,
      tahun: s.tahun,
      periodeKode,
      periodeLabel: labelPeriode(periodeKode, s.tahun),
      labelFormulir: labelFormulir(periodeKode),
      status: c.status,
      statusTersimpan: (e?.status ?? 'DRAFT') as typeof c.status,
      versi: e?.versi ?? 1,
      version: e?.version ?? 0,
      isiTerlihat: terlihat || !e,
      penilaianRhk,
      umpanBalikPerilaku: (isi?.umpanBalikPerilaku ?? {}) as Record<string, { umpanBalik: string }>,
      ratingHasilKerja: hk ?? null,
      ratingHasilKerjaSumber: isi?.ratingHasilKerjaSumber ?? null,
      ratingPerilaku: pr ?? null,
      predikat: (isi?.predikat as never) ?? null,
      predikatUsulan: (isi?.predikatUsulan as never) ?? null,
      catatan: isi?.catatan ?? null,
      ditetapkanAt: iso(e?.ditetapkanAt),
      ditetapkanOlehNama: e?.ditetapkanOlehNama ?? null,
      diterimaAt: iso(e?.diterimaAt),
      batasKeberatan: e?.batasKeberatan ?? null,
      finalAt: iso(e?.finalAt),
    },
    skp: {
      id: s.id,
      tahun: s.tahun,
      status: s.status,
      pegawai: { id: s.pegawaiId, nama: snap.pegawai?.nama ?? '', nip: snap.pegawai?.nip ?? '' },
      jabatanNama: snap.jabatan?.nama ?? null,
      unitNama: snap.unit?.nama ?? null,
      penilaiNama: snap.penilai?.nama ?? null,
    },
    unitPenilaian: c.unitPenilaian,
    pimpinanUnit: c.pimpinanUnit,
    predikatOrganisasi: form.predikatOrganisasi
      ? {
          predikat: form.predikatOrganisasi as PredikatOrganisasi,
          label: PREDIKAT_ORGANISASI_LABEL[form.predikatOrganisasi as PredikatOrganisasi],
        }
      : null,
    kalibrasi: form.kalibrasi ? { status: form.kalibrasi } : null,
    rhk: form.rhk.map((r) => ({
      ...r,
      umpanBalik: r.umpanBalik.map((u) => ({ ...u, createdAt: new Date(u.createdAt).toISOString() })),
    })),
    perilaku: BERAKHLAK.map((b) => ({
      kode: b.kode,
      nama: b.nama,
      ekspektasi: perilakuSkp[b.kode] ?? null,
      umpanBalik: form.perilakuUtas
        .filter((u) => u.perilakuKode === b.kode)
        .map(({ perilakuKode: _k, ...u }) => ({ ...u, createdAt: new Date(u.createdAt).toISOString() })),
    })),
    usulan: usulRatingHasilKerja(
      form.rhk.map((r) => ({ jenis: r.jenis, penilaian: penilaianRhk[r.id]?.penilaian ?? null })),
    ),
    ratingPimpinan: rp ? { rating: rp.rating, explanation: rp.explanation } : null,
    hasilPredikat: hasil ? { predikat: hasil.predikat, label: hasil.label, explanation: hasil.explanation } : null,
    riwayat: form.riwayat.map((h) => ({
      periodeKode: h.periodeKode,
      periodeLabel: labelPeriode(h.periodeKode, s.tahun),
      status: statusEfektif(h, c.hariIni),
      ratingHasilKerja: h.ratingHasilKerja as Rating | null,
      ratingPerilaku: h.ratingPerilaku as Rating | null,
      predikat: h.predikat as never,
    })),
    aksi: aksiPenilaian(c).filter((a) => a !== 'FINALKAN') as never[],
  };
}

/**
 * Checks the content against the SKP (every RHK id must be one of its RHK) and works out the
 * ratings to store: the unit head's rating hasil kerja is the unit's predikat organisasi.
 */
export function isiUntukDisimpan(c: PenilaianCtx, body: TIsiPenilaian) {
  const rhkIds = new Set(c.form.rhk.map((r) => r.id));
  const asing = Object.keys(body.penilaianRhk).filter((id) => !rhkIds.has(id));
  if (asing.length)
    throw new AppError(
      'EVALUASI.RHK_BUKAN_SKP',
      { rhkId: asing },
      {
        id: 'Penilaian menyebut RHK yang bukan bagian dari SKP ini.',
        en: 'The appraisal names an RHK that is not part of this SKP.',
      },
    );
  let ratingHasilKerja = body.ratingHasilKerja;
  let sumber = 'PENILAI';
  if (c.pimpinanUnit) {
    sumber = 'PREDIKAT_ORGANISASI';
    const rp = ratingPimpinan(c);
    if (rp) ratingHasilKerja = rp.rating;
    else if (body.ratingHasilKerja)
      throw new AppError(
        'EVALUASI.PREDIKAT_ORGANISASI_BELUM',
        { unitPenilaianId: c.unitPenilaian.id },
        {
          id: `Pegawai ini pimpinan ${c.unitPenilaian.nama}: rating hasil kerjanya mengikuti predikat kinerja organisasi unit tersebut, yang belum ditetapkan untuk periode ini.`,
          en: `This employee heads ${c.unitPenilaian.nama}: their work-result rating follows the unit's organisational predikat, which is not set for this period yet.`,
        },
      );
    else ratingHasilKerja = null;
  }
  const predikat =
    ratingHasilKerja && body.ratingPerilaku
      ? predikatFromRatings(ratingHasilKerja, body.ratingPerilaku).predikat
      : null;
  const bersih = (t: string | null | undefined) => (t ?? '').trim();
  return {
    penilaianRhk: Object.fromEntries(
      Object.entries(body.penilaianRhk).map(([k, v]) => [
        k,
        { penilaian: v.penilaian, umpanBalik: bersih(v.umpanBalik) },
      ]),
    ),
    umpanBalikPerilaku: Object.fromEntries(
      Object.entries(body.umpanBalikPerilaku).map(([k, v]) => [k, { umpanBalik: bersih(v?.umpanBalik) }]),
    ),
    ratingHasilKerja,
    ratingHasilKerjaSumber: sumber,
    ratingPerilaku: body.ratingPerilaku,
    predikat,
    catatan: bersih(body.catatan) || null,
  };
}

export function stale(currentVersion: number | null) {
  return new AppError(
    'CONFLICT.VERSION',
    { currentVersion },
    {
      id: 'Evaluasi ini telah diubah sejak Anda membukanya. Muat ulang, lalu ulangi perubahan Anda.',
      en: 'This evaluation changed since you opened it. Reload it and apply your change again.',
    },
  );
}

export function tolakTransisi(r: ReturnType<typeof periksaTransisi>, status: string) {
  if (r.ok) return;
  throw new AppError(r.code === 'EVALUASI.NOT_ALLOWED' ? 'ACCESS.FORBIDDEN' : r.code, { status }, r.message);
}

/** The appraiser saves the draft (creating the evaluation on the first save: version 0). */
export async function simpanPenilaian(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  periodeKode: string,
  body: TDraftBody,
) {
  const c = await loadPenilaian(ctx, instansiId, skpId, periodeKode);
  tolakTransisi(
    periksaTransisi(c.status, 'SIMPAN', c.peran, { kalibrasi: (c.form.kalibrasi as 'FINAL' | null) ?? null }),
    c.status,
  );
  const isi = isiUntukDisimpan(c, body);
  // Who appraises and who is the atasan penilai today (the keberatan goes to the latter).
  const res = await explainAppraiser(ctx.database, instansiId, c.s.pegawaiId, ctx.tanggal);
  const idOf = (p: { kind: string; pegawaiId?: string } | null | undefined) =>
    p?.kind === 'PEGAWAI' ? (p.pegawaiId ?? null) : null;
  return mutate({ ...ctx, actor: c.actor }, instansiId, async (kit) => {
    const saved = await repo.simpanDraft(
      kit.tx,
      {
        instansiId,
        skpId,
        pegawaiId: c.s.pegawaiId,
        tahun: c.s.tahun,
        periodeKode,
        unitPenilaianId: c.unitPenilaian.id,
        penilaiPegawaiId: idOf(res?.penilai) ?? c.s.penilaiPegawaiId,
        atasanPenilaiPegawaiId: idOf(res?.atasanPenilai),
        ...isi,
      },
      body.version,
    );
    if (!saved) throw stale(c.form.evaluasi?.version ?? 0);
    await kit.audit({
      action: body.version === 0 ? 'evaluasi.buat' : 'evaluasi.simpan',
      entity: 'evaluasi',
      entityId: saved.id,
      after: { skpId, periodeKode, ...isi },
    });
    return { id: saved.id, version: saved.version, status: 'DRAFT' };
  });
}

const byNama = new Intl.Collator('id');

/** The appraiser's subordinates for a period: SKP, evaluation status and proposal, calibration. */
export async function listPenilaian(ctx: SkpCtx, instansiId: string, q: { tahun: number; periode: string }) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const me = ctx.actor.instansiId === instansiId ? ctx.actor.pegawaiId : null;
  const entry = me ? await getOrgIndex(ctx.database, instansiId, ctx.tanggal) : null;
  const ids = entry && me ? appraiseesIn(entry, me) : [];
  const base = { tahun: q.tahun, periodeKode: q.periode, periodeLabel: labelPeriode(q.periode, q.tahun) };
  if (!ids.length || !entry) return { ...base, items: [] };
  const [rows, settings] = await Promise.all([
    repo.findPenilaian(ctx.database.db, { instansiId, pegawaiIds: ids, tahun: q.tahun, periodeKode: q.periode }),
    loadSettings(ctx, instansiId),
  ]);
  const org = entry.index;
  const hariIni = ctx.tanggal ?? hariIniJakarta();
  const upOf = rows.map(
    (r) =>
      r.evaluasi?.unitPenilaianId ??
      (r.skpId
        ? (resolveUnitPenilaian(rantaiUnit(r.skpUnitId, org.org.units), settings.evaluasi.unitPenilaian)?.unitId ??
          null)
        : null),
  );
  const kal = await repo.findKalibrasi(ctx.database.db, instansiId, q.tahun, q.periode, [
    ...new Set(upOf.filter((x): x is string => !!x)),
  ]);
  const items = rows.map((r, idx) => {
    const p = org.org.pegawai.get(r.pegawaiId);
    const jabId = org.definitiveByPegawai.get(r.pegawaiId);
    const up = upOf[idx];
    const unit = up ? org.org.units.get(up) : undefined;
    return {
      pegawai: {
        id: r.pegawaiId,
        nama: p?.nama ?? '',
        nip: p?.nip ?? '',
        jabatanNama: (jabId && org.org.jabatan.get(jabId)?.nama) || null,
      },
      skp: r.skpId ? { id: r.skpId, status: r.skpStatus ?? '' } : null,
      unitPenilaian: up ? { id: up, nama: unit?.nama ?? '' } : null,
      pimpinanUnit: !!unit?.kepalaJabatanId && unit.kepalaJabatanId === r.skpJabatanId,
      kalibrasi: up ? (kal.get(up) ?? null) : null,
      evaluasi: r.evaluasi
        ? {
            id: r.evaluasi.id,
            status: statusEfektif(r.evaluasi, hariIni),
            ratingHasilKerja: r.evaluasi.ratingHasilKerja as Rating | null,
            ratingPerilaku: r.evaluasi.ratingPerilaku as Rating | null,
            predikat: r.evaluasi.predikat as never,
            version: r.evaluasi.version,
          }
        : null,
    };
  });
  items.sort((a, b) => byNama.compare(a.pegawai.nama, b.pegawai.nama));
  return { ...base, items };
}

/** The employee's own evaluations of a year (a draft shows only its status). */
export async function listEvaluasiSaya(ctx: SkpCtx, instansiId: string, q: { tahun: number }) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const me = ctx.actor.instansiId === instansiId ? ctx.actor.pegawaiId : null;
  if (!me) return { tahun: q.tahun, items: [] };
  const hariIni = ctx.tanggal ?? hariIniJakarta();
  const rows = await repo.findSaya(ctx.database.db, instansiId, me, q.tahun);
  return {
    tahun: q.tahun,
    items: rows.map((e) => {
      const draft = e.status === 'DRAFT';
      return {
        id: e.id,
        skpId: e.skpId,
        periodeKode: e.periodeKode,
        periodeLabel: labelPeriode(e.periodeKode, e.tahun),
        status: statusEfektif(e, hariIni),
        ratingHasilKerja: draft ? null : (e.ratingHasilKerja as Rating | null),
        ratingPerilaku: draft ? null : (e.ratingPerilaku as Rating | null),
        predikat: draft ? null : (e.predikat as never),
        ditetapkanAt: iso(e.ditetapkanAt),
        diterimaAt: iso(e.diterimaAt),
        batasKeberatan: e.batasKeberatan,
        version: e.version,
      };
    }),
  };
}
