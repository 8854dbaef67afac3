/**
 * Umpan balik berkelanjutan (issue 10 item 5): the appraiser and the atasan penilai write dated
 * feedback on an RHK, one IKI's realisasi in a period, or a BerAKHLAK value; the employee and both
 * appraisers reply in the thread; each entry notifies the other side. Entries are never edited or
 * deleted: they are the record the evaluation form prints, so a correction is a further reply (and a
 * reply the employee has read cannot change under them).
 */
import { aksiYangBoleh, bolehPelaksanaan } from '../../domain/pelaksanaan/akses.ts';
import {
  type MasalahTeks,
  PANJANG_MAKSIMUM_UMPAN_BALIK,
  PESAN_TARGET,
  penerimaNotifikasi,
  peranPenulis,
  periksaTarget,
  periksaTeks,
  umpanBalikTerbuka,
} from '../../domain/pelaksanaan/umpan-balik.ts';
import { BERAKHLAK } from '../../domain/rules/berakhlak.ts';
import { AppError } from '../../http/errors.ts';
import type { NotifikasiBaru } from '../notifikasi/index.ts';
import { loadReadableSkp, mutate, type SkpCtx } from '../skp/index.ts';
import * as repo from './umpan-balik.repository.ts';
import type { TUmpanBalikQuery, TUtasBaru } from './umpan-balik.schema.ts';

const PESAN_TEKS: Record<MasalahTeks, { id: string; en: string }> = {
  KOSONG: { id: 'Tulis umpan baliknya terlebih dahulu.', en: 'Write the feedback first.' },
  TERLALU_PANJANG: {
    id: `Umpan balik paling banyak ${PANJANG_MAKSIMUM_UMPAN_BALIK} karakter.`,
    en: `Feedback has at most ${PANJANG_MAKSIMUM_UMPAN_BALIK} characters.`,
  },
  HTML: {
    id: 'Umpan balik berupa teks biasa: tanda "<" tidak boleh langsung diikuti huruf (kode HTML).',
    en: 'Feedback is plain text: "<" may not be directly followed by a letter (HTML markup).',
  },
};

function checkTeks(teks: string): string {
  const t = teks.trim();
  const m = periksaTeks(t);
  if (m) throw new AppError('UMPAN_BALIK.TEKS_INVALID', { field: 'teks', masalah: m }, PESAN_TEKS[m]);
  return t;
}

function checkStatus(s: { status: string; revisi: number }) {
  if (!umpanBalikTerbuka(s)) throw new AppError('UMPAN_BALIK.STATUS', { status: s.status });
}

/**
 * The one place the notification texts of feedback are built (id and en), so rendering them in the
 * reader's language later changes one function. `kind` BARU: a new thread; BALASAN: a reply.
 */
export function teksNotifikasiUmpanBalik(
  kind: 'BARU' | 'BALASAN',
  p: { penulis: string; tentang: { id: string; en: string } },
): { id: { judul: string; isi: string }; en: { judul: string; isi: string } } {
  if (kind === 'BARU')
    return {
      id: { judul: `Umpan balik dari ${p.penulis}`, isi: `${p.penulis} memberi umpan balik tentang ${p.tentang.id}.` },
      en: { judul: `Feedback from ${p.penulis}`, isi: `${p.penulis} gave feedback on ${p.tentang.en}.` },
    };
  return {
    id: { judul: `Balasan dari ${p.penulis}`, isi: `${p.penulis} membalas umpan balik tentang ${p.tentang.id}.` },
    en: { judul: `Reply from ${p.penulis}`, isi: `${p.penulis} replied to the feedback on ${p.tentang.en}.` },
  };
}

function tentang(t: { sasaran: string; rhkTeks?: string | null; perilakuKode?: string | null }) {
  if (t.sasaran === 'PERILAKU') {
    const n = BERAKHLAK.find((b) => b.kode === t.perilakuKode);
    return { id: `perilaku ${n?.nama.id ?? t.perilakuKode}`, en: `the value ${n?.nama.en ?? t.perilakuKode}` };
  }
  const rhk = (t.rhkTeks ?? '').slice(0, 80);
  return { id: `RHK "${rhk}"`, en: `the RHK "${rhk}"` };
}

export const tautanUtas = (skpId: string, utasId: string) => `/skp/${skpId}?utas=${utasId}`;

/** Threads of an SKP for whoever may read it, with what the caller may do there now. */
export async function listUmpanBalik(ctx: SkpCtx, instansiId: string, skpId: string, q: TUmpanBalikQuery) {
  const { s, access } = await loadReadableSkp(ctx, instansiId, skpId);
  const open = umpanBalikTerbuka(s);
  const aksi = aksiYangBoleh(access.peranSaya).filter(
    (a) => open || (a !== 'TULIS_UMPAN_BALIK' && a !== 'BALAS_UMPAN_BALIK'),
  );
  return { aksi, utas: await repo.findUtas(ctx.database.db, instansiId, skpId, q) };
}

