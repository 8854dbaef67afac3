/** Dialog kinerja reads: one dialog, my dialogs and development items, my appraisees', an SKP's, the .ics. */

import { aksiYangBoleh } from '../../domain/pelaksanaan/akses.ts';
import { adalahBimbingan, ikiTertinggal, porsiTahun, tanggalLokal } from '../../domain/pelaksanaan/dialog.ts';
import { buatUndanganIcs } from '../../domain/pelaksanaan/ics.ts';
import { resolveSettings } from '../../domain/settings.ts';
import { authorize } from '../access/index.ts';
import { appraiseesIn, getOrgIndex } from '../org/index.ts';
import { loadReadableSkp } from '../skp/index.ts';
import * as repo from './dialog.repository.ts';
import { toCapaian } from './dialog.service.ts';
import { type DialogCtx, isTerkunci, loadDialog, periodeDariPengaturan, ZONA_INSTANSI } from './dialog-ctx.ts';

const byNama = new Intl.Collator('id');

function ringkas(r: repo.DialogRingkasRow) {
  return {
    id: r.id,
    skpId: r.skpId,
    periodeKode: r.periodeKode,
    jenis: r.jenis,
    jadwal: new Date(r.jadwal).toISOString(),
    durasiMenit: r.durasiMenit,
    tempat: r.tempat,
    status: r.status,
    dikonfirmasiPegawai: !!r.dikonfirmasiPegawaiAt,
    dikonfirmasiPenilai: !!r.dikonfirmasiPenilaiAt,
    pegawai: { id: r.pegawaiId, nama: r.pegawaiNama, nip: r.pegawaiNip },
    penilai: { id: r.penilaiPegawaiId, nama: r.penilaiNama, nip: r.penilaiNip },
  };
}

function withMetode(items: repo.PengembanganJson[], metode: Map<string, string>) {
  return items.map((p) => ({ ...p, metodeNama: metode.get(p.metodeKode) ?? p.metodeKode }));
}

/** What the caller may do on this dialog now: the rule table narrowed by the dialog's state. */
function aksiDialog(
  peran: string[],
  d: { status: string; jenis: string; catatan: Record<string, unknown> } & Parameters<typeof isTerkunci>[0],
) {
  const pegawai = peran.includes('PEMILIK');
  return aksiYangBoleh(peran).filter((a) => {
    if (a === 'KELOLA_DIALOG') return d.status !== 'DIBATALKAN' && !isTerkunci(d);
    if (a === 'KONFIRMASI_DIALOG')
      return d.status === 'SELESAI' && !(pegawai ? d.dikonfirmasiPegawaiAt : d.dikonfirmasiPenilaiAt);
    if (a === 'UMPAN_BALIK_COACHING')
      return adalahBimbingan(d.jenis) && d.status === 'SELESAI' && !d.catatan.umpanBalikPegawai;
    return false;
  });
}

export async function getDetail(ctx: DialogCtx, instansiId: string, dialogId: string) {
  const { d, s, detail, peran } = await loadDialog(ctx, instansiId, dialogId, true);
  if (!detail) throw new Error('loadDialog(lengkap) returns the detail');
  const settings = resolveSettings(detail.settings ?? {});
  const periode = detail.periode ?? periodeDariPengaturan(s.tahun, settings);
  const p = periode.find((x) => x.kode === d.periodeKode);
  const porsi = p ? porsiTahun(p.selesai) : 1;
  const teks = new Map(detail.capaian.map((c) => [c.rhkId, c.rhkTeks]));
  const rhk = toCapaian(detail.capaian, periode, d.periodeKode).map((r) => ({
    id: r.rhkId,
    teks: teks.get(r.rhkId) ?? '',
    tertinggal: r.iki.some((i) => ikiTertinggal(i, porsi)),
  }));
  const metode = settings.pelaksanaan.metodePengembangan;
  const metodeMap = new Map(metode.map((m) => [m.kode, m.nama]));
  const catatan = (d.catatan ?? {}) as Record<string, unknown>;
  return {
    ...ringkas({ ...d, ...detail }),
    version: d.version,
    skpTahun: s.tahun,
    catatan,
    tindakLanjutTanggal: d.tindakLanjutTanggal,
    terkunci: isTerkunci(d),
    agenda: detail.agenda,
    pengembangan: withMetode(detail.pengembangan, metodeMap),
    untukDinilai: withMetode(detail.untukDinilai, metodeMap),
    rhk,
    metode,
    aksi: aksiDialog(peran, { ...d, catatan }),
  };
}

/** My dialogs as the employee, and my development items (open, achieved, carried over). */
export async function listSaya(ctx: DialogCtx, instansiId: string) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const me = ctx.actor.instansiId === instansiId ? ctx.actor.pegawaiId : null;
  if (!me) return { dialog: [], pengembangan: [] };
  const { dialog, pengembangan, settings } = await repo.sayaSekaligus(ctx.database.db, instansiId, me);
  const metode = new Map(resolveSettings(settings ?? {}).pelaksanaan.metodePengembangan.map((m) => [m.kode, m.nama]));
  return { dialog: dialog.map(ringkas), pengembangan: withMetode(pengembangan, metode) };
}

