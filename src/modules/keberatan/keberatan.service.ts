/**
 * The keberatan writes (PP 30/2019 Pasal 59): file, record an explanation, decide. Each runs in one
 * transaction with the evaluation row locked, checks the pure rules (src/domain/evaluasi/keberatan.ts),
 * writes the case and the evaluation's status (direct SQL following the evaluation state machine),
 * audits both and notifies after commit.
 */
import type { z } from 'zod';
import { toDayNumber } from '../../domain/calendar.ts';
import {
  hariIniDi,
  periksaPengajuan,
  putuskan as putuskanRule,
  type RatingPasangan,
  type StatusKeberatan,
  setelahPenjelasan,
  type Tolak,
} from '../../domain/evaluasi/keberatan.ts';
import type { Rating } from '../../domain/types.ts';
import { AppError } from '../../http/errors.ts';
import { type KasusInfo, notifDiajukan, notifDiputuskan, notifPenjelasanDiminta } from './keberatan.notifikasi.ts';
import * as repo from './keberatan.repository.ts';
import type { ZAjukan, ZKeputusan, ZPenjelasan } from './keberatan.schema.ts';
import {
  batasDari,
  hariIni,
  type KebCtx,
  mutate,
  requireAksi,
  requireMember,
  requirePeran,
  resolveTujuan,
  settingsOf,
  stale,
} from './keberatan-ctx.ts';

function tolak(t: Tolak): never {
  throw new AppError(t.code, t.details ?? {}, t.message);
}

function info(k: repo.KasusRow, keberatanId: string): KasusInfo {
  return {
    keberatanId,
    instansiId: k.evaluasi.instansiId,
    pegawaiNama: k.evaluasi.pegawaiNama,
    periodeKode: k.evaluasi.periodeKode,
    tahun: k.evaluasi.tahun,
  };
}

const EVALUASI = { id: 'Evaluasi ini', en: 'this evaluation' };
const KEBERATAN = { id: 'Keberatan ini', en: 'this keberatan' };

/** The employee files a keberatan on their received evaluation, addressed to the atasan pejabat penilai. */
export async function ajukan(ctx: KebCtx, instansiId: string, evaluasiId: string, body: z.infer<typeof ZAjukan>) {
  const actor = requireMember(ctx, instansiId);
  const today = hariIni(ctx);
  // The hierarchy is read before the transaction (its cache is not transactional); the row is
  // re-read under lock inside.
  const pre = await repo.bacaKasus(ctx.database.db, instansiId, { evaluasiId });
  requireAksi('AJUKAN', requirePeran(pre, actor));
  const tujuan = await resolveTujuan(
    ctx,
    pre as repo.KasusRow,
    batasDari(pre as repo.KasusRow, settingsOf(pre as repo.KasusRow)),
  );
  return mutate(ctx, actor, instansiId, async (kit) => {
    const k = await repo.bacaKasus(kit.tx, instansiId, { evaluasiId }, true);
    requireAksi('AJUKAN', requirePeran(k, actor));
    const row = k as repo.KasusRow;
    const batas = batasDari(row, settingsOf(row));
    const cek = periksaPengajuan({
      statusEvaluasi: row.evaluasi.status,
      batas,
      hariIni: today,
      sudahAda: row.keberatan
        ? { status: row.keberatan.status, diajukan: row.keberatan.diajukanAt.slice(0, 10) }
        : null,
      tujuan,
      kepada: body.kepada,
    });
    if (!cek.ok) tolak(cek);
    if (row.evaluasi.version !== body.evaluasiVersion) throw stale(row.evaluasi.version, EVALUASI);
    const atasanPegawaiId = cek.tujuan.jenis === 'PEGAWAI' ? cek.tujuan.pegawaiId : null;
    const permintaan = body.permintaan && Object.keys(body.permintaan).length ? body.permintaan : null;
    const created = await repo.insertKeberatan(kit.tx, {
      instansiId,
      evaluasiId,
      pegawaiId: row.evaluasi.pegawaiId,
      atasanPegawaiId,
      alasan: body.alasan,
      permintaan,
    });
    // Under the row lock a second filing cannot slip past the check; the unique index is the backstop.
    if (!created) throw new AppError('KEBERATAN.DUPLICATE');
    if (!(await repo.evaluasiKeKeberatan(kit.tx, instansiId, evaluasiId, { batas: cek.batas, hariIni: today })))
      throw stale(row.evaluasi.version, EVALUASI);
    await kit.audit({
      action: 'keberatan.ajukan',
      entity: 'keberatan',
      entityId: created.id,
      after: { evaluasiId, atasanPegawaiId, kepada: body.kepada, alasan: body.alasan, permintaan, batas: cek.batas },
    });
    await kit.audit({
      action: 'evaluasi.keberatan',
      entity: 'evaluasi',
      entityId: evaluasiId,
      before: { status: row.evaluasi.status },
      after: { status: 'KEBERATAN', keberatanId: created.id },
    });
    const items = [];
    const inf = info(row, created.id);
    if (atasanPegawaiId) items.push(notifDiajukan(inf, atasanPegawaiId, cek.batas));
    if (row.evaluasi.penilaiPegawaiId) {
      const atasanNama = cek.tujuan.jenis === 'PEGAWAI' ? cek.tujuan.nama : cek.tujuan.jabatan;
      items.push(notifPenjelasanDiminta(inf, row.evaluasi.penilaiPegawaiId, atasanNama));
    }
    await kit.notify(items);
    return { id: created.id, version: created.version };
  });
}

