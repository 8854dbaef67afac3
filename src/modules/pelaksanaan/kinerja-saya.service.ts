/**
 * The reads of the "Kinerja Saya" screen (issue 10 item 8): one SKP × period with everything on it
 * (one SQL statement besides the session), and the caller's SKPs of a year with their periods and
 * what is due by when.
 */
import { aksiYangBoleh } from '../../domain/pelaksanaan/akses.ts';
import { periodeJatuhTempo, periodeUtama, progresIki, rangkumProgres } from '../../domain/pelaksanaan/pengisian.ts';
import { resolveSettings } from '../../domain/settings.ts';
import { AppError } from '../../http/errors.ts';
import { authorize, isMemberOf, requireActor } from '../access/index.ts';
import { type SkpCtx, skpAccess } from '../skp/index.ts';
import * as repo from './pelaksanaan.repository.ts';
import type { TPelaksanaan, TPelaksanaanSaya } from './pelaksanaan.schema.ts';
import { bacaPelaksanaan, periodeSkp } from './pelaksanaan-read.repository.ts';
import { periodeTidakAda, statusOf } from './pengisian.ts';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The screen for one period. Without `kode` the period is the one the screen opens on
 * (periodeUtama), which costs one small read of the year's periods first (a key lookup).
 */
export async function bacaKinerja(
  ctx: SkpCtx,
  instansiId: string,
  skpId: string,
  kode: string | undefined,
): Promise<TPelaksanaan> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  if (!isMemberOf(actor, instansiId)) throw new AppError('ACCESS.DENIED');
  let periodeKode = kode;
  if (!periodeKode) {
    const periode = await periodeSkp(ctx.database.db, { instansiId, skpId });
    periodeKode = periodeUtama(periode ?? [], today())?.kode ?? 'AKHIR';
  }
  const row = await bacaPelaksanaan(ctx.database.db, {
    instansiId,
    skpId,
    kode: periodeKode,
    saya: actor.instansiId === instansiId ? actor.pegawaiId : null,
  });
  if (!row) throw new AppError('ACCESS.DENIED');
  const access = await skpAccess(ctx, row.s, { unitPath: row.unitPath, orgVersion: row.orgVersion });
  authorize(actor, 'skp.read', access.target);
  const list = row.periode ?? [];
  const p = list.find((x) => x.kode === periodeKode);
  if (!p) throw periodeTidakAda(periodeKode, row.s.tahun);
  const state = row.skpPeriode.find((x) => x.kode === periodeKode);
  return {
    skp: {
      id: row.s.id,
      tahun: row.s.tahun,
      status: row.s.status,
      pendekatan: row.s.pendekatan,
      mulai: row.s.mulai,
      selesai: row.s.selesai,
      pegawai: row.pegawai,
    },
    periode: p,
    daftarPeriode: list,
    pengisian: statusOf(row.s, p, row.skpPeriode),
    dibukaAlasan: state?.dibukaAlasan ?? null,
    rencanaAksiWajib: resolveSettings(row.settings ?? {}).pelaksanaan.rencanaAksiWajib,
    peranSaya: access.peranSaya,
    aksi: aksiYangBoleh(access.peranSaya),
    rhk: row.rhk.map((r) => ({
      id: r.id,
      jenis: r.jenis,
      teks: r.teks,
      iki: r.iki.map((k) => ({
        ...k,
        realisasi: k.realisasi,
        progres: progresIki(k, k.realisasi),
      })),
      rencanaAksi: r.rencanaAksi,
      progresHarian: r.progresHarian,
      drafCatatan: rangkumProgres(r.progresHarian),
    })),
    umpanBalik: row.umpanBalik,
  };
}

/** The caller's SKPs of a year (default: this year) with their periods' entry state and what is due. */
export async function kinerjaSaya(ctx: SkpCtx, instansiId: string, tahun?: number): Promise<TPelaksanaanSaya> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  if (!isMemberOf(actor, instansiId)) throw new AppError('ACCESS.DENIED');
  const tanggal = today();
  // A super admin (no pegawai of this tenant) has no SKP here.
  const pegawaiId = actor.instansiId === instansiId ? actor.pegawaiId : null;
  if (!pegawaiId) return { tanggal, skp: [], jatuhTempo: [] };
  const rows = await repo.skpSaya(ctx.database.db, instansiId, pegawaiId, tahun ?? Number(tanggal.slice(0, 4)));
  const now = new Date();
  const skp = rows.map((r) => {
    const periode = ((r.periode ?? []) as TPelaksanaanSaya['skp'][number]['periode']).map((p) => ({
      kode: p.kode,
      mulai: p.mulai,
      selesai: p.selesai,
      batasPengisian: p.batasPengisian,
      pengisian: statusOf(r, p, r.state, now),
    }));
    return { r, periode };
  });
  const jatuhTempo = skp.flatMap(({ r, periode }) =>
    periodeJatuhTempo(periode, tanggal)
      .filter((p) => p.pengisian.terbuka || p.pengisian.alasan === 'DIBUKA_KEMBALI')
      .map((p) => ({
        skpId: r.id,
        periode: p.kode,
        batas: p.pengisian.batas,
        terbuka: p.pengisian.terbuka,
        alasan: p.pengisian.alasan,
        ikiTotal: r.ikiTotal,
        ikiTerisi: r.terisi[p.kode] ?? 0,
      })),
  );
  // Reopened periods past their deadline are due too (until the reopening ends).
  for (const { r, periode } of skp) {
    for (const p of periode) {
      if (p.pengisian.alasan === 'DIBUKA_KEMBALI' && !jatuhTempo.some((j) => j.skpId === r.id && j.periode === p.kode))
        jatuhTempo.push({
          skpId: r.id,
          periode: p.kode,
          batas: p.pengisian.batas,
          terbuka: true,
          alasan: p.pengisian.alasan,
          ikiTotal: r.ikiTotal,
          ikiTerisi: r.terisi[p.kode] ?? 0,
        });
    }
  }
  jatuhTempo.sort((a, b) => a.batas.localeCompare(b.batas));
  return {
    tanggal,
    skp: skp.map(({ r, periode }) => ({
      id: r.id,
      tahun: r.tahun,
      status: r.status,
      mulai: r.mulai,
      selesai: r.selesai,
      jabatan: r.jabatan,
      periode,
      periodeUtama: periodeUtama(periode, tanggal)?.kode ?? null,
      rhk: r.rhk,
    })),
    jatuhTempo,
  };
}
