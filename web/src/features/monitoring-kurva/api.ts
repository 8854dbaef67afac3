/** Types and calls of the Monitoring Kurva API (GET …/evaluasi/monitoring-kurva; docs/evaluasi-monitoring-kurva.md). */
import type { Predikat, Rentang, Teks } from '../../../../src/domain/rules-engine.ts';
import { api, tenant, withQuery } from '../../api/client.ts';

export type Aksi = 'EKSPOR_EVALUASI' | 'LIHAT_KURVA' | 'EKSPOR_KURVA';

export interface KurvaUnit {
  unit: { id: string; kode: string; nama: string; jenis: string };
  predikatOrganisasi: string | null;
  penetapPredikatOrganisasi: string | null;
  n: number;
  dinilai: number;
  belumDinilai: number;
  jumlah: Record<Predikat, number>;
  rentang: Record<Predikat, Rentang> | null;
  sesuai: boolean | null;
  lengkap: boolean;
  pelanggaran: { code: string; message: Teks }[];
  status: Record<string, number>;
  kalibrasi: { status: string; override: boolean; finalAt: string | null } | null;
  aksi: Aksi[];
}

export interface PeriodeKurva {
  kode: string;
  mulai: string;
  selesai: string;
  batasPengisian: string;
  sumberBatas: 'PERIODE' | 'PENGATURAN';
  lewat: boolean;
}

export interface DaftarKurva {
  tahun: number;
  periode: PeriodeKurva;
  units: KurvaUnit[];
  instansi: {
    n: number;
    dinilai: number;
    belumDinilai: number;
    jumlah: Record<Predikat, number>;
    unitSesuai: number;
    unitMelanggar: number;
    unitTanpaPredikatOrganisasi: number;
    unitOverride: number;
  };
  aksi: Aksi[];
}

export interface DetailKurva {
  tahun: number;
  periode: PeriodeKurva;
  kurva: KurvaUnit;
  batasan: { aturan: string; jenis: string; predikat: string[]; jumlah: number; teks: Teks }[];
}

const base = '/evaluasi/monitoring-kurva';

export const getDaftarKurva = (iid: string, tahun: number, periode: string, signal?: AbortSignal) =>
  api<DaftarKurva>(tenant(iid, base), { query: { tahun, periode }, signal });

export const getKurvaUnit = (iid: string, unitId: string, tahun: number, periode: string, signal?: AbortSignal) =>
  api<DetailKurva>(tenant(iid, `${base}/unit/${unitId}`), { query: { tahun, periode }, signal });

export const eksporKurvaUrl = (iid: string, tahun: number, periode: string) =>
  withQuery(tenant(iid, `${base}/ekspor`), { tahun, periode });

export const eksporEvaluasiUrl = (iid: string, tahun: number, periode: string | null, format: 'csv' | 'xlsx') =>
  withQuery(tenant(iid, '/evaluasi/ekspor'), { tahun, periode: periode ?? undefined, format });
