/**
 * Dialog kinerja use cases that write: schedule (with the proposed agenda), reschedule, cancel,
 * record (notes per topic, development items, judging earlier items with carry-over), confirm, and
 * the two follow-up formats of a coaching session. Each: load → authorise (akses.ts rule table) →
 * rule → write + audit in one transaction → notify.
 */
import { z } from 'zod';
import {
  adalahBimbingan,
  hasilPenilaianItem,
  type RhkCapaian,
  realisasiSampai,
  tanggalLokal,
  usulkanAgenda,
} from '../../domain/pelaksanaan/dialog.ts';
import { skpSedangBerlaku } from '../../domain/pelaksanaan/pengisian.ts';
import { resolveSettings } from '../../domain/settings.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../access/index.ts';
import { loadReadableSkp } from '../skp/index.ts';
import * as notif from './dialog.notifikasi.ts';
import * as repo from './dialog.repository.ts';
import type { ZCekKompetensi, ZJadwal, ZRekam, ZUbahJadwal, ZUmpanBalikCoaching } from './dialog.schema.ts';
import {
  type DialogCtx,
  isTerkunci,
  loadDialog,
  mutate,
  periodeTahun,
  requireAksi,
  staleDialog,
  ZONA_INSTANSI,
} from './dialog-ctx.ts';

type Bilingual = { id: string; en: string };
type Masalah = { field: string; message: Bilingual };

function invalidRef(masalah: Masalah[]): AppError {
  return new AppError('DIALOG.INVALID_REFERENCE', masalah);
}

/** The SKP's RHK as the agenda rule reads them, for the dialog's period. */
export function toCapaian(
  rows: repo.CapaianRow[],
  periode: ReadonlyArray<{ kode: string; selesai: string }>,
  kode: string,
): RhkCapaian[] {
  const byRhk = new Map<string, RhkCapaian>();
  for (const r of rows) {
    const rhk = byRhk.get(r.rhkId) ?? { rhkId: r.rhkId, iki: [] };
    byRhk.set(r.rhkId, rhk);
    if (!r.ikiId) continue;
    const target = r.targetNilai === null ? null : Number(r.targetNilai);
    const nilai = r.realisasi.map((x) => ({
      periodeKode: x.periodeKode,
      nilai: x.nilai === null ? null : Number(x.nilai),
    }));
    rhk.iki.push({
      ikiId: r.ikiId,
      targetNilai: target,
      realisasiNilai: realisasiSampai(periode, nilai, kode),
      adaRealisasiTeks: r.realisasi.some((x) => x.periodeKode === kode && !!x.teks?.trim()),
    });
  }
  return [...byRhk.values()];
}

function dialogInfo(d: repo.DialogRow, pegawaiNama: string, penilaiNama: string): notif.DialogInfo {
  return {
    id: d.id,
    instansiId: d.instansiId,
    jenis: d.jenis,
    jadwal: d.jadwal,
    tempat: d.tempat,
    pegawaiNama,
    penilaiNama,
  };
}

function requirePegawai(actor: Actor): string {
  if (actor.pegawaiId) return actor.pegawaiId;
  throw new AppError(
    'ACCESS.FORBIDDEN',
    { aksi: 'KELOLA_DIALOG' },
    {
      id: 'Dialog kinerja dilakukan oleh pejabat penilai sendiri; akun Anda tidak terhubung dengan pegawai.',
      en: 'A performance dialogue is held by the appraiser in person; your account is not linked to an employee.',
    },
  );
}

/** The time must fall in the SKP's year (or early the next, for the AKHIR period's dialog). */
function checkTahunJadwal(jadwal: Date, tahun: number) {
  const tahunJadwal = Number(tanggalLokal(jadwal, ZONA_INSTANSI).slice(0, 4));
  if (tahunJadwal < tahun || tahunJadwal > tahun + 1)
    throw invalidRef([
      {
        field: 'body.jadwal',
        message: {
          id: `Jadwal harus pada tahun SKP (${tahun}) atau awal tahun berikutnya.`,
          en: `The time must fall in the SKP's year (${tahun}) or early the next year.`,
        },
      },
    ]);
}

