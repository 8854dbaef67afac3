/**
 * Keberatan fixtures: evaluations inserted directly (the evaluation module is another part of
 * issue 11) in the states a keberatan needs, on set SKPs of test/factories.ts buildOrg's people:
 * staf (appraiser kasi, atasan kabid), kasi (appraiser kabid, atasan kadis), kabid (appraiser kadis,
 * atasan the regional head), kadis (appraised by the regional head: no atasan).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../src/db/client.ts';
import { evaluasi, keberatan } from '../src/db/schema-evaluasi.ts';
import { skp } from '../src/db/schema-skp.ts';
import { addDays } from '../src/domain/calendar.ts';
import { hariIniDi } from '../src/domain/evaluasi/keberatan.ts';
import type { buildOrg } from './factories.ts';

type Org = Awaited<ReturnType<typeof buildOrg>>;
type Orang = 'staf' | 'kasi' | 'kabid' | 'kadis' | 'guru';

const UNIT: Record<Orang, 'seksi' | 'bidang' | 'dinas' | 'sekolah'> = {
  staf: 'seksi',
  kasi: 'seksi',
  kabid: 'bidang',
  kadis: 'dinas',
  guru: 'sekolah',
};
const PENILAI: Record<Orang, 'kasi' | 'kabid' | 'kadis' | 'kepsek' | null> = {
  staf: 'kasi',
  kasi: 'kabid',
  kabid: 'kadis',
  kadis: null,
  guru: 'kepsek',
};

const JABATAN_NAMA: Record<Orang, string> = {
  staf: 'Pengadministrasi Umum',
  kasi: 'Kepala Seksi Kurikulum',
  kabid: 'Kepala Bidang SD',
  kadis: 'Kepala Dinas Pendidikan',
  guru: 'Guru Ahli Pertama',
};

export const hariIni = () => hariIniDi(new Date());

let periodeSeq = 0;

/** A set SKP of `orang` for `tahun` (inserted directly). */
export async function skpTetap(database: Database, org: Org, orang: Orang, tahun = 2024) {
  const [row] = await database.db
    .insert(skp)
    .values({
      instansiId: org.instansi.id,
      periodeId: randomUUID(),
      tahun,
      pegawaiId: org.pegawai[orang].id,
      unitId: org.units[UNIT[orang]].id,
      penilaiPegawaiId: PENILAI[orang] ? org.pegawai[PENILAI[orang]].id : null,
      mulai: `${tahun}-01-01`,
      selesai: `${tahun}-12-31`,
      pendekatan: 'KUANTITATIF',
      jenisForm: 'JA_JF',
      status: 'DITETAPKAN',
      revisi: 1,
      // The names an SKP list shows (skp.schema.ts ZSkpRingkas reads them from the snapshot).
      snapshot: {
        pegawai: { nama: org.pegawai[orang].nama },
        jabatan: { nama: JABATAN_NAMA[orang] },
        unit: { nama: org.units[UNIT[orang]].nama },
        penilai: PENILAI[orang] ? { nama: org.pegawai[PENILAI[orang]].nama } : null,
        atasanPenilai: null,
      },
    })
    .returning();
  return row;
}

export interface EvaluasiOpsi {
  status?: 'DRAFT' | 'DITETAPKAN' | 'DITERIMA' | 'KEBERATAN' | 'FINAL';
  /** Days from today to the last day of the window (negative: passed). */
  sisa?: number;
  periodeKode?: string;
  ratingHasilKerja?: string;
  ratingPerilaku?: string;
  predikat?: string;
  tahun?: number;
}

/** An evaluation of `orang` (default: received, 10 days left, SESUAI/SESUAI = BAIK). */
export async function buatEvaluasi(database: Database, org: Org, orang: Orang, o: EvaluasiOpsi = {}) {
  const s = await skpTetap(database, org, orang, o.tahun);
  const status = o.status ?? 'DITERIMA';
  const diterima = status === 'DITERIMA' || status === 'KEBERATAN' || status === 'FINAL';
  const batas = diterima ? addDays(hariIni(), o.sisa ?? 10) : null;
  const [row] = await database.db
    .insert(evaluasi)
    .values({
      instansiId: org.instansi.id,
      skpId: s.id,
      pegawaiId: org.pegawai[orang].id,
      tahun: s.tahun,
      periodeKode: o.periodeKode ?? `TW${(periodeSeq++ % 4) + 1}`,
      unitPenilaianId: org.units.dinas.id,
      penilaiPegawaiId: s.penilaiPegawaiId,
      status,
      ratingHasilKerja: o.ratingHasilKerja ?? 'SESUAI',
      ratingPerilaku: o.ratingPerilaku ?? 'SESUAI',
      ratingHasilKerjaSumber: 'PENILAI',
      predikat: o.predikat ?? 'BAIK',
      predikatUsulan: o.predikat ?? 'BAIK',
      versi: 1,
      ditetapkanAt: status === 'DRAFT' ? null : new Date(),
      diterimaAt: diterima && batas ? new Date(`${addDays(batas, -14)}T03:00:00Z`) : null,
      batasKeberatan: batas,
    })
    .returning();
  return row;
}

/** A keberatan inserted directly in a given state (for the authorisation matrix). */
export async function buatKeberatan(
  database: Database,
  org: Org,
  e: { id: string; pegawaiId: string },
  o: { atasan: 'kabid' | 'kasi' | 'kadis' | null; status?: 'DIAJUKAN' | 'DIPERIKSA'; penjelasan?: boolean },
) {
  const [row] = await database.db
    .insert(keberatan)
    .values({
      instansiId: org.instansi.id,
      evaluasiId: e.id,
      pegawaiId: e.pegawaiId,
      atasanPegawaiId: o.atasan ? org.pegawai[o.atasan].id : null,
      status: o.status ?? 'DIAJUKAN',
      alasan: 'Hasil kerja saya melampaui target triwulan ini.',
      penjelasanPenilai: o.penjelasan ? 'Target tercapai tetapi terlambat.' : null,
      penjelasanPenilaiAt: o.penjelasan ? new Date() : null,
    })
    .returning();
  return row;
}

/**
 * The rows the authorisation matrix needs. In buildOrg the matrix's pegawai is the staf and its
 * pejabatPenilai the kasi; the kasi is atasan of nobody, so every case here is the staf's with the
 * kabid as atasan (no matrix role decides: the atasan path is covered in keberatan.db.test.ts), and
 * one addressed to the regional head, which the tenant admin decides on the head's behalf.
 */
export async function buildKeberatanFixture(database: Database, org: Org) {
  const terima = await buatEvaluasi(database, org, 'staf', { tahun: 2023 });
  const kasus = async (o: Parameters<typeof buatKeberatan>[3] & { atasan: 'kabid' | null }) => {
    const e = await buatEvaluasi(database, org, 'staf', { status: 'KEBERATAN', tahun: 2023 });
    return (await buatKeberatan(database, org, e, o)).id;
  };
  return {
    evaluasiId: terima.id,
    evaluasiVersion: terima.version,
    kabidId: org.pegawai.kabid.id,
    baca: await kasus({ atasan: 'kabid' }),
    penjelasanPenilai: await kasus({ atasan: 'kabid' }),
    penjelasanPegawai: await kasus({ atasan: 'kabid' }),
    putuskan: await kasus({ atasan: 'kabid', status: 'DIPERIKSA', penjelasan: true }),
    putuskanPimpinan: await kasus({ atasan: null, status: 'DIPERIKSA', penjelasan: true }),
  };
}

export type KeberatanFixture = Awaited<ReturnType<typeof buildKeberatanFixture>>;
