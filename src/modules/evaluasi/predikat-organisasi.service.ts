/**
 * Predikat kinerja organisasi (issue 11 item 1; SE MenPANRB 3/2023): the list of units penilaian of
 * a period with their predikat and the basis summarised from the data, and the setting of it by the
 * leader one level up — or by an admin instansi on behalf of a decider outside the tree (the
 * regional head for an OPD), naming who decided. Audited, optimistic (version), locked once the
 * unit's calibration for the period is final (the distribution was checked against it).
 */
import { sql } from 'drizzle-orm';
import { bolehPredikatOrganisasi } from '../../domain/evaluasi/evaluasi-akses.ts';
import { labelPeriode } from '../../domain/evaluasi/periode.ts';
import {
  type AngkaPeriodik,
  type AngkaTahunan,
  type DasarPredikat,
  dasarPeriodik,
  dasarTahunan,
} from '../../domain/evaluasi/predikat-organisasi.ts';
import { isUnitPenilaian, rantaiUnit, resolveUnitPenilaian } from '../../domain/evaluasi/unit-penilaian.ts';
import { predikatFromRatings, ratingHasilKerjaPimpinanUnit } from '../../domain/predikat.ts';
import type { RuleSettings } from '../../domain/settings.ts';
import { PREDIKAT_ORGANISASI_LABEL, type PredikatOrganisasi, type Rating } from '../../domain/types.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, authorize } from '../access/index.ts';
import { getInstansi, getOrgIndex } from '../org/index.ts';
import { loadSettings } from '../pengaturan/index.ts';
import { mutate, type SkpCtx } from '../skp/index.ts';
import type { TPredikatOrganisasiBody } from './evaluasi.schema.ts';
import * as repo from './predikat-organisasi.repository.ts';

type OrgEntry = NonNullable<Awaited<ReturnType<typeof getOrgIndex>>>;

function isAdminInstansi(actor: Actor, instansiId: string) {
  return actor.roles.some(
    (r) => r.peran === 'SUPER_ADMIN' || (r.peran === 'ADMIN_INSTANSI' && r.instansiId === instansiId),
  );
}

/** The leader one level up: the definitive or PLT holders of the parent unit's head position. */
function pimpinanAtas(entry: OrgEntry | null, parentId: string | null) {
  const parent = parentId ? entry?.index.org.units.get(parentId) : undefined;
  const jabId = parent?.kepalaJabatanId ?? null;
  const jab = jabId ? entry?.index.org.jabatan.get(jabId) : undefined;
  const h = jabId ? entry?.index.holders.get(jabId) : undefined;
  const ids = [...(h?.DEFINITIF ?? []), ...(h?.PLT ?? [])];
  return {
    unitId: parent?.id ?? null,
    unitNama: parent?.nama ?? null,
    jabatanNama: jab?.nama ?? null,
    pegawai: ids.map((id) => ({ id, nama: entry?.index.org.pegawai.get(id)?.nama ?? '' })),
  };
}

/** The basis of every unit penilaian: the per-unit figures summed into the unit penilaian they belong to. */
async function dasarPerUnit(
  ctx: SkpCtx,
  instansiId: string,
  tahun: number,
  periodeKode: string,
  units: Map<string, repo.UnitPredikatRow>,
  settings: RuleSettings,
): Promise<Map<string, DasarPredikat>> {
  const setting = settings.evaluasi.unitPenilaian;
  const owner = (unitId: string) => resolveUnitPenilaian(rantaiUnit(unitId, units), setting)?.unitId ?? null;
  const out = new Map<string, DasarPredikat>();
  if (periodeKode === 'AKHIR') {
    const sums = new Map<string, AngkaTahunan>();
    for (const r of await repo.findAngkaTahunan(ctx.database.db, instansiId, tahun)) {
      const up = owner(r.unitId);
      if (!up) continue;
      const s = sums.get(up) ?? { indikator: 0, indikatorTerukur: 0, indikatorTercapai: 0, indikatorMelampaui: 0 };
      s.indikator += r.indikator;
      s.indikatorTerukur += r.indikatorTerukur;
      s.indikatorTercapai += r.indikatorTercapai;
      s.indikatorMelampaui += r.indikatorMelampaui;
      sums.set(up, s);
    }
    for (const id of units.keys())
      out.set(
        id,
        dasarTahunan(
          sums.get(id) ?? { indikator: 0, indikatorTerukur: 0, indikatorTercapai: 0, indikatorMelampaui: 0 },
        ),
      );
    return out;
  }
  const sums = new Map<string, AngkaPeriodik>();
  for (const r of await repo.findAngkaPeriodik(ctx.database.db, instansiId, tahun, periodeKode)) {
    const up = owner(r.unitId);
    if (!up) continue;
    const s = sums.get(up) ?? { rencanaAksi: 0, denganProgres: 0, raTerukur: 0, raTercapai: 0, raMelampaui: 0 };
    s.rencanaAksi += r.rencanaAksi;
    s.denganProgres += r.denganProgres;
    s.raTerukur += r.raTerukur;
    s.raTercapai += r.raTercapai;
    s.raMelampaui += r.raMelampaui;
    sums.set(up, s);
  }
  for (const id of units.keys())
    out.set(
      id,
      dasarPeriodik(sums.get(id) ?? { rencanaAksi: 0, denganProgres: 0, raTerukur: 0, raTercapai: 0, raMelampaui: 0 }),
    );
  return out;
}