/** Schedules a dialog for a period and stores the proposed agenda (KELOLA_DIALOG). */
export async function jadwalkan(ctx: DialogCtx, instansiId: string, skpId: string, input: z.infer<typeof ZJadwal>) {
  const { s, access, actor } = await loadReadableSkp(ctx, instansiId, skpId);
  requireAksi('KELOLA_DIALOG', access.peranSaya);
  const penilaiId = requirePegawai(actor);
  if (!skpSedangBerlaku(s))
    throw new AppError(
      'DIALOG.INVALID_STATE',
      { status: s.status },
      {
        id: 'Dialog kinerja dijadwalkan atas SKP yang sudah ditetapkan dan masih berlaku.',
        en: 'A performance dialogue is scheduled on an SKP that has been set and is still in force.',
      },
    );
  const db = ctx.database.db;
  const periode = await periodeTahun(db, instansiId, s.tahun);
  const p = periode.find((x) => x.kode === input.periodeKode);
  if (!p)
    throw invalidRef([
      {
        field: 'body.periodeKode',
        message: {
          id: `Periode ${input.periodeKode} tidak ada pada tahun ${s.tahun} (${periode.map((x) => x.kode).join(', ')}).`,
          en: `Period ${input.periodeKode} does not exist in ${s.tahun} (${periode.map((x) => x.kode).join(', ')}).`,
        },
      },
    ]);
  const jadwal = new Date(input.jadwal);
  checkTahunJadwal(jadwal, s.tahun);
  const [capaian, perilaku, terbuka] = await Promise.all([
    repo.loadCapaian(db, instansiId, skpId),
    repo.perilakuDenganUmpanBalik(db, instansiId, skpId),
    repo.openPengembangan(db, instansiId, s.pegawaiId),
  ]);
  const agenda = usulkanAgenda({
    rhk: toCapaian(capaian, periode, p.kode),
    selesaiPeriode: p.selesai,
    perilakuDenganUmpanBalik: perilaku,
    pengembanganTerbuka: terbuka,
  });
  const nama = (s.snapshot as { pegawai?: { nama?: string } }).pegawai?.nama ?? '';
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const d = await repo.insertDialog(kit.tx, {
      instansiId,
      skpId,
      pegawaiId: s.pegawaiId,
      penilaiPegawaiId: penilaiId,
      periodeKode: p.kode,
      jenis: input.jenis,
      jadwal,
      durasiMenit: input.durasiMenit,
      tempat: input.tempat ?? null,
    });
    await repo.replaceAgenda(
      kit.tx,
      instansiId,
      d.id,
      agenda.map(({ alasan: _a, ...a }) => a),
    );
    const penilai = await repo.orang(kit.tx, [penilaiId]);
    await kit.notify([notif.notifDijadwalkan(dialogInfo(d, nama, penilai.get(penilaiId)?.nama ?? ''), s.pegawaiId)]);
    await kit.audit({
      action: 'dialog.jadwalkan',
      entity: 'dialog_kinerja',
      entityId: d.id,
      after: {
        skpId,
        periodeKode: d.periodeKode,
        jenis: d.jenis,
        jadwal: d.jadwal,
        tempat: d.tempat,
        agenda: agenda.length,
      },
    });
    return { id: d.id, version: d.version };
  });
}

/** Changes the time, place or type of a scheduled dialog; reminders are due again for the new time. */
export async function ubahJadwal(
  ctx: DialogCtx,
  instansiId: string,
  dialogId: string,
  input: z.infer<typeof ZUbahJadwal>,
) {
  const { d, s, peran, actor } = await loadDialog(ctx, instansiId, dialogId);
  requireAksi('KELOLA_DIALOG', peran);
  if (d.status !== 'DIJADWALKAN') throw new AppError('DIALOG.INVALID_STATE', { status: d.status });
  const jadwal = input.jadwal ? new Date(input.jadwal) : d.jadwal;
  checkTahunJadwal(jadwal, s.tahun);
  const pindah = jadwal.getTime() !== d.jadwal.getTime();
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const row = await repo.bumpDialog(kit.tx, instansiId, dialogId, input.version, {
      jadwal,
      ...(input.jenis ? { jenis: input.jenis } : {}),
      ...(input.durasiMenit ? { durasiMenit: input.durasiMenit } : {}),
      ...(input.tempat !== undefined ? { tempat: input.tempat } : {}),
      ...(pindah ? { pengingatH1At: null, pengingatH0At: null } : {}),
    });
    if (!row) throw staleDialog(d.version);
    const nama = (s.snapshot as { pegawai?: { nama?: string } }).pegawai?.nama ?? '';
    await kit.notify([notif.notifDiubah(dialogInfo(row, nama, ''), d.pegawaiId)]);
    await kit.audit({
      action: 'dialog.ubah-jadwal',
      entity: 'dialog_kinerja',
      entityId: dialogId,
      before: { jadwal: d.jadwal, tempat: d.tempat, jenis: d.jenis, durasiMenit: d.durasiMenit },
      after: { jadwal: row.jadwal, tempat: row.tempat, jenis: row.jenis, durasiMenit: row.durasiMenit },
    });
    return { id: row.id, version: row.version };
  });
}

