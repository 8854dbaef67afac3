/**
 * Dialog kinerja for the demo government (issue 10 item 7): `generateDialogDemo(database, { instansiId,
 * tahun, seed })` adds, for the year's set SKPs,
 *
 * - a sample across the tenant (about one set SKP in eight): a dialog in most elapsed quarters, with
 *   an agenda linked to an RHK, a BerAKHLAK value and career, notes, development items with a
 *   method from the default list, the previous dialog's items judged (unachieved ones carried over),
 *   a follow-up date and both confirmations; the current quarter's dialog is still scheduled;
 * - for every demo account whose appraiser is also a demo account (staff → appraiser → OPD head),
 *   a dialog in each elapsed quarter (the first a COACHING session with both follow-up formats),
 *   development items judged and carried over, and one dialog scheduled for tomorrow 09:00 WIB with
 *   its reminders not yet sent, so the server's reminder run shows them at once.
 *
 * Rows are written with bulk `INSERT … SELECT FROM unnest` in one transaction, with one audit entry;
 * deterministic for the same (seed, instansi, tahun, today).
 */
import { sql } from 'drizzle-orm';
import { tanggalLokal } from '../../domain/pelaksanaan/dialog.ts';
import { NILAI_BERAKHLAK_KODE } from '../../domain/rules/berakhlak.ts';
import { DEFAULT_METODE_PENGEMBANGAN } from '../../domain/settings.ts';
import { writeAudit } from '../../modules/audit/index.ts';
import { type BulkColumn, bulkInsert, toColumns } from '../bulk.ts';
import type { Database } from '../client.ts';
import { addDays, Rng } from './prng.ts';

export interface DialogDemoOptions {
  instansiId: string;
  tahun: number;
  seed: number | string;
  /** "Now" (default: the real now): dialogs are completed before it and scheduled after it. */
  sekarang?: Date;
}

export interface DialogDemoResult {
  dialog: number;
  agenda: number;
  pengembangan: number;
}

const KOMPETENSI = [
  'Analisis data dan pelaporan',
  'Penyusunan naskah dinas',
  'Pelayanan publik',
  'Pengelolaan keuangan',
  'Komunikasi efektif',
  'Manajemen waktu',
  'Pemanfaatan aplikasi perkantoran',
  'Kepemimpinan tim',
  'Perencanaan program',
  'Pengadaan barang/jasa',
];
const CATATAN_HASIL = [
  'Capaian sesuai rencana; laporan dikirim tepat waktu.',
  'Target kuantitas tertinggal karena data dari bidang lain terlambat; disepakati jadwal koordinasi mingguan.',
  'Kualitas dokumen baik; perlu mempercepat proses verifikasi.',
  'Sebagian kegiatan bergeser ke triwulan berikutnya karena anggaran belum cair.',
];
const CATATAN_PERILAKU = [
  'Kolaborasi dengan seksi lain makin baik.',
  'Perlu lebih proaktif menyampaikan kendala sejak awal.',
  'Pelayanan kepada masyarakat mendapat apresiasi.',
];
const ASPIRASI = [
  ['Mengikuti pelatihan teknis tahun ini', 'Menjadi pejabat fungsional analis dalam tiga tahun'],
  ['Menguasai aplikasi e-Kinerja dan SIPD', 'Naik jenjang jabatan'],
  ['Memperdalam pengelolaan keuangan daerah', 'Memimpin subbagian'],
] as const;
const TEMPAT = ['Ruang rapat bidang', 'Ruang kepala bidang', 'https://meet.example.go.id/dialog-kinerja'];

interface SkpRow {
  id: string;
  pegawaiId: string;
  penilaiPegawaiId: string;
  status: string;
  rhkId: string | null;
}

interface Gen {
  dialog: Array<Record<string, unknown>>;
  agenda: Array<Record<string, unknown>>;
  item: Array<Record<string, unknown>>;
}

const QUARTERS = [
  { kode: 'TW1', bulan: [1, 2, 3] },
  { kode: 'TW2', bulan: [4, 5, 6] },
  { kode: 'TW3', bulan: [7, 8, 9] },
  { kode: 'TW4', bulan: [10, 11, 12] },
];