async function load(ctx: SkpCtx, instansiId: string, tahun: number, periodeKode: string) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const [rows, settings, entry] = await Promise.all([
    repo.findUnitsWithPredikat(ctx.database.db, instansiId, tahun, periodeKode),
    loadSettings(ctx, instansiId),
    getOrgIndex(ctx.database, instansiId, ctx.tanggal),
  ]);
  const units = new Map(rows.map((u) => [u.id, u]));
  const setting = settings.evaluasi.unitPenilaian;
  const penilaian = rows.filter((u) => isUnitPenilaian(u, setting) || (u.depth === 0 && setting.kedalaman === 0));
  return { rows, units, settings, entry, penilaian };
}

function peranUnit(actor: Actor, instansiId: string, atas: ReturnType<typeof pimpinanAtas>): string[] {
  const peran = ['ANGGOTA'];
  if (actor.pegawaiId && actor.instansiId === instansiId && atas.pegawai.some((p) => p.id === actor.pegawaiId))
    peran.push('PIMPINAN_ATAS');
  if (isAdminInstansi(actor, instansiId)) peran.push('ADMIN_INSTANSI');
  return peran;
}

/** The units penilaian of a period with their predikat, basis and what the caller may do. */
export async function listPredikatOrganisasi(ctx: SkpCtx, instansiId: string, q: { tahun: number; periode: string }) {
  const { units, settings, entry, penilaian } = await load(ctx, instansiId, q.tahun, q.periode);
  const actor = ctx.actor as Actor;
  const dasar = await dasarPerUnit(ctx, instansiId, q.tahun, q.periode, units, settings);
  const kal = await findKalibrasiStatus(ctx, instansiId, q.tahun, q.periode);
  return {
    tahun: q.tahun,
    periodeKode: q.periode,
    periodeLabel: labelPeriode(q.periode, q.tahun),
    items: penilaian.map((u) => {
      const atas = pimpinanAtas(entry, u.parentId);
      const peran = peranUnit(actor, instansiId, atas);
      const terkunci = kal.get(u.id) === 'FINAL';
      return {
        unit: { id: u.id, kode: u.kode, nama: u.nama, jenis: u.jenis },
        predikat: u.predikat
          ? {
              ...u.predikat,
              ditetapkanAt: new Date(u.predikat.ditetapkanAt).toISOString(),
              label: PREDIKAT_ORGANISASI_LABEL[u.predikat.predikat as PredikatOrganisasi],
            }
          : null,
        dasar: dasar.get(u.id) as DasarPredikat,
        pimpinanAtas: atas,
        kalibrasiFinal: terkunci,
        aksi: bolehPredikatOrganisasi('TETAPKAN', peran) && !terkunci ? ['TETAPKAN' as const] : [],
      };
    }),
  };
}

async function findKalibrasiStatus(ctx: SkpCtx, instansiId: string, tahun: number, periodeKode: string) {
  const res = await ctx.database.db.execute(sql`
    select unit_penilaian_id, status from kalibrasi
    where instansi_id = ${instansiId} and tahun = ${tahun} and periode_kode = ${periodeKode}`);
  return new Map(
    (res.rows as Array<{ unit_penilaian_id: string; status: string }>).map((r) => [r.unit_penilaian_id, r.status]),
  );
}