/** Cancels a scheduled dialog (kept, marked DIBATALKAN; its invitation becomes a cancellation). */
export async function batalkan(
  ctx: DialogCtx,
  instansiId: string,
  dialogId: string,
  input: { version: number; alasan?: string | null },
) {
  const { d, s, peran, actor } = await loadDialog(ctx, instansiId, dialogId);
  requireAksi('KELOLA_DIALOG', peran);
  if (d.status !== 'DIJADWALKAN') throw new AppError('DIALOG.INVALID_STATE', { status: d.status });
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const row = await repo.bumpDialog(kit.tx, instansiId, dialogId, input.version, { status: 'DIBATALKAN' });
    if (!row) throw staleDialog(d.version);
    const nama = (s.snapshot as { pegawai?: { nama?: string } }).pegawai?.nama ?? '';
    const penilai = await repo.orang(kit.tx, [d.penilaiPegawaiId]);
    await kit.notify([
      notif.notifDibatalkan(dialogInfo(row, nama, penilai.get(d.penilaiPegawaiId)?.nama ?? ''), d.pegawaiId),
    ]);
    await kit.audit({
      action: 'dialog.batal',
      entity: 'dialog_kinerja',
      entityId: dialogId,
      before: { status: d.status },
      after: { status: row.status, alasan: input.alasan ?? null },
    });
    return { id: row.id, version: row.version };
  });
}

function checkTautan(
  items: Array<{ topik?: string; rhkId?: string | null; perilakuKode?: string | null; kompetensi?: string | null }>,
  prefix: string,
  rhkIds: Set<string>,
): Masalah[] {
  const out: Masalah[] = [];
  items.forEach((a, i) => {
    if (a.rhkId && !rhkIds.has(a.rhkId))
      out.push({
        field: `${prefix}.${i}.rhkId`,
        message: { id: 'RHK ini bukan RHK pada SKP pegawai.', en: "This RHK is not in the employee's SKP." },
      });
    if (a.topik === 'HASIL_KERJA' && !a.rhkId)
      out.push({
        field: `${prefix}.${i}.rhkId`,
        message: { id: 'Agenda hasil kerja harus menyebut RHK-nya.', en: 'A results item must name its RHK.' },
      });
    if (a.topik === 'PERILAKU' && !a.perilakuKode)
      out.push({
        field: `${prefix}.${i}.perilakuKode`,
        message: {
          id: 'Agenda perilaku harus menyebut nilai BerAKHLAK-nya.',
          en: 'A behaviour item must name its BerAKHLAK value.',
        },
      });
    if (a.topik === 'KOMPETENSI' && !a.kompetensi?.trim())
      out.push({
        field: `${prefix}.${i}.kompetensi`,
        message: {
          id: 'Agenda kompetensi harus menyebut kompetensinya.',
          en: 'A competency item must name the competency.',
        },
      });
  });
  return out;
}

/**
 * Records the dialog (the appraiser, KELOLA_DIALOG): notes per topic, the agenda, the development
 * items agreed here, judgements of earlier open items (an unachieved one is carried over as a new
 * item of this dialog), the follow-up date, and optionally closes it (SELESAI). Any change clears
 * both confirmations: a side confirms the record as it is.
 */