/** 09:00–14:00 WIB (UTC+7) on a weekday of the month. */
function waktuKerja(rng: Rng, tahun: number, bulan: number): Date {
  for (;;) {
    const hari = rng.int(3, 26);
    const d = new Date(Date.UTC(tahun, bulan - 1, hari, rng.int(2, 7), rng.pick([0, 30])));
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) return d;
  }
}

export async function generateDialogDemo(database: Database, options: DialogDemoOptions): Promise<DialogDemoResult> {
  const { instansiId, tahun } = options;
  const sekarang = options.sekarang ?? new Date();
  const rng = new Rng(`kinerja-demo-dialog|${options.seed}|${instansiId}|${tahun}`);
  const ids = new Rng(`kinerja-demo-dialog-ids|${options.seed}|${instansiId}|${tahun}`);
  const db = database.db;
  const [skps, demo] = await Promise.all([
    db.execute(sql`
      select s.id, s.pegawai_id as "pegawaiId", s.penilai_pegawai_id as "penilaiPegawaiId", s.status,
        (select r.id from rhk r where r.instansi_id = s.instansi_id and r.skp_id = s.id
          order by case when r.jenis = 'UTAMA' then 0 else 1 end, r.urutan limit 1) as "rhkId"
      from skp s
      where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and s.penilai_pegawai_id is not null
        and s.status <> 'DITUTUP'
      order by s.id`),
    db.execute(
      sql`select pegawai_id as "pegawaiId" from akun where instansi_id = ${instansiId} and pegawai_id is not null and is_demo`,
    ),
  ]);
  const rows = skps.rows as unknown as SkpRow[];
  const demoIds = new Set((demo.rows as Array<{ pegawaiId: string }>).map((r) => r.pegawaiId));
  const gen: Gen = { dialog: [], agenda: [], item: [] };
  const hariIni = tanggalLokal(sekarang, 'Asia/Jakarta');
  const besok = addDays(hariIni, 1);
  const metode = DEFAULT_METODE_PENGEMBANGAN.map((m) => m.kode);

  // Quarters that have started by today; the last of them is the current one when today is in the year.
  const mulaiKuartal = (q: (typeof QUARTERS)[number]) => `${tahun}-${String(q.bulan[0]).padStart(2, '0')}-01`;
  const berjalan = QUARTERS.filter((q) => mulaiKuartal(q) <= hariIni);
  const adaSekarang = hariIni.startsWith(`${tahun}-`);

  const addSeries = (s: SkpRow, rich: boolean) => {
    let open: Array<Record<string, unknown>> = [];
    for (const [q, quarter] of berjalan.entries()) {
      const isCurrent = adaSekarang && q === berjalan.length - 1;
      if (!rich && !rng.chance(0.7)) continue;
      // The demo accounts' dialog of the current quarter is tomorrow 09:00 WIB (reminders pending);
      // earlier quarters' dialogs lie before today.
      let jadwal = isCurrent && rich ? new Date(`${besok}T02:00:00Z`) : waktuKerja(rng, tahun, rng.pick(quarter.bulan));
      if (!isCurrent && jadwal.getTime() >= sekarang.getTime()) jadwal = new Date(`${mulaiKuartal(quarter)}T02:00:00Z`);
      const selesai = jadwal.getTime() < sekarang.getTime();
      const dialogId = ids.uuid();
      const jenis = rich && q === 0 ? 'COACHING' : rng.chance(0.15) ? rng.pick(['COACHING', 'MENTORING']) : 'DIALOG';
      const kompetensi = rng.pick(KOMPETENSI);
      const aspirasi = rng.pick(ASPIRASI);
      const perilaku = rng.pick(NILAI_BERAKHLAK_KODE);
      const catatan: Record<string, unknown> = selesai
        ? {
            hasil: rng.pick(CATATAN_HASIL),
            kompetensi: `Perlu penguatan ${kompetensi.toLowerCase()}.`,
            perilaku: rng.pick(CATATAN_PERILAKU),
            aspirasiPendek: aspirasi[0],
            aspirasiMenengah: aspirasi[1],
          }
        : {};
      if (selesai && jenis === 'COACHING' && rich) {
        const waktu = new Date(jadwal.getTime() + 86_400_000).toISOString();
        catatan.umpanBalikPegawai = {
          skor: {
            DIPERHATIKAN: 5,
            DIHARGAI: 4,
            BEBAS_BERPENDAPAT: 5,
            BERDASAR_FAKTA: 4,
            PANDANGAN_POSITIF: 5,
            BERTANYA_BUKAN_MENGGURUI: 4,
            DIBANTU_SOLUSI: 4,
            TAHU_LANGKAH_BERIKUT: 5,
            PAHAM_TUJUAN: 5,
          },
          komentar: 'Sesi membantu menyusun langkah perbaikan.',
          waktu,
        };
        catatan.cekKompetensi = {
          items: [{ kompetensi, skor: 3, alasan: 'Sudah menerapkan sebagian besar langkah yang disepakati.' }],
          waktu,
        };
      }
      gen.dialog.push({
        id: dialogId,
        instansi_id: instansiId,
        skp_id: s.id,
        pegawai_id: s.pegawaiId,
        penilai_pegawai_id: s.penilaiPegawaiId,
        periode_kode: quarter.kode,
        jenis,
        jadwal: jadwal.toISOString(),
        durasi_menit: 60,
        tempat: rng.pick(TEMPAT),
        status: selesai ? 'SELESAI' : 'DIJADWALKAN',
        catatan: JSON.stringify(catatan),
        tindak_lanjut_tanggal: selesai ? addDays(jadwal.toISOString().slice(0, 10), 30) : null,
        dikonfirmasi_pegawai_at:
          selesai && (rich || rng.chance(0.85)) ? new Date(jadwal.getTime() + 7_200_000).toISOString() : null,
        dikonfirmasi_penilai_at: selesai ? new Date(jadwal.getTime() + 3_600_000).toISOString() : null,
        pengingat_h1_at: selesai ? new Date(jadwal.getTime() - 86_400_000).toISOString() : null,
        pengingat_h0_at: selesai ? new Date(jadwal.getTime() - 7_200_000).toISOString() : null,
      });
      type Butir = [string, string | null, string | null, string | null];
      const agenda: Butir[] = [
        ...(s.rhkId ? [['HASIL_KERJA', s.rhkId, null, null] as Butir] : []),
        ...open.map((o): Butir => ['KOMPETENSI', null, null, o.kompetensi as string]),
        ['PERILAKU', null, perilaku, null],
        ['KARIR', null, null, null],
      ];
      for (const [i, [topik, rhkId, perilakuKode, komp]] of agenda.entries())
        gen.agenda.push({
          id: ids.uuid(),
          instansi_id: instansiId,
          dialog_id: dialogId,
          urutan: i + 1,
          topik,
          rhk_id: rhkId,
          perilaku_kode: perilakuKode,
          kompetensi: komp,
          catatan: selesai ? (topik === 'KARIR' ? aspirasi[0] : 'Dibahas bersama.') : null,
        });
      if (!selesai) break;
      // Judge the previous dialog's items; unachieved ones carry over into this dialog.
      const carried: Array<Record<string, unknown>> = [];
      for (const o of open) {
        const tercapai = rng.chance(0.65);
        o.status = tercapai ? 'TERCAPAI' : 'TIDAK_TERCAPAI';
        o.penjelasan = tercapai
          ? 'Sudah dilaksanakan; hasilnya dipakai dalam pekerjaan.'
          : 'Belum terlaksana karena jadwal pelatihan bergeser.';
        o.dinilai_dialog_id = dialogId;
        if (!tercapai)
          carried.push({
            ...o,
            id: ids.uuid(),
            dialog_id: dialogId,
            status: 'DIRENCANAKAN',
            penjelasan: null,
            dinilai_dialog_id: null,
            dibawa_dari_id: o.id,
            target_tanggal: null,
          });
      }
      const baru = Array.from({ length: rich ? 2 : rng.int(0, 2) }, (_, k) => ({
        id: ids.uuid(),
        instansi_id: instansiId,
        pegawai_id: s.pegawaiId,
        dialog_id: dialogId,
        kompetensi: k === 0 ? kompetensi : rng.pick(KOMPETENSI),
        metode_kode: rng.pick(metode),
        rhk_id: k === 0 ? s.rhkId : null,
        perilaku_kode: k === 1 ? perilaku : null,
        target_tanggal: addDays(jadwal.toISOString().slice(0, 10), 60),
        status: 'DIRENCANAKAN',
        penjelasan: null,
        dinilai_dialog_id: null,
        dibawa_dari_id: null,
      }));
      gen.item.push(...open);
      open = [...carried, ...baru];
    }
    gen.item.push(...open);
  };

  for (const s of rows) {
    const rich = demoIds.has(s.pegawaiId) && demoIds.has(s.penilaiPegawaiId);
    // The sample takes set SKPs only (the API schedules on those); the demo chain always gets its own.
    if (rich || (s.status === 'DITETAPKAN' && rng.chance(1 / 8))) addSeries(s, rich);
  }

  const c = (name: string, type: string): BulkColumn => ({ name, type });
  const dialogCols = [
    c('id', 'uuid'),
    c('instansi_id', 'uuid'),
    c('skp_id', 'uuid'),
    c('pegawai_id', 'uuid'),
    c('penilai_pegawai_id', 'uuid'),
    c('periode_kode', 'text'),
    c('jenis', 'text'),
    c('jadwal', 'timestamptz'),
    c('durasi_menit', 'int2'),
    c('tempat', 'text'),
    c('status', 'text'),
    c('catatan', 'jsonb'),
    c('tindak_lanjut_tanggal', 'date'),
    c('dikonfirmasi_pegawai_at', 'timestamptz'),
    c('dikonfirmasi_penilai_at', 'timestamptz'),
    c('pengingat_h1_at', 'timestamptz'),
    c('pengingat_h0_at', 'timestamptz'),
  ];
  const agendaCols = [
    c('id', 'uuid'),
    c('instansi_id', 'uuid'),
    c('dialog_id', 'uuid'),
    c('urutan', 'int4'),
    c('topik', 'text'),
    c('rhk_id', 'uuid'),
    c('perilaku_kode', 'text'),
    c('kompetensi', 'text'),
    c('catatan', 'text'),
  ];
  const itemCols = [
    c('id', 'uuid'),
    c('instansi_id', 'uuid'),
    c('pegawai_id', 'uuid'),
    c('dialog_id', 'uuid'),
    c('kompetensi', 'text'),
    c('metode_kode', 'text'),
    c('rhk_id', 'uuid'),
    c('perilaku_kode', 'text'),
    c('target_tanggal', 'date'),
    c('status', 'text'),
    c('penjelasan', 'text'),
    c('dinilai_dialog_id', 'uuid'),
    c('dibawa_dari_id', 'uuid'),
  ];
  const pick = (cols: BulkColumn[]) => (r: Record<string, unknown>) => cols.map((col) => r[col.name] ?? null);
  await db.transaction(async (tx) => {
    await bulkInsert(tx, 'dialog_kinerja', dialogCols, toColumns(gen.dialog, dialogCols, pick(dialogCols)));
    await bulkInsert(tx, 'dialog_agenda', agendaCols, toColumns(gen.agenda, agendaCols, pick(agendaCols)));
    await bulkInsert(tx, 'rencana_pengembangan', itemCols, toColumns(gen.item, itemCols, pick(itemCols)));
    await writeAudit(tx, {
      instansiId,
      akunId: null,
      actorLabel: 'demo',
      action: 'demo.dialog',
      entity: 'instansi',
      entityId: instansiId,
      after: { tahun, dialog: gen.dialog.length, pengembangan: gen.item.length },
    });
  });
  return { dialog: gen.dialog.length, agenda: gen.agenda.length, pengembangan: gen.item.length };
}
