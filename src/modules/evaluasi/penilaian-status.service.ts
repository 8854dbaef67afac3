/**
 * Finalisation and delivery (issue 11 item 4): the appraiser sets and signs the evaluation (only
 * once the unit's calibration for the period is final; the period's realisasi is then locked), the
 * employee acknowledges receipt — or an admin records the date of a hand delivery — which starts
 * the keberatan window (PP 30/2019 Pasal 59, the instansi's setting), and a correction of a set
 * evaluation is a new version with a reason that starts delivery again. Audited; the employee is
 * notified on set and on correction.
 */

import { objectionDeadline } from '../../domain/deadlines.ts';
import { hariIniJakarta, periksaTransisi } from '../../domain/evaluasi/status.ts';
import { predikatFromRatings } from '../../domain/predikat.ts';
import type { Rating } from '../../domain/types.ts';
import { AppError } from '../../http/errors.ts';
import { mutate, type SkpCtx } from '../skp/index.ts';
import { notifikasiEvaluasi } from './evaluasi.notifikasi.ts';
import type { TKoreksiBody } from './evaluasi.schema.ts';
import * as repo from './penilaian.repository.ts';
import { isiUntukDisimpan, stale, tolakTransisi } from './penilaian.service.ts';
import { loadPenilaian, type PenilaianCtx, ratingPimpinan } from './penilaian-ctx.ts';

function harusAda(c: PenilaianCtx) {
  const e = c.form.evaluasi;
  if (!e)
    throw new AppError(
      'EVALUASI.INVALID_TRANSITION',
      { status: null },
      {
        id: 'Evaluasi ini belum diisi: simpan penilaiannya terlebih dahulu.',
        en: 'This evaluation has not been filled in: save the appraisal first.',
      },
    );
  return e;
}

function predikatOrgWajib(c: PenilaianCtx) {
  if (c.pimpinanUnit && !c.form.predikatOrganisasi)
    throw new AppError(
      'EVALUASI.PREDIKAT_ORGANISASI_BELUM',
      { unitPenilaianId: c.unitPenilaian.id },
      {
        id: `Pegawai ini pimpinan ${c.unitPenilaian.nama}: rating hasil kerjanya mengikuti predikat kinerja organisasi unit tersebut, yang belum ditetapkan untuk periode ini.`,
        en: `This employee heads ${c.unitPenilaian.nama}: their work-result rating follows the unit's organisational predikat, which is not set for this period yet.`,
      },
    );
}

/** The signature: the appraiser's name, or the regional head's title recorded by the admin (decision 0404). */
function namaPenanda(c: PenilaianCtx) {
  const nama = (c.actor.pegawaiId && c.entry?.index.org.pegawai.get(c.actor.pegawaiId)?.nama) || c.actor.nama;
  return c.access.atasNama && !c.access.peranSaya.includes('PEMILIK') && c.actor.pegawaiId !== c.s.penilaiPegawaiId
    ? `${c.access.atasNama} (dicatat oleh ${nama})`
    : nama;
}

/** The appraiser sets and signs the evaluation. */
export async function tetapkanPenilaian(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  periodeKode: string,
  body: { version: number },
) {
  const c = await loadPenilaian(ctx, instansiId, skpId, periodeKode);
  const e = harusAda(c);
  predikatOrgWajib(c);
  // The unit head's rating follows the predikat as it is now.
  const rp = ratingPimpinan(c);
  const hk = rp ? rp.rating : e.ratingHasilKerja;
  tolakTransisi(
    periksaTransisi(c.status, 'TETAPKAN', c.peran, {
      kalibrasi: (c.form.kalibrasi as 'FINAL' | null) ?? null,
      ratingLengkap: !!hk && !!e.ratingPerilaku,
    }),
    c.status,
  );
  const nama = namaPenanda(c);
  return mutate({ ...ctx, actor: c.actor }, instansiId, async (kit) => {
    // Calibration may have changed the predikat in place: it is kept as it stands, unless the unit
    // head's rating follows a predikat organisasi (then the quadrant is applied again).
    const predikat = rp ? predikatFromRatings(rp.rating, e.ratingPerilaku as Rating).predikat : e.predikat;
    const saved = await repo.tetapkan(kit.tx, {
      instansiId,
      id: e.id,
      version: body.version,
      dariStatus: ['DRAFT'],
      akunId: c.actor.akunId,
      nama,
      ratingHasilKerja: hk,
      predikat,
    });
    if (!saved) throw stale(e.version);
    await repo.simpanVersiDanKunci(kit.tx, {
      instansiId,
      evaluasiId: e.id,
      skpId,
      periodeKode,
      akunId: c.actor.akunId,
      alasan: null,
    });
    await kit.audit({
      action: 'evaluasi.tetapkan',
      entity: 'evaluasi',
      entityId: e.id,
      before: { status: e.status },
      after: {
        status: 'DITETAPKAN',
        versi: saved.versi,
        ratingHasilKerja: hk,
        ratingPerilaku: e.ratingPerilaku,
        predikat,
        oleh: nama,
      },
    });
    await kit.notify(
      notifikasiEvaluasi(instansiId, c.s.pegawaiId, 'EVALUASI_DITETAPKAN', {
        skpId,
        penilai: nama,
        periodeKode,
        tahun: c.s.tahun,
        versi: saved.versi,
      }),
    );
    return { id: e.id, version: saved.version, status: 'DITETAPKAN' };
  });
}