export async function rekam(ctx: DialogCtx, instansiId: string, dialogId: string, input: z.infer<typeof ZRekam>) {
  const { d, detail, peran, actor } = await loadDialog(ctx, instansiId, dialogId, true);
  requireAksi('KELOLA_DIALOG', peran);
  if (d.status === 'DIBATALKAN') throw new AppError('DIALOG.INVALID_STATE', { status: d.status });
  if (isTerkunci(d)) throw new AppError('DIALOG.LOCKED');
  if (!detail) throw new Error('loadDialog(lengkap) returns the detail');
  const settings = resolveSettings(detail.settings ?? {});
  const rhkIds = new Set(detail.capaian.map((c) => c.rhkId));
  const metode = new Set(settings.pelaksanaan.metodePengembangan.map((m) => m.kode));
  const masalah = [
    ...checkTautan(input.agenda, 'body.agenda', rhkIds),
    ...checkTautan(input.pengembangan, 'body.pengembangan', rhkIds),
  ];
  if (masalah.length) throw invalidRef(masalah);
  const badMetode = input.pengembangan.flatMap((p, i) => (metode.has(p.metodeKode) ? [] : [i]));
  if (badMetode.length)
    throw new AppError(
      'PENGEMBANGAN.INVALID_METHOD',
      badMetode.map((i) => ({
        field: `body.pengembangan.${i}.metodeKode`,
        message: {
          id: `Metode ${input.pengembangan[i].metodeKode} tidak ada; pilih salah satu: ${[...metode].join(', ')}.`,
          en: `Method ${input.pengembangan[i].metodeKode} does not exist; choose one of: ${[...metode].join(', ')}.`,
        },
      })),
    );
  const dinilaiIds = new Set(detail.untukDinilai.map((u) => u.id));
  const badItem = input.penilaian.filter((p) => !dinilaiIds.has(p.id)).map((p) => p.id);
  if (badItem.length) throw new AppError('PENGEMBANGAN.INVALID_ITEM', { ids: badItem });
  const own = detail.pengembangan.filter((p) => !p.dibawaDariId);
  const ownIds = new Set(own.map((p) => p.id));
  const unknownOwn = input.pengembangan.filter((p) => p.id && !ownIds.has(p.id)).map((p) => p.id);
  if (unknownOwn.length) throw new AppError('PENGEMBANGAN.INVALID_ITEM', { ids: unknownOwn });

  const judged = new Map(
    detail.untukDinilai.filter((u) => u.dinilaiDialogId === dialogId).map((u) => [u.id, u.status]),
  );
  for (const p of input.penilaian) judged.set(p.id, p.status);
  const tindakLanjut = input.tindakLanjutTanggal === undefined ? d.tindakLanjutTanggal : input.tindakLanjutTanggal;
  if (input.selesai) {
    const kurang: Masalah[] = [];
    const hariIni = tanggalLokal(ctx.sekarang ?? new Date(), ZONA_INSTANSI);
    const hariDialog = tanggalLokal(d.jadwal, ZONA_INSTANSI);
    if (hariDialog > hariIni)
      kurang.push({
        field: 'body.selesai',
        message: {
          id: `Dialog dijadwalkan ${hariDialog}; catatannya diselesaikan pada hari itu atau sesudahnya.`,
          en: `The dialogue is scheduled on ${hariDialog}; its record is closed on that day or later.`,
        },
      });
    if (!tindakLanjut)
      kurang.push({
        field: 'body.tindakLanjutTanggal',
        message: { id: 'Sepakati tanggal tindak lanjut.', en: 'Agree on a follow-up date.' },
      });
    else if (tindakLanjut < hariDialog)
      kurang.push({
        field: 'body.tindakLanjutTanggal',
        message: {
          id: 'Tanggal tindak lanjut tidak boleh sebelum dialog.',
          en: 'The follow-up date cannot precede the dialogue.',
        },
      });
    for (const u of detail.untukDinilai)
      if (!judged.has(u.id))
        kurang.push({
          field: 'body.penilaian',
          message: {
            id: `Nilai rencana pengembangan "${u.kompetensi}": tercapai atau tidak, dengan penjelasan.`,
            en: `Judge the development item "${u.kompetensi}": achieved or not, with an explanation.`,
          },
        });
    if (kurang.length) throw new AppError('DIALOG.INCOMPLETE', kurang);
  }
  const lama = (d.catatan ?? {}) as Record<string, unknown>;
  const catatan = { ...lama, ...input.catatan };
  const status = input.selesai ? 'SELESAI' : d.status;
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const row = await repo.bumpDialog(kit.tx, instansiId, dialogId, input.version, {
      catatan,
      tindakLanjutTanggal: tindakLanjut ?? null,
      status,
      dikonfirmasiPegawaiAt: null,
      dikonfirmasiPenilaiAt: null,
    });
    if (!row) throw staleDialog(d.version);
    await repo.replaceAgenda(
      kit.tx,
      instansiId,
      dialogId,
      input.agenda.map((a) => ({
        topik: a.topik,
        rhkId: a.rhkId ?? null,
        perilakuKode: a.perilakuKode ?? null,
        kompetensi: a.kompetensi ?? null,
        catatan: a.catatan ?? null,
      })),
    );
    const keep = new Set(input.pengembangan.flatMap((p) => (p.id ? [p.id] : [])));
    await repo.deletePengembangan(
      kit.tx,
      instansiId,
      own.filter((p) => !keep.has(p.id)).map((p) => p.id),
    );
    const fields = (p: (typeof input.pengembangan)[number]) => ({
      kompetensi: p.kompetensi,
      metodeKode: p.metodeKode,
      rhkId: p.rhkId ?? null,
      perilakuKode: p.perilakuKode ?? null,
      targetTanggal: p.targetTanggal ?? null,
    });
    for (const p of input.pengembangan) if (p.id) await repo.updatePengembangan(kit.tx, instansiId, p.id, fields(p));
    await repo.insertPengembangan(
      kit.tx,
      input.pengembangan
        .filter((p) => !p.id)
        .map((p) => ({ instansiId, pegawaiId: d.pegawaiId, dialogId, ...fields(p) })),
    );
    const asal = new Map(detail.untukDinilai.map((u) => [u.id, u]));
    for (const p of input.penilaian) {
      await repo.updatePengembangan(kit.tx, instansiId, p.id, {
        status: p.status,
        penjelasan: p.penjelasan,
        dinilaiDialogId: dialogId,
      });
      // Re-judging in the same dialog replaces the copy an earlier judgement carried over.
      await repo.deleteCarriedCopy(kit.tx, instansiId, dialogId, p.id);
      const item = asal.get(p.id);
      if (item && hasilPenilaianItem(p.status).dibawa)
        await repo.insertPengembangan(kit.tx, [
          {
            instansiId,
            pegawaiId: d.pegawaiId,
            dialogId,
            kompetensi: item.kompetensi,
            metodeKode: item.metodeKode,
            rhkId: item.rhkId,
            perilakuKode: item.perilakuKode,
            targetTanggal: null,
            dibawaDariId: item.id,
          },
        ]);
    }
    if (input.selesai && d.status !== 'SELESAI')
      await kit.notify([
        notif.notifPerluKonfirmasi(
          dialogInfo(row, detail.pegawaiNama, detail.penilaiNama),
          d.pegawaiId,
          detail.penilaiNama,
        ),
      ]);
    await kit.audit({
      action: 'dialog.rekam',
      entity: 'dialog_kinerja',
      entityId: dialogId,
      before: { status: d.status, version: d.version, catatan: lama, tindakLanjutTanggal: d.tindakLanjutTanggal },
      after: {
        status,
        version: row.version,
        catatan,
        tindakLanjutTanggal: row.tindakLanjutTanggal,
        agenda: input.agenda.length,
        pengembangan: input.pengembangan.map((p) => ({ kompetensi: p.kompetensi, metodeKode: p.metodeKode })),
        penilaian: input.penilaian,
      },
    });
    return { id: row.id, version: row.version };
  });
}

