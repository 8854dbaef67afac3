/**
 * 360° input on BerAKHLAK behaviour (issue 10 item 6), when the instansi turns it on. The employee or
 * their appraiser asks colleagues; respondents answer once; the subject, the appraisers and admins see
 * only the aggregate, and only when the domain allows it (src/domain/pelaksanaan/masukan360.ts).
 *
 * Nothing links an answer to a person: the answer rows have no respondent and no time; the API gives
 * no per-answer id or order (comments are shuffled on every read); nobody sees who has answered, nor
 * a running count (only whether the threshold is reached, via the aggregate once shown); the audit
 * says "answered request R" without scores or comment; the requester is not notified per answer.
 */
import { aksiYangBoleh, bolehPelaksanaan } from '../../domain/pelaksanaan/akses.ts';
import {
  acakKomentar,
  agregat,
  hasilBolehDitampilkan,
  type MasalahResponden,
  masihTerbuka,
  periksaResponden,
  RESPONDEN_MAKSIMUM,
} from '../../domain/pelaksanaan/masukan360.ts';
import { umpanBalikTerbuka } from '../../domain/pelaksanaan/umpan-balik.ts';
import { BERAKHLAK } from '../../domain/rules/berakhlak.ts';
import { AppError } from '../../http/errors.ts';
import { authorize } from '../access/index.ts';
import type { NotifikasiBaru } from '../notifikasi/index.ts';
import { today } from '../org/index.ts';
import { loadSettings, loadSettingsWith } from '../pengaturan/index.ts';
import { loadReadableSkp, mutate, type SkpCtx } from '../skp/index.ts';
import * as repo from './masukan360.repository.ts';
import type { TJawaban, TPermintaanBaru } from './masukan360.schema.ts';

const NILAI = BERAKHLAK.map((n) => ({ kode: n.kode, nama: n.nama }));

const PESAN_RESPONDEN: Record<MasalahResponden | 'BUKAN_PEGAWAI', { id: string; en: string }> = {
  KURANG: {
    id: 'Pilih responden paling sedikit sebanyak ambang anonimitas instansi (minimal 3).',
    en: "Choose at least as many respondents as the agency's anonymity threshold (at least 3).",
  },
  TERLALU_BANYAK: {
    id: `Paling banyak ${RESPONDEN_MAKSIMUM} responden per permintaan.`,
    en: `At most ${RESPONDEN_MAKSIMUM} respondents per request.`,
  },
  GANDA: { id: 'Setiap responden hanya boleh dipilih sekali.', en: 'Each respondent may be chosen once.' },
  SUBJEK: {
    id: 'Pegawai yang dinilai tidak dapat menjadi responden atas dirinya sendiri.',
    en: 'The employee being described cannot be a respondent about themselves.',
  },
  PEMINTA: {
    id: 'Peminta tidak dapat menjadi responden atas permintaannya sendiri.',
    en: 'The requester cannot be a respondent to their own request.',
  },
  BUKAN_PEGAWAI: {
    id: 'Setiap responden harus pegawai aktif instansi ini.',
    en: 'Every respondent must be an active employee of this agency.',
  },
};

/** Throws unless 360° input is on; reads on `exec` (a transaction's, inside one: PGlite has one connection). */
async function assertAktif(exec: SkpCtx['database']['db'], instansiId: string) {
  const settings = await loadSettingsWith(exec, instansiId);
  if (!settings.pelaksanaan.masukan360.aktif) throw new AppError('MASUKAN360.NONAKTIF');
  return settings.pelaksanaan.masukan360;
}

/**
 * The one place the notification text of a 360° request is built (id and en). Only the asked are
 * told, when asked; nobody is told when someone answers (that would date the answer).
 */
export function teksNotifikasiMasukan360(p: { subjek: string }) {
  return {
    id: {
      judul: 'Permintaan masukan 360°',
      isi: `Anda diminta memberi masukan anonim tentang perilaku BerAKHLAK ${p.subjek}.`,
    },
    en: { judul: '360° input request', isi: `You are asked for anonymous input on ${p.subjek}'s BerAKHLAK behaviour.` },
  };
}

/** Pegawai of the tenant to pick as respondents (server-side search, 20 at most). */
export async function cariCalon(ctx: SkpCtx, instansiId: string, q: string) {
  authorize(ctx.actor, 'org.read', { instansiId });
  return repo.findCalon(ctx.database.db, instansiId, q, today());
}