/**
 * The employee acknowledges receipt today; an admin (not the employee) records the date of a hand
 * delivery, which may not lie in the future nor before the evaluation was set.
 */
export async function terimaPenilaian(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  periodeKode: string,
  body: { version: number; tanggal?: string },
) {
  const c = await loadPenilaian(ctx, instansiId, skpId, periodeKode);
  const e = harusAda(c);
  const pemilik = c.peran.includes('PEMILIK');
  const peran = pemilik ? ['PEMILIK'] : c.peran.filter((p) => p === 'ADMIN');
  tolakTransisi(periksaTransisi(c.status, 'TERIMA', peran), c.status);
  const hariIni = c.hariIni;
  let tanggal = hariIni;
  if (!pemilik) {
    const ditetapkan = e.ditetapkanAt ? hariIniJakarta(new Date(e.ditetapkanAt)) : hariIni;
    if (!body.tanggal || body.tanggal > hariIni || body.tanggal < ditetapkan)
      throw new AppError(
        'EVALUASI.TANGGAL_TERIMA',
        { field: 'tanggal', min: ditetapkan, max: hariIni },
        {
          id: `Isi tanggal penyerahan hasil evaluasi kepada pegawai: antara ${ditetapkan} (ditetapkan) dan ${hariIni} (hari ini).`,
          en: `Give the date the result was handed to the employee: between ${ditetapkan} (set) and ${hariIni} (today).`,
        },
      );
    tanggal = body.tanggal;
  }
  const w = c.settings.keberatan;
  const batas = objectionDeadline(tanggal, {
    jumlahHari: w.jumlahHari,
    jenisHari: w.jenisHari,
    hariLibur: c.settings.hariLibur,
  });
  const diterimaAt = pemilik ? new Date() : new Date(`${tanggal}T00:00:00+07:00`);
  return mutate({ ...ctx, actor: c.actor }, instansiId, async (kit) => {
    const saved = await repo.terima(kit.tx, {
      instansiId,
      id: e.id,
      version: body.version,
      diterimaAt,
      dicatatOleh: pemilik ? null : c.actor.akunId,
      batasKeberatan: batas.batas,
    });
    if (!saved) throw stale(e.version);
    await kit.audit({
      action: pemilik ? 'evaluasi.terima' : 'evaluasi.catatPenerimaan',
      entity: 'evaluasi',
      entityId: e.id,
      before: { status: e.status },
      after: { status: 'DITERIMA', tanggal, batasKeberatan: batas.batas },
    });
    return { id: e.id, version: saved.version, status: 'DITERIMA', batasKeberatan: batas.batas };
  });
}

/** A correction of a set evaluation: a new version with a reason; delivery starts again. */
export async function koreksiPenilaian(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  periodeKode: string,
  body: TKoreksiBody,
) {
  const c = await loadPenilaian(ctx, instansiId, skpId, periodeKode);
  const e = harusAda(c);
  predikatOrgWajib(c);
  const isi = isiUntukDisimpan(c, body);
  tolakTransisi(
    periksaTransisi(c.status, 'KOREKSI', c.peran, {
      ratingLengkap: !!isi.ratingHasilKerja && !!isi.ratingPerilaku,
      adaKeberatan: c.form.adaKeberatan,
    }),
    c.status,
  );
  const nama = namaPenanda(c);
  const alasan = body.alasan.trim();
  return mutate({ ...ctx, actor: c.actor }, instansiId, async (kit) => {
    const saved = await repo.tetapkan(kit.tx, {
      instansiId,
      id: e.id,
      version: body.version,
      dariStatus: ['DITETAPKAN', 'DITERIMA', 'FINAL'],
      akunId: c.actor.akunId,
      nama,
      ratingHasilKerja: isi.ratingHasilKerja,
      predikat: isi.predikat,
      koreksi: isi,
    });
    if (!saved) throw stale(e.version);
    await repo.simpanVersiDanKunci(kit.tx, {
      instansiId,
      evaluasiId: e.id,
      skpId,
      periodeKode,
      akunId: c.actor.akunId,
      alasan,
    });
    await kit.audit({
      action: 'evaluasi.koreksi',
      entity: 'evaluasi',
      entityId: e.id,
      before: {
        status: e.status,
        versi: e.versi,
        ratingHasilKerja: e.ratingHasilKerja,
        ratingPerilaku: e.ratingPerilaku,
        predikat: e.predikat,
      },
      after: { status: 'DITETAPKAN', versi: saved.versi, alasan, ...isi },
    });
    await kit.notify(
      notifikasiEvaluasi(instansiId, c.s.pegawaiId, 'EVALUASI_DIKOREKSI', {
        skpId,
        penilai: nama,
        periodeKode,
        tahun: c.s.tahun,
        versi: saved.versi,
        alasan,
      }),
    );
    return { id: e.id, version: saved.version, status: 'DITETAPKAN' };
  });
}
