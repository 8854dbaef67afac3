/** The keberatan reads: the filing view of an evaluation, a case, and the lists (one statement each). */
import type { z } from 'zod';
import { periksaPengajuan, sisaHari, statusEfektifEvaluasi } from '../../domain/evaluasi/keberatan.ts';
import type { PeranKeberatan } from '../../domain/evaluasi/keberatan-akses.ts';
import { AppError } from '../../http/errors.ts';
import { can } from '../access/index.ts';
import * as repo from './keberatan.repository.ts';
import type { ZDaftarQuery } from './keberatan.schema.ts';
import {
  batasDari,
  evaluasiView,
  hariIni,
  isTenantAdmin,
  type KebCtx,
  kasusView,
  requireMember,
  requirePeran,
  resolveTujuan,
  settingsOf,
  tujuanView,
} from './keberatan-ctx.ts';

/**
 * The keberatan side of one evaluation: the window (last day, days left), whom a filing goes to,
 * whether the caller may file now and, if not, why (the API's own refusal), and the case if filed.
 */
export async function infoPengajuan(ctx: KebCtx, instansiId: string, evaluasiId: string) {
  const actor = requireMember(ctx, instansiId);
  const k = await repo.bacaKasus(ctx.database.db, instansiId, { evaluasiId });
  const peran = requirePeran(k, actor);
  const row = k as NonNullable<typeof k>;
  const today = hariIni(ctx);
  const s = settingsOf(row);
  const batas = batasDari(row, s);
  const kasus = kasusView(row, peran, today, batas);
  // The hierarchy is asked only while a filing is still possible and the case does not exist.
  const efektif = statusEfektifEvaluasi(row.evaluasi.status, batas, today);
  const tujuan = !row.keberatan && efektif === 'DITERIMA' ? await resolveTujuan(ctx, row, batas) : null;
  const cek = periksaPengajuan({
    statusEvaluasi: row.evaluasi.status,
    batas,
    hariIni: today,
    sudahAda: row.keberatan ? { status: row.keberatan.status, diajukan: row.keberatan.diajukanAt.slice(0, 10) } : null,
    tujuan: tujuan ?? { ok: false, code: 'KEBERATAN.NO_ATASAN', message: { id: '', en: '' } },
    kepada: null,
  });
  const penolakan = cek.ok ? null : { code: cek.code, message: cek.message };
  return {
    evaluasi: evaluasiView(row, today, batas),
    jendela: { jumlahHari: s.keberatan.jumlahHari, jenisHari: s.keberatan.jenisHari },
    sisaHari: batas ? sisaHari(batas, today) : null,
    tujuan: tujuan?.ok ? tujuanView(tujuan.tujuan) : null,
    bolehAjukan: cek.ok && peran.includes('PEMILIK'),
    penolakan,
    keberatan: kasus,
    peranSaya: peran,
  };
}

export async function detail(ctx: KebCtx, instansiId: string, keberatanId: string) {
  const actor = requireMember(ctx, instansiId);
  const k = await repo.bacaKasus(ctx.database.db, instansiId, { keberatanId });
  const peran = requirePeran(k, actor);
  const row = k as NonNullable<typeof k>;
  const today = hariIni(ctx);
  return kasusView(row, peran, today, batasDari(row, settingsOf(row))) as NonNullable<ReturnType<typeof kasusView>>;
}

function ringkas(r: repo.RingkasRow, peranSaya: PeranKeberatan[]) {
  return {
    id: r.id,
    evaluasiId: r.evaluasiId,
    status: r.status as 'DIAJUKAN',
    tahun: r.tahun,
    periodeKode: r.periodeKode,
    pegawai: { id: r.pegawaiId, nama: r.pegawaiNama, nip: r.pegawaiNip },
    penilai: { id: r.penilaiPegawaiId, nama: r.penilaiNama },
    atasan: { id: r.atasanPegawaiId, nama: r.atasanNama },
    diajukanAt: r.diajukanAt,
    adaPenjelasanPenilai: r.adaPenjelasanPenilai,
    adaPenjelasanPegawai: r.adaPenjelasanPegawai,
    keputusan: r.keputusan as 'TETAP' | null,
    predikat: r.predikat,
    peranSaya,
  };
}

/**
 * The inbox: cases addressed to the caller as atasan, and cases on evaluations the caller set as
 * appraiser (to give their explanation); a tenant admin also gets those addressed to the regional head.
 */
export async function masuk(ctx: KebCtx, instansiId: string, q: z.infer<typeof ZDaftarQuery>) {
  const actor = requireMember(ctx, instansiId);
  const saya = actor.instansiId === instansiId ? actor.pegawaiId : null;
  const admin = isTenantAdmin(actor, instansiId);
  const rows = await repo.daftarKasus(ctx.database.db, instansiId, {
    orang: saya,
    kePimpinan: admin,
    status: q.status,
    tahun: q.tahun,
  });
  return {
    items: rows.map((r) => {
      const peran: PeranKeberatan[] = [];
      if (r.atasanPegawaiId ? r.atasanPegawaiId === saya : admin) peran.push('ATASAN');
      if (saya && r.penilaiPegawaiId === saya) peran.push('PENILAI');
      return ringkas(r, peran);
    }),
  };
}

/** Every case of the tenant for its administrators and the auditor; a unit admin sees their subtree. */
export async function daftarInstansi(ctx: KebCtx, instansiId: string, q: z.infer<typeof ZDaftarQuery>) {
  const actor = requireMember(ctx, instansiId);
  const semua = can(actor, 'audit.read', { instansiId }) || actor.roles.some((r) => r.peran === 'SUPER_ADMIN');
  const paths = actor.roles
    .filter((r) => r.peran === 'ADMIN_UNIT' && r.instansiId === instansiId && r.unitPath)
    .map((r) => r.unitPath as string);
  if (!semua && !paths.length) throw new AppError('ACCESS.FORBIDDEN');
  const rows = await repo.daftarKasus(ctx.database.db, instansiId, {
    subtrees: semua ? undefined : paths,
    status: q.status,
    tahun: q.tahun,
  });
  return {
    items: rows.map((r) => {
      const target = { instansiId, pegawaiId: null, unitPath: r.unitPath };
      return ringkas(r, [can(actor, 'skp.manage', target) ? 'ADMIN' : 'PEMBACA']);
    }),
  };
}

/** The caller's own evaluations a keberatan concerns, with the last day and days left. */
export async function saya(ctx: KebCtx, instansiId: string) {
  const actor = requireMember(ctx, instansiId);
  if (!actor.pegawaiId || actor.instansiId !== instansiId) return { items: [] };
  const today = hariIni(ctx);
  const rows = await repo.evaluasiSaya(ctx.database.db, instansiId, actor.pegawaiId);
  return {
    items: rows.map((r) => ({
      ...r,
      status: statusEfektifEvaluasi(r.status, r.batasKeberatan, today),
      sisaHari: r.batasKeberatan ? sisaHari(r.batasKeberatan, today) : null,
      keberatanStatus: r.keberatanStatus as 'DIAJUKAN' | null,
    })),
  };
}