/** The appraiser (or atasan penilai) starts a thread. */
export async function tulisUmpanBalik(ctx: SkpCtx, instansiId: string, skpId: string, input: TUtasBaru) {
  const { s, access, actor } = await loadReadableSkp(ctx, instansiId, skpId);
  const peran = peranPenulis(access.peranSaya);
  if (!bolehPelaksanaan('TULIS_UMPAN_BALIK', access.peranSaya) || !peran || !actor.pegawaiId)
    throw new AppError('ACCESS.FORBIDDEN');
  checkStatus(s);
  const target = {
    sasaran: input.sasaran,
    rhkId: input.rhkId ?? null,
    ikiId: input.ikiId ?? null,
    perilakuKode: input.perilakuKode ?? null,
    periodeKode: input.periodeKode ?? null,
  };
  const masalah = periksaTarget(target);
  if (masalah) throw new AppError('UMPAN_BALIK.SASARAN_INVALID', { masalah }, PESAN_TARGET[masalah]);
  const teks = checkTeks(input.teks);
  let rhkTeks: string | null = null;
  if (target.rhkId) {
    const rhk = await repo.findRhkLabel(ctx.database.db, instansiId, skpId, target.rhkId, target.ikiId);
    if (!rhk?.ikiOk)
      throw new AppError(
        'UMPAN_BALIK.SASARAN_INVALID',
        { masalah: rhk ? 'IKI_BUKAN_RHK' : 'RHK_BUKAN_SKP' },
        rhk
          ? { id: 'IKI itu bukan bagian dari RHK ini.', en: 'That IKI is not part of this RHK.' }
          : { id: 'RHK itu bukan bagian dari SKP ini.', en: 'That RHK is not part of this SKP.' },
      );
    rhkTeks = rhk.teks;
  }
  const pegawaiId = actor.pegawaiId;
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const row = await repo.insertEntri(kit.tx, {
      instansiId,
      skpId,
      ...target,
      indukId: null,
      penulisPegawaiId: pegawaiId,
      peranPenulis: peran,
      teks,
    });
    await kit.audit({
      action: 'umpanBalik.tulis',
      entity: 'umpan_balik',
      entityId: row.id,
      after: { skpId, ...target, teks },
    });
    const penulis = await repo.namaPegawai(kit.tx, instansiId, pegawaiId);
    await kit.notify(
      notifikasi(
        instansiId,
        'BARU',
        penerimaNotifikasi({ penulisId: pegawaiId, pemilikId: s.pegawaiId, penulisUtas: [] }),
        {
          penulis,
          tentang: tentang({ ...target, rhkTeks }),
          tautan: tautanUtas(skpId, row.id),
        },
      ),
    );
    return { id: row.id, createdAt: row.createdAt.toISOString() };
  });
}

function notifikasi(
  instansiId: string,
  kind: 'BARU' | 'BALASAN',
  penerima: string[],
  p: { penulis: string; tentang: { id: string; en: string }; tautan: string },
): NotifikasiBaru[] {
  const param = teksNotifikasiUmpanBalik(kind, p);
  return penerima.map((pegawaiId) => ({
    instansiId,
    pegawaiId,
    jenis: kind === 'BARU' ? ('UMPAN_BALIK_BARU' as const) : ('UMPAN_BALIK_BALASAN' as const),
    param,
    tautan: p.tautan,
  }));
}

/** The employee or an appraiser replies in a thread. */
export async function balasUmpanBalik(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  utasId: string,
  input: { teks: string },
) {
  const { s, access, actor } = await loadReadableSkp(ctx, instansiId, skpId);
  const peran = peranPenulis(access.peranSaya);
  if (!bolehPelaksanaan('BALAS_UMPAN_BALIK', access.peranSaya) || !peran || !actor.pegawaiId)
    throw new AppError('ACCESS.FORBIDDEN');
  const root = await repo.findRoot(ctx.database.db, instansiId, skpId, utasId);
  if (!root) throw new AppError('NOT_FOUND');
  checkStatus(s);
  const teks = checkTeks(input.teks);
  const pegawaiId = actor.pegawaiId;
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const row = await repo.insertEntri(kit.tx, {
      instansiId,
      skpId,
      sasaran: root.sasaran,
      rhkId: root.rhkId,
      ikiId: root.ikiId,
      perilakuKode: root.perilakuKode,
      periodeKode: root.periodeKode,
      indukId: root.id,
      penulisPegawaiId: pegawaiId,
      peranPenulis: peran,
      teks,
    });
    await kit.audit({
      action: 'umpanBalik.balas',
      entity: 'umpan_balik',
      entityId: row.id,
      after: { skpId, indukId: root.id, teks },
    });
    // The reader acted on the thread: its notifications for them are done.
    await kit.clearNotifications(tautanUtas(skpId, root.id));
    const penulis = await repo.namaPegawai(kit.tx, instansiId, pegawaiId);
    await kit.notify(
      notifikasi(
        instansiId,
        'BALASAN',
        penerimaNotifikasi({ penulisId: pegawaiId, pemilikId: s.pegawaiId, penulisUtas: root.penulis }),
        { penulis, tentang: tentang(root), tautan: tautanUtas(skpId, root.id) },
      ),
    );
    return { id: row.id, createdAt: row.createdAt.toISOString() };
  });
}

/**
 * For the evaluation form (next issue, "Umpan balik berkelanjutan berdasarkan bukti dukung"): the
 * threads of an SKP for a period, grouped per RHK and per BerAKHLAK value. A thread belongs to the
 * period when it names it, or names none and was started inside the period's dates. No
 * authorisation here: the caller (the document use case) has already loaded the SKP for its reader.
 */
export async function umpanBalikUntukPenilaian(
  database: SkpCtx['database'],
  instansiId: string,
  skpId: string,
  periode: { kode: string; mulai: string; selesai: string },
) {
  const utas = await repo.findUtas(database.db, instansiId, skpId, {
    periodeKode: periode.kode as TUmpanBalikQuery['periodeKode'],
    dari: periode.mulai,
    sampai: periode.selesai,
  });
  const perRhk = new Map<string, typeof utas>();
  const perPerilaku = new Map<string, typeof utas>();
  for (const u of [...utas].reverse()) {
    const [map, key] = u.sasaran === 'RHK' ? [perRhk, u.rhkId] : [perPerilaku, u.perilakuKode];
    if (!key) continue;
    map.set(key, [...(map.get(key) ?? []), u]);
  }
  return { perRhk, perPerilaku };
}
