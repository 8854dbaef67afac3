/** Calibration board queries and mutations (API: docs/evaluasi-kalibrasi.md). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Predikat, Rating, Rentang, Teks } from '../../../../src/domain/rules-engine.ts';
import { api, tenant } from '../../api/client.ts';
import { useInstansiId } from '../../auth/session.tsx';

export const PERIODE_KALIBRASI = ['AKHIR', 'TW1', 'TW2', 'TW3', 'TW4'] as const;

export interface EvaluasiPapan {
  id: string;
  version: number;
  pegawaiId: string;
  nip: string;
  nama: string;
  jabatan: string | null;
  penilaiPegawaiId: string | null;
  penilaiNama: string | null;
  ratingHasilKerja: Rating | null;
  ratingHasilKerjaSumber: string | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  predikatUsulan: Predikat | null;
  status: string;
  batasKeberatan: string | null;
}

export interface Pelanggaran {
  aturan: string;
  code: string;
  predikat: Predikat[];
  jumlah: number;
  batas: number;
  selisih: number;
  arah: 'KELUAR' | 'MASUK';
  teks: Teks;
  rinci: Teks;
}

export interface Papan {
  unit: { id: string; kode: string; nama: string };
  tahun: number;
  periodeKode: string;
  kalibrasi: {
    id: string | null;
    status: 'TERBUKA' | 'FINAL';
    hasil: unknown;
    override: boolean;
    overrideAlasan: string | null;
    finalAt: string | null;
    finalOlehNama: string | null;
    version: number;
  };
  predikatOrganisasi: { predikat: string; penetapNama: string; penetapJabatan: string | null } | null;
  evaluasi: EvaluasiPapan[];
  cek: {
    predikatOrganisasi: string | null;
    nTotal: number;
    nDinilai: number;
    belumDinilai: number;
    lengkap: boolean;
    jumlah: Record<Predikat, number>;
    rentang: Record<Predikat, Rentang> | null;
    sesuai: boolean | null;
    pelanggaran: Pelanggaran[];
    peringatan: Teks[];
    perbaikan: Array<{ dari: Predikat; ke: Predikat; jumlah: number; teks: Teks }>;
    perluOverride: boolean;
    ringkasan: Teks;
  };
  perubahan: Array<{
    id: string;
    evaluasiId: string;
    pegawaiNama: string | null;
    dari: { predikat: Predikat | null };
    ke: { predikat: Predikat };
    alasan: string;
    olehNama: string;
    createdAt: string;
  }>;
  peran: string[];
  aksi: Array<'LIHAT' | 'UBAH' | 'FINALKAN' | 'BUKA_KEMBALI'>;
}

export interface KunciPapan {
  unitId: string;
  tahun: number;
  periodeKode: string;
}

const path = (k: KunciPapan) => `/kalibrasi/${k.unitId}/${k.tahun}/${k.periodeKode}`;
const key = (iid: string, k: KunciPapan) => ['instansi', iid, 'kalibrasi', k.unitId, k.tahun, k.periodeKode] as const;

/** The board's query (also started by route-data.ts beside the page's chunk on a first visit). */
export function papanQuery(iid: string, k: KunciPapan) {
  return {
    queryKey: key(iid, k),
    queryFn: ({ signal }: { signal?: AbortSignal }) => api<Papan>(tenant(iid, path(k)), { signal }),
    retry: false,
  };
}

/** The board named by a /kalibrasi URL's query (the page's defaults: this year, AKHIR). */
export function kunciDariUrl(search: URLSearchParams): KunciPapan | null {
  const unitId = search.get('unit');
  if (!unitId) return null;
  return {
    unitId,
    tahun: Number(search.get('tahun')) || new Date().getFullYear(),
    periodeKode: search.get('periode') ?? 'AKHIR',
  };
}

export function usePapan(k: KunciPapan | null) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: k ? key(iid, k) : ['instansi', iid, 'kalibrasi', 'none'],
    queryFn: ({ signal }) => api<Papan>(tenant(iid, path(k as KunciPapan)), { signal }),
    enabled: !!k,
    retry: false,
  });
}

function useTulis<TIn>(k: KunciPapan, fn: (base: string, input: TIn) => Promise<unknown>) {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: TIn) => fn(tenant(iid, path(k)), input),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(iid, k) }),
  });
}

export function useUbah(k: KunciPapan) {
  return useTulis(
    k,
    (
      base,
      b: { evaluasiId: string; ratingHasilKerja?: Rating; ratingPerilaku: Rating; alasan: string; version: number },
    ) => {
      const { evaluasiId, ...body } = b;
      return api(`${base}/evaluasi/${evaluasiId}`, { method: 'PATCH', body });
    },
  );
}

export function useFinalkan(k: KunciPapan) {
  return useTulis(k, (base, body: { override?: boolean; alasan?: string; version: number }) =>
    api(`${base}/final`, { method: 'POST', body }),
  );
}

export function useBukaKembali(k: KunciPapan) {
  return useTulis(k, (base, body: { alasan: string; version: number }) =>
    api(`${base}/buka`, { method: 'POST', body }),
  );
}