/** The leader one level up (or an admin instansi on their behalf) sets or changes the predikat. */
export async function setPredikatOrganisasi(
  ctx: SkpCtx,
  instansiId: string,
  unitId: string,
  tahun: number,
  periodeKode: string,
  body: TPredikatOrganisasiBody,
) {
  const { units, settings, entry } = await load(ctx, instansiId, tahun, periodeKode);
  const actor = ctx.actor as Actor;
  const u = units.get(unitId);
  if (!u) throw new AppError('NOT_FOUND');
  const setting = settings.evaluasi.unitPenilaian;
  if (!(isUnitPenilaian(u, setting) || (u.depth === 0 && setting.kedalaman === 0)))
    throw new AppError(
      'PREDIKAT_ORGANISASI.BUKAN_UNIT_PENILAIAN',
      { unitId },
      {
        id: `${u.nama} bukan unit penilaian (pengaturan evaluasi.unitPenilaian): predikat organisasi ditetapkan untuk unit penilaiannya.`,
        en: `${u.nama} is not a unit penilaian (setting evaluasi.unitPenilaian): the predikat is set for its unit penilaian.`,
      },
    );
  const atas = pimpinanAtas(entry, u.parentId);
  const peran = peranUnit(actor, instansiId, atas);
  if (!bolehPredikatOrganisasi('TETAPKAN', peran)) throw new AppError('ACCESS.FORBIDDEN');
  const isPimpinan = peran.includes('PIMPINAN_ATAS');
  // The decider: the leader themself; for an admin, the leader one level up when one holds the post,
  // else (the regional head, outside the tree) the name the admin records.
  let penetapPegawaiId: string | null = null;
  let penetapNama: string;
  let penetapJabatan: string | null = atas.jabatanNama;
  if (isPimpinan) {
    penetapPegawaiId = actor.pegawaiId;
    penetapNama = atas.pegawai.find((p) => p.id === actor.pegawaiId)?.nama ?? '';
  } else if (atas.pegawai.length === 1) {
    penetapPegawaiId = atas.pegawai[0].id;
    penetapNama = atas.pegawai[0].nama;
  } else {
    const nama = body.penetapNama?.trim();
    if (!nama)
      throw new AppError(
        'PREDIKAT_ORGANISASI.PENETAP_WAJIB',
        { field: 'penetapNama' },
        {
          id: 'Tuliskan nama pejabat yang menetapkan predikat ini (pimpinan satu tingkat di atas unit).',
          en: 'Write the name of the official who decided this predikat (the leader one level up).',
        },
      );
    penetapNama = nama;
    penetapJabatan =
      body.penetapJabatan?.trim() ||
      atas.jabatanNama ||
      (u.depth <= 1 ? ((await getInstansi(ctx.database.db, instansiId))?.jabatanPimpinan ?? null) : null);
  }
  const kal = await findKalibrasiStatus(ctx, instansiId, tahun, periodeKode);
  if (kal.get(unitId) === 'FINAL')
    throw new AppError(
      'PREDIKAT_ORGANISASI.TERKUNCI',
      { unitId },
      {
        id: 'Kalibrasi unit ini untuk periode tersebut sudah final: predikat organisasi tidak dapat diubah lagi.',
        en: "This unit's calibration for the period is final: the predikat can no longer be changed.",
      },
    );
  const dasar = (await dasarPerUnit(ctx, instansiId, tahun, periodeKode, units, settings)).get(unitId);
  const catatan = body.catatan?.trim() || null;
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const before = await repo.getPredikat(kit.tx, instansiId, unitId, tahun, periodeKode);
    const saved = await repo.upsertPredikat(
      kit.tx,
      {
        instansiId,
        unitId,
        tahun,
        periodeKode,
        predikat: body.predikat,
        dasar: dasar ?? {},
        catatan,
        penetapPegawaiId,
        penetapNama,
        penetapJabatan,
        dicatatOlehAkunId: actor.akunId,
      },
      body.version,
    );
    if (!saved)
      throw new AppError(
        'CONFLICT.VERSION',
        { currentVersion: before?.version ?? 0 },
        {
          id: 'Predikat organisasi unit ini telah diubah orang lain sejak Anda membukanya. Muat ulang, lalu ulangi.',
          en: "Someone else changed this unit's predikat since you opened it. Reload and try again.",
        },
      );
    const diperbarui = await ikutiPredikat(kit.tx, instansiId, unitId, tahun, periodeKode, body.predikat, settings);
    await kit.audit({
      action: before ? 'predikatOrganisasi.ubah' : 'predikatOrganisasi.tetapkan',
      entity: 'predikat_organisasi',
      entityId: saved.id,
      before: before
        ? { predikat: before.predikat, catatan: before.catatan, penetapNama: before.penetapNama }
        : undefined,
      after: {
        unitId,
        tahun,
        periodeKode,
        predikat: body.predikat,
        catatan,
        penetapNama,
        penetapPegawaiId,
        atasNama: !isPimpinan,
        evaluasiPimpinanDiperbarui: diperbarui,
      },
    });
    return { id: saved.id, version: saved.version };
  });
}

/**
 * The unit head's draft evaluations of the unit and period follow a changed predikat at once
 * (their rating hasil kerja IS the unit's predikat, SE MenPANRB 3/2023), so the calibration board
 * never shows a stale rating.
 */
async function ikutiPredikat(
  tx: Parameters<Parameters<typeof mutate>[2]>[0]['tx'],
  instansiId: string,
  unitId: string,
  tahun: number,
  periodeKode: string,
  predikat: PredikatOrganisasi,
  settings: RuleSettings,
) {
  const rating = ratingHasilKerjaPimpinanUnit(predikat, settings.ratingHasilKerjaPimpinanUnit).rating;
  const res = await tx.execute(sql`
    select id, rating_perilaku from evaluasi
    where instansi_id = ${instansiId} and unit_penilaian_id = ${unitId} and tahun = ${tahun}
      and periode_kode = ${periodeKode} and status = 'DRAFT' and rating_hasil_kerja_sumber = 'PREDIKAT_ORGANISASI'`);
  for (const r of res.rows as Array<{ id: string; rating_perilaku: Rating | null }>) {
    const p = r.rating_perilaku ? predikatFromRatings(rating, r.rating_perilaku).predikat : null;
    await tx.execute(sql`
      update evaluasi set rating_hasil_kerja = ${rating}, predikat = ${p}, predikat_usulan = ${p},
        version = version + 1, updated_at = now()
      where instansi_id = ${instansiId} and id = ${r.id}`);
  }
  return res.rows.length;
}