/** The employee or their appraiser asks chosen colleagues for input on the employee's behaviour. */
export async function mintaMasukan(ctx: SkpCtx, instansiId: string, skpId: string, input: TPermintaanBaru) {
  const { s, access, actor } = await loadReadableSkp(ctx, instansiId, skpId);
  if (!bolehPelaksanaan('MINTA_MASUKAN_360', access.peranSaya) || !actor.pegawaiId)
    throw new AppError('ACCESS.FORBIDDEN');
  const setelan = await assertAktif(ctx.database.db, instansiId);
  // The same rule as feedback: an SKP in force, also while its perubahan is drafted.
  if (!umpanBalikTerbuka(s))
    throw new AppError(
      'SKP.INVALID_TRANSITION',
      { status: s.status, action: 'masukan360' },
      {
        id: 'Masukan 360° diminta atas SKP yang sudah ditetapkan dan masih berlaku (juga selama perubahannya disusun).',
        en: 'A 360° input request needs an SKP that has been set and is still in force (also while a change is drafted).',
      },
    );
  const ids = input.responden.map((r) => r.pegawaiId);
  const masalah = periksaResponden({
    responden: ids,
    subjekId: s.pegawaiId,
    pemintaId: actor.pegawaiId,
    minimumJawaban: setelan.minimumJawaban,
  });
  if (masalah)
    throw new AppError(
      'MASUKAN360.RESPONDEN_INVALID',
      { masalah, minimumJawaban: setelan.minimumJawaban },
      PESAN_RESPONDEN[masalah],
    );
  if ((await repo.countPegawai(ctx.database.db, instansiId, ids)) !== ids.length)
    throw new AppError('MASUKAN360.RESPONDEN_INVALID', { masalah: 'BUKAN_PEGAWAI' }, PESAN_RESPONDEN.BUKAN_PEGAWAI);
  if (input.batas && input.batas < today())
    throw new AppError(
      'VALIDATION.FAILED',
      [{ field: 'body.batas', message: 'Batas waktu tidak boleh di masa lalu' }],
      { id: 'Batas waktu tidak boleh di masa lalu.', en: 'The deadline cannot be in the past.' },
    );
  const periodeKode = input.periodeKode ?? null;
  // One request per SKP and period: several overlapping circles of respondents would let their
  // aggregates be subtracted from each other.
  if (await repo.existsForPeriode(ctx.database.db, instansiId, skpId, periodeKode))
    throw new AppError('MASUKAN360.SUDAH_ADA', { periodeKode });
  const pemintaId = actor.pegawaiId;
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const row = await repo.insertPermintaan(
      kit.tx,
      {
        instansiId,
        skpId,
        pegawaiId: s.pegawaiId,
        periodeKode,
        dimintaOleh: pemintaId,
        minimumJawaban: setelan.minimumJawaban,
        batas: input.batas ?? null,
      },
      input.responden,
    );
    await kit.audit({
      action: 'masukan360.minta',
      entity: 'masukan_360',
      entityId: row.id,
      after: {
        skpId,
        periodeKode,
        batas: input.batas ?? null,
        minimumJawaban: setelan.minimumJawaban,
        responden: input.responden,
      },
    });
    const subjek = (s.snapshot as { pegawai?: { nama?: string } } | null)?.pegawai?.nama ?? '';
    const param = teksNotifikasiMasukan360({ subjek });
    await kit.notify(
      ids.map(
        (pegawaiId): NotifikasiBaru => ({
          instansiId,
          pegawaiId,
          jenis: 'MASUKAN360_DIMINTA',
          param,
          tautan: `/masukan-360?permintaan=${row.id}`,
        }),
      ),
    );
    return { id: row.id };
  });
}