/**
 * One side confirms the closed record (KONFIRMASI_DIALOG). Confirming twice changes nothing. Once
 * both sides have confirmed, the record is read-only (corrections go into the next dialog).
 */
export async function konfirmasi(ctx: DialogCtx, instansiId: string, dialogId: string, version: number) {
  const { d, peran, actor } = await loadDialog(ctx, instansiId, dialogId);
  requireAksi('KONFIRMASI_DIALOG', peran);
  if (d.status !== 'SELESAI')
    throw new AppError(
      'DIALOG.INVALID_STATE',
      { status: d.status },
      {
        id: 'Catatan dialog dikonfirmasi setelah pejabat penilai menyelesaikannya.',
        en: 'A dialogue record is confirmed after the appraiser has closed it.',
      },
    );
  const sisiPegawai = peran.includes('PEMILIK');
  const sudah = sisiPegawai ? d.dikonfirmasiPegawaiAt : d.dikonfirmasiPenilaiAt;
  if (sudah) return { id: d.id, version: d.version, terkunci: isTerkunci(d) };
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const row = await repo.bumpDialog(
      kit.tx,
      instansiId,
      dialogId,
      version,
      sisiPegawai ? { dikonfirmasiPegawaiAt: new Date() } : { dikonfirmasiPenilaiAt: new Date() },
    );
    if (!row) throw staleDialog(d.version);
    const lawanSudah = sisiPegawai ? row.dikonfirmasiPenilaiAt : row.dikonfirmasiPegawaiAt;
    if (!lawanSudah) {
      const names = await repo.orang(kit.tx, [d.pegawaiId, d.penilaiPegawaiId]);
      const pegawaiNama = names.get(d.pegawaiId)?.nama ?? '';
      const penilaiNama = names.get(d.penilaiPegawaiId)?.nama ?? '';
      await kit.notify([
        notif.notifPerluKonfirmasi(
          dialogInfo(row, pegawaiNama, penilaiNama),
          sisiPegawai ? d.penilaiPegawaiId : d.pegawaiId,
          sisiPegawai ? pegawaiNama : penilaiNama,
        ),
      ]);
    }
    await kit.audit({
      action: 'dialog.konfirmasi',
      entity: 'dialog_kinerja',
      entityId: dialogId,
      after: { sisi: sisiPegawai ? 'PEGAWAI' : 'PENILAI', terkunci: isTerkunci(row) },
    });
    return { id: row.id, version: row.version, terkunci: isTerkunci(row) };
  });
}