/**
 * An explanation — the appraiser's or the employee's — recorded by that person (dated now) or by the
 * atasan writing down what they said (dated `tanggal`, between the filing and today).
 */
export async function penjelasan(
  ctx: KebCtx,
  instansiId: string,
  keberatanId: string,
  pihak: 'PENILAI' | 'PEGAWAI',
  body: z.infer<typeof ZPenjelasan>,
) {
  const actor = requireMember(ctx, instansiId);
  const today = hariIni(ctx);
  const aksi = pihak === 'PENILAI' ? 'PENJELASAN_PENILAI' : 'PENJELASAN_PEGAWAI';
  return mutate(ctx, actor, instansiId, async (kit) => {
    const k = await repo.bacaKasus(kit.tx, instansiId, { keberatanId }, true);
    const peran = requirePeran(k, actor);
    requireAksi(aksi, peran);
    const row = k as repo.KasusRow;
    const kb = row.keberatan as repo.KeberatanJson;
    const next = setelahPenjelasan(kb.status as StatusKeberatan);
    if (!next.ok) tolak(next);
    if (kb.version !== body.version) throw stale(kb.version, KEBERATAN);
    const sendiri = peran.includes(pihak === 'PENILAI' ? 'PENILAI' : 'PEMILIK');
    let at = ctx.sekarang ?? new Date();
    if (!sendiri && body.tanggal) {
      const diajukan = hariIniDi(new Date(kb.diajukanAt));
      if (toDayNumber(body.tanggal) < toDayNumber(diajukan) || toDayNumber(body.tanggal) > toDayNumber(today)) {
        throw new AppError(
          'KEBERATAN.INVALID_DATE',
          { tanggal: body.tanggal, dari: diajukan, sampai: today },
          {
            id: `Tanggal penjelasan harus antara ${diajukan} (keberatan diajukan) dan ${today} (hari ini).`,
            en: `The explanation date must be between ${diajukan} (filing) and ${today} (today).`,
          },
        );
      }
      // Midday WIB, so the date reads the same in every Indonesian zone.
      at = new Date(`${body.tanggal}T12:00:00+07:00`);
    }
    const saved = await repo.simpanPenjelasan(kit.tx, instansiId, keberatanId, pihak, {
      isi: body.isi,
      at,
      status: next.ke,
      version: body.version,
    });
    if (!saved) throw stale(kb.version, KEBERATAN);
    const before = pihak === 'PENILAI' ? kb.penjelasanPenilai : kb.penjelasanPegawai;
    await kit.audit({
      action: pihak === 'PENILAI' ? 'keberatan.penjelasan_penilai' : 'keberatan.penjelasan_pegawai',
      entity: 'keberatan',
      entityId: keberatanId,
      before: { status: kb.status, isi: before },
      after: { status: next.ke, isi: body.isi, tanggal: at.toISOString(), dicatatOleh: sendiri ? 'SENDIRI' : 'ATASAN' },
    });
    return { id: keberatanId, version: saved.version };
  });
}