/** The period containing `tanggal` (a periodic one before AKHIR), else the last. */
function periodeSekarang(periode: Array<{ kode: string; mulai: string; selesai: string }>, tanggal: string) {
  const periodik = periode.filter((p) => p.kode !== 'AKHIR');
  return (
    periodik.find((p) => p.mulai <= tanggal && tanggal <= p.selesai) ??
    periode.find((p) => p.kode === 'AKHIR') ??
    periode[periode.length - 1]
  );
}

/**
 * The appraiser's subordinates with their SKP of the year and their dialogs in the period, so
 * "who has none yet" is visible (issue 10 item 7: at least once a period).
 */
export async function listBawahan(ctx: DialogCtx, instansiId: string, q: { tahun?: number; periodeKode?: string }) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const hariIni = tanggalLokal(ctx.sekarang ?? new Date(), ZONA_INSTANSI);
  const tahun = q.tahun ?? Number(hariIni.slice(0, 4));
  const me = ctx.actor.instansiId === instansiId ? ctx.actor.pegawaiId : null;
  const entry = me ? await getOrgIndex(ctx.database, instansiId, ctx.tanggal) : null;
  const ids = entry && me ? appraiseesIn(entry, me) : [];
  const data = await repo.bawahanSekaligus(ctx.database.db, instansiId, ids, tahun);
  const periode = data.periode ?? periodeDariPengaturan(tahun, resolveSettings(data.settings ?? {}));
  const kode =
    q.periodeKode ??
    periodeSekarang(periode, hariIni.startsWith(`${tahun}-`) ? hariIni : `${tahun}-12-31`)?.kode ??
    'AKHIR';
  const out = {
    tahun,
    periodeKode: kode,
    periode: periode.map((p) => ({ kode: p.kode, mulai: p.mulai, selesai: p.selesai })),
    items: [] as Array<{
      pegawai: { id: string; nama: string; nip: string; jabatanNama: string | null };
      skpId: string | null;
      dialog: ReturnType<typeof ringkas>[];
    }>,
  };
  if (!ids.length) return out;
  const skps = data.skp;
  const dialog = data.dialog.filter((d) => d.periodeKode === kode);
  const skpOf = new Map(skps.map((s) => [s.pegawaiId, s.id]));
  const org = entry?.index;
  out.items = ids
    .map((id) => {
      const p = org?.org.pegawai.get(id);
      const jabId = org?.definitiveByPegawai.get(id);
      return {
        pegawai: {
          id,
          nama: p?.nama ?? '',
          nip: p?.nip ?? '',
          jabatanNama: (jabId && org?.org.jabatan.get(jabId)?.nama) || null,
        },
        skpId: skpOf.get(id) ?? null,
        dialog: dialog.filter((d) => d.pegawaiId === id && d.status !== 'DIBATALKAN').map(ringkas),
      };
    })
    .sort((a, b) => byNama.compare(a.pegawai.nama, b.pegawai.nama));
  return out;
}

/** The dialogs of one SKP (for whoever may read the SKP: owner, appraiser, atasan, admins, auditor). */
export async function listSkp(ctx: DialogCtx, instansiId: string, skpId: string) {
  const { access } = await loadReadableSkp(ctx, instansiId, skpId);
  const dialog = await repo.listDialog(ctx.database.db, instansiId, { skpId });
  return { aksi: aksiYangBoleh(access.peranSaya).filter((a) => a === 'KELOLA_DIALOG'), dialog: dialog.map(ringkas) };
}

/** The calendar invitation: same UID for the dialog's life, SEQUENCE = its version. */
export async function undangan(ctx: DialogCtx, instansiId: string, dialogId: string) {
  const { d } = await loadDialog(ctx, instansiId, dialogId);
  const names = await repo.orang(ctx.database.db, [d.pegawaiId, d.penilaiPegawaiId]);
  const pegawai = names.get(d.pegawaiId);
  const penilai = names.get(d.penilaiPegawaiId);
  const jenis: Record<string, string> = {
    DIALOG: 'Dialog kinerja',
    COACHING: 'Coaching',
    MENTORING: 'Mentoring',
    KONSELING: 'Konseling kinerja',
  };
  return buatUndanganIcs({
    uid: `dialog-${d.id}@kinerja`,
    sequence: d.version,
    dtstamp: d.updatedAt,
    mulai: d.jadwal,
    selesai: new Date(d.jadwal.getTime() + d.durasiMenit * 60_000),
    summary: `${jenis[d.jenis] ?? 'Dialog kinerja'} ${d.periodeKode}: ${pegawai?.nama ?? ''} — ${penilai?.nama ?? ''}`,
    location: d.tempat,
    organizer: penilai ? { nama: penilai.nama, email: penilai.email } : undefined,
    attendees: pegawai ? [{ nama: pegawai.nama, email: pegawai.email }] : [],
    status: d.status === 'DIBATALKAN' ? 'CANCELLED' : 'CONFIRMED',
  });
}