async function tindakLanjut(
  ctx: DialogCtx,
  instansiId: string,
  dialogId: string,
  version: number,
  key: 'umpanBalikPegawai' | 'cekKompetensi',
  value: Record<string, unknown>,
) {
  const { d, peran, actor } = await loadDialog(ctx, instansiId, dialogId);
  requireAksi(key === 'umpanBalikPegawai' ? 'UMPAN_BALIK_COACHING' : 'KELOLA_DIALOG', peran);
  if (!adalahBimbingan(d.jenis) || d.status !== 'SELESAI')
    throw new AppError(
      'DIALOG.INVALID_STATE',
      { status: d.status, jenis: d.jenis },
      {
        id: 'Formulir tindak lanjut diisi setelah sesi coaching, mentoring atau konseling selesai dicatat.',
        en: 'Follow-up forms are filled in after a coaching, mentoring or counselling session has been recorded.',
      },
    );
  const catatan = (d.catatan ?? {}) as Record<string, unknown>;
  if (catatan[key]) throw new AppError('DIALOG.ALREADY_RECORDED', { form: key });
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const isi = { ...value, waktu: new Date().toISOString() };
    // Only the follow-up key changes; the confirmed record itself stays as it was.
    const row = await repo.bumpDialog(kit.tx, instansiId, dialogId, version, { catatan: { ...catatan, [key]: isi } });
    if (!row) throw staleDialog(d.version);
    await kit.audit({
      action: key === 'umpanBalikPegawai' ? 'dialog.umpan-balik-coaching' : 'dialog.cek-kompetensi',
      entity: 'dialog_kinerja',
      entityId: dialogId,
      after: isi,
    });
    return { id: row.id, version: row.version };
  });
}

/** The employee's feedback on the session (Format B.1.8), once. */
export function umpanBalikCoaching(
  ctx: DialogCtx,
  instansiId: string,
  dialogId: string,
  input: z.infer<typeof ZUmpanBalikCoaching>,
) {
  return tindakLanjut(ctx, instansiId, dialogId, input.version, 'umpanBalikPegawai', {
    skor: input.skor,
    komentar: input.komentar ?? null,
  });
}

/** The appraiser's post-coaching competency check (Format B.1.9: competency, 1–5, reason), once. */
export function cekKompetensi(
  ctx: DialogCtx,
  instansiId: string,
  dialogId: string,
  input: z.infer<typeof ZCekKompetensi>,
) {
  return tindakLanjut(ctx, instansiId, dialogId, input.version, 'cekKompetensi', { items: input.items });
}