/** The atasan decides: TETAP or UBAH with new ratings (predikat from the quadrant); final. */
export async function putuskan(ctx: KebCtx, instansiId: string, keberatanId: string, body: z.infer<typeof ZKeputusan>) {
  const actor = requireMember(ctx, instansiId);
  return mutate(ctx, actor, instansiId, async (kit) => {
    const k = await repo.bacaKasus(kit.tx, instansiId, { keberatanId }, true);
    const peran = requirePeran(k, actor);
    requireAksi('PUTUSKAN', peran);
    const row = k as repo.KasusRow;
    const kb = row.keberatan as repo.KeberatanJson;
    const e = row.evaluasi;
    if (!e.ratingHasilKerja || !e.ratingPerilaku) {
      throw new AppError(
        'KEBERATAN.NOT_RECEIVED',
        { status: e.status },
        {
          id: 'Evaluasi ini tidak memuat rating yang dapat diputuskan.',
          en: 'This evaluation holds no ratings to decide on.',
        },
      );
    }
    const sebelum: RatingPasangan = {
      ratingHasilKerja: e.ratingHasilKerja as Rating,
      ratingPerilaku: e.ratingPerilaku as Rating,
    };
    const hasil = putuskanRule({
      status: kb.status as StatusKeberatan,
      adaPenjelasanPenilai: !!kb.penjelasanPenilai,
      keputusan: body.keputusan,
      sebelum,
      baru: { ratingHasilKerja: body.ratingHasilKerja, ratingPerilaku: body.ratingPerilaku },
    });
    if ('ok' in hasil) tolak(hasil);
    if (kb.version !== body.version) throw stale(kb.version, KEBERATAN);
    const atasNama = kb.atasanPegawaiId
      ? ''
      : ` a.n. ${row.jabatanPimpinan}${row.namaPimpinan ? ` (${row.namaPimpinan})` : ''}`;
    const olehNama = `${actor.nama}${atasNama}`;
    const saved = await repo.simpanKeputusan(kit.tx, instansiId, keberatanId, {
      keputusan: body.keputusan,
      alasan: body.alasan,
      sebelum: hasil.sebelum,
      sesudah: hasil.sesudah,
      olehAkunId: actor.akunId,
      olehNama,
      version: body.version,
    });
    if (!saved) throw stale(kb.version, KEBERATAN);
    const fin = await repo.evaluasiFinal(
      kit.tx,
      instansiId,
      e.id,
      hasil.berubah
        ? {
            ...hasil.sesudah,
            alasan: `Keputusan atasan pejabat penilai atas keberatan: ${body.alasan}`,
            olehAkunId: actor.akunId,
          }
        : null,
    );
    if (!fin) {
      throw new AppError(
        'KEBERATAN.DECIDED',
        { statusEvaluasi: e.status },
        {
          id: `Evaluasi ini berstatus ${e.status}, bukan KEBERATAN; keputusan tidak dapat dicatat.`,
          en: `This evaluation is ${e.status}, not KEBERATAN; the decision cannot be recorded.`,
        },
      );
    }
    await kit.audit({
      action: 'keberatan.putuskan',
      entity: 'keberatan',
      entityId: keberatanId,
      before: { status: kb.status, hasil: hasil.sebelum },
      after: { status: 'DIPUTUSKAN', keputusan: body.keputusan, alasan: body.alasan, hasil: hasil.sesudah, olehNama },
    });
    await kit.audit({
      action: 'evaluasi.final',
      entity: 'evaluasi',
      entityId: e.id,
      before: { status: e.status, versi: e.versi, ...hasil.sebelum },
      after: { status: 'FINAL', versi: fin.versi, ...hasil.sesudah, keberatanId },
    });
    await kit.notify([notifDiputuskan(info(row, keberatanId), e.pegawaiId, body.keputusan, hasil.sesudah.predikat)]);
    return { id: keberatanId, version: saved.version };
  });
}