/** The requests of an SKP, with the aggregate where it may be shown. */
export async function listPermintaan(ctx: SkpCtx, instansiId: string, skpId: string) {
  const { s, access } = await loadReadableSkp(ctx, instansiId, skpId);
  if (!bolehPelaksanaan('LIHAT_MASUKAN_360', access.peranSaya)) throw new AppError('ACCESS.FORBIDDEN');
  const settings = await loadSettings(ctx, instansiId);
  const aktif = settings.pelaksanaan.masukan360.aktif;
  const hariIni = today();
  const rows = await repo.findPermintaan(ctx.database.db, instansiId, skpId);
  const aksi = aksiYangBoleh(access.peranSaya).filter(
    (a) => a !== 'MINTA_MASUKAN_360' || (aktif && umpanBalikTerbuka(s)),
  );
  return {
    aktif,
    minimumJawaban: settings.pelaksanaan.masukan360.minimumJawaban,
    aksi,
    nilai: NILAI,
    permintaan: rows.map((r) => {
      const terbuka = masihTerbuka(r, hariIni);
      const tampil = hasilBolehDitampilkan({
        ...r,
        jumlahJawaban: r.jawaban.length,
        jumlahDiminta: r.responden.length,
        hariIni,
      });
      return {
        id: r.id,
        periodeKode: r.periodeKode,
        batas: r.batas,
        status: (terbuka ? 'TERBUKA' : 'DITUTUP') as 'TERBUKA' | 'DITUTUP',
        minimumJawaban: r.minimumJawaban,
        dimintaOlehNama: r.dimintaOlehNama,
        createdAt: r.createdAt,
        responden: r.responden,
        hasil: tampil ? { n: r.jawaban.length, nilai: agregat(r.jawaban), komentar: acakKomentar(r.jawaban) } : null,
      };
    }),
  };
}

/** Closes a request: no further answers; the aggregate shows if the threshold was reached. */
export async function tutupPermintaan(ctx: SkpCtx, instansiId: string, masukanId: string) {
  const m = await repo.getPermintaan(ctx.database.db, instansiId, masukanId);
  if (!m) throw new AppError('ACCESS.DENIED');
  const { access, actor } = await loadReadableSkp(ctx, instansiId, m.skpId);
  if (!bolehPelaksanaan('MINTA_MASUKAN_360', access.peranSaya)) throw new AppError('ACCESS.FORBIDDEN');
  if (m.status !== 'TERBUKA') throw new AppError('MASUKAN360.DITUTUP');
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    await repo.tutup(kit.tx, instansiId, masukanId);
    await kit.audit({
      action: 'masukan360.tutup',
      entity: 'masukan_360',
      entityId: masukanId,
      before: { status: 'TERBUKA' },
      after: { status: 'DITUTUP' },
    });
    return { id: masukanId, status: 'DITUTUP' as const };
  });
}

/** The requests waiting for the caller's answer (the "Masukan 360°" page and Home). */
export async function tugasSaya(ctx: SkpCtx, instansiId: string) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const settings = await loadSettings(ctx, instansiId);
  const aktif = settings.pelaksanaan.masukan360.aktif;
  const me = ctx.actor.instansiId === instansiId ? ctx.actor.pegawaiId : null;
  const tugas = aktif && me ? await repo.findTugas(ctx.database.db, instansiId, me, today()) : [];
  return { aktif, nilai: NILAI, tugas };
}

/** A respondent answers, once. Nothing about the answer is kept with their name. */
export async function jawab(ctx: SkpCtx, instansiId: string, masukanId: string, input: TJawaban) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const actor = ctx.actor;
  const me = actor.instansiId === instansiId ? actor.pegawaiId : null;
  const m = await repo.getPermintaan(ctx.database.db, instansiId, masukanId);
  // Someone who was not asked learns nothing about the request, not even that it exists.
  if (!m || !me) throw new AppError('ACCESS.DENIED');
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const done = await repo.tandaiMenjawab(kit.tx, instansiId, masukanId, me);
    if (done === null) throw new AppError('ACCESS.DENIED');
    // Only someone who was asked learns that the feature is off (a throw here undoes the mark).
    await assertAktif(kit.tx, instansiId);
    if (!done) throw new AppError('MASUKAN360.SUDAH_MENJAWAB');
    if (!masihTerbuka(m, today())) throw new AppError('MASUKAN360.DITUTUP');
    await repo.simpanJawaban(kit.tx, instansiId, masukanId, input.skor, input.komentar?.trim() || null);
    // "Answered request R": who and that they did — never what.
    await kit.audit({ action: 'masukan360.jawab', entity: 'masukan_360', entityId: masukanId });
    await kit.clearNotifications(`/masukan-360?permintaan=${masukanId}`);
    return { id: masukanId, dijawab: true };
  });
}
