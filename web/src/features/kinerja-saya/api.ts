/**
 * Queries and mutations of the execution screens (docs/pelaksanaan-realisasi.md). Types mirror the
 * API's zod schemas (src/modules/pelaksanaan/pelaksanaan.schema.ts).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, tenant } from '../../api/client.ts';
import { useInstansiId } from '../../auth/session.tsx';

export type AlasanPengisian =
  | 'TERBUKA'
  | 'DIBUKA_KEMBALI'
  | 'BELUM_MULAI'
  | 'LEWAT_BATAS'
  | 'DINILAI'
  | 'SKP_BELUM_DITETAPKAN'
  | 'DI_LUAR_MASA_SKP';

export interface StatusPengisian {
  terbuka: boolean;
  alasan: AlasanPengisian;
  batas: string;
  dibukaSampai: string | null;
}

export interface PeriodeInfo {
  kode: string;
  mulai: string;
  selesai: string;
  batasPengisian: string;
}

export interface BuktiRingkas {
  id: string;
  judul: string;
  jenis: string;
  tanggal: string;
  mime: string | null;
  ukuran: number | null;
  namaBerkas: string | null;
  url: string | null;
}

export interface UmpanBalikRingkas {
  sasaran: string;
  rhkId: string | null;
  ikiId: string | null;
  perilakuKode: string | null;
  jumlah: number;
  utas: number;
  belumDijawabSaya: number;
  terakhir: { teks: string; peranPenulis: string; createdAt: string } | null;
}

export interface Realisasi {
  id: string;
  nilai: number | null;
  teks: string | null;
  catatan: string | null;
  version: number;
  updatedAt: string;
}

export interface IkiPelaksanaan {
  id: string;
  aspek: string;
  indikator: string;
  targetNilai: number | null;
  targetSatuan: string | null;
  targetTeks: string | null;
  realisasi: Realisasi | null;
  progres: { jenis: 'KUANTITATIF'; persen: number | null } | { jenis: 'KUALITATIF'; terisi: boolean };
  bukti: BuktiRingkas[];
}

export interface RencanaAksi {
  id: string;
  urutan: number;
  teks: string;
  targetNilai: number | null;
  targetSatuan: string | null;
  targetTeks: string | null;
  version: number;
}

export interface ProgresHarian {
  id: string;
  tanggal: string;
  teks: string;
  buktiId: string | null;
  version: number;
}

export interface RhkPelaksanaan {
  id: string;
  jenis: string;
  teks: string;
  iki: IkiPelaksanaan[];
  rencanaAksi: RencanaAksi[];
  progresHarian: ProgresHarian[];
  drafCatatan: string;
}

export interface Pelaksanaan {
  skp: {
    id: string;
    tahun: number;
    status: string;
    pendekatan: string;
    mulai: string;
    selesai: string;
    pegawai: { id: string; nama: string; nip: string };
  };
  periode: PeriodeInfo;
  daftarPeriode: PeriodeInfo[];
  pengisian: StatusPengisian;
  dibukaAlasan: string | null;
  rencanaAksiWajib: boolean;
  peranSaya: string[];
  aksi: string[];
  rhk: RhkPelaksanaan[];
  umpanBalik: UmpanBalikRingkas[];
}

export interface PelaksanaanSaya {
  tanggal: string;
  skp: Array<{
    id: string;
    tahun: number;
    status: string;
    mulai: string;
    selesai: string;
    jabatan: string | null;
    periode: Array<PeriodeInfo & { pengisian: StatusPengisian }>;
    periodeUtama: string | null;
    rhk: Array<{ id: string; teks: string }>;
  }>;
  jatuhTempo: Array<{
    skpId: string;
    periode: string;
    batas: string;
    terbuka: boolean;
    alasan: string;
    ikiTotal: number;
    ikiTerisi: number;
  }>;
}

export const pelaksanaanKeys = {
  all: (iid: string) => ['instansi', iid, 'pelaksanaan'] as const,
  saya: (iid: string) => ['instansi', iid, 'pelaksanaan', 'saya'] as const,
  baca: (iid: string, skpId: string, periode: string | null) =>
    ['instansi', iid, 'pelaksanaan', 'baca', skpId, periode] as const,
};

export function usePelaksanaanSaya() {
  const iid = useInstansiId();
  return useQuery({
    queryKey: pelaksanaanKeys.saya(iid),
    queryFn: ({ signal }) => api<PelaksanaanSaya>(tenant(iid, '/pelaksanaan/saya'), { signal }),
  });
}

export function usePelaksanaan(skpId: string | null, periode: string | null) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: pelaksanaanKeys.baca(iid, skpId ?? '', periode),
    enabled: !!skpId,
    queryFn: ({ signal }) => api<Pelaksanaan>(tenant(iid, `/skp/${skpId}/pelaksanaan`), { query: { periode }, signal }),
  });
}

/** Invalidate every execution read after a write (the screen and the due list). */
export function useRefresh() {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: pelaksanaanKeys.all(iid) });
}

export function useSimpanRealisasi(skpId: string, periode: string) {
  const iid = useInstansiId();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: {
      ikiId: string;
      version: number;
      nilai?: number | null;
      teks?: string | null;
      catatan?: string | null;
    }) => {
      const { ikiId, ...body } = v;
      return api<Realisasi>(tenant(iid, `/skp/${skpId}/pelaksanaan/${periode}/realisasi/${ikiId}`), {
        method: 'PUT',
        body,
      });
    },
    onSuccess: refresh,
  });
}

export function useRencanaAksi(skpId: string) {
  const iid = useInstansiId();
  const refresh = useRefresh();
  const tambah = useMutation({
    mutationFn: (body: {
      rhkId: string;
      periode: string;
      teks: string;
      targetNilai?: number | null;
      targetSatuan?: string | null;
    }) => api<RencanaAksi>(tenant(iid, `/skp/${skpId}/rencana-aksi`), { method: 'POST', body }),
    onSuccess: refresh,
  });
  const hapus = useMutation({
    mutationFn: (r: { id: string; version: number }) =>
      api<void>(tenant(iid, `/skp/${skpId}/rencana-aksi/${r.id}`), { method: 'DELETE', query: { version: r.version } }),
    onSuccess: refresh,
  });
  return { tambah, hapus };
}

export function useBukaPengisian(skpId: string) {
  const iid = useInstansiId();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { periode: string; alasan: string; sampai: string }) =>
      api<{ periode: string; dibukaSampai: string }>(tenant(iid, `/skp/${skpId}/pelaksanaan/${v.periode}/buka`), {
        method: 'POST',
        body: { alasan: v.alasan, sampai: v.sampai },
      }),
    onSuccess: refresh,
  });
}

export interface ProgresBaru {
  clientId: string;
  rhkId: string;
  tanggal: string;
  teks: string;
  buktiId?: string | null;
}

/** POST a daily entry; the server answers 201 (stored) or 200 (already stored: a retry). */
export function kirimProgres(iid: string, skpId: string, body: ProgresBaru) {
  return api<ProgresHarian & { rhkId: string; clientId: string }>(tenant(iid, `/skp/${skpId}/progres-harian`), {
    method: 'POST',
    body,
  });
}

/** Uploads a photo/file to the evidence library (issue 10 item 3, another part): returns its id. */
export function unggahBukti(iid: string, file: File, judul: string, tanggal: string) {
  const form = new FormData();
  form.set('judul', judul);
  form.set('tanggal', tanggal);
  form.set('file', file);
  return api<{ id: string }>(tenant(iid, '/bukti'), { method: 'POST', body: form });
}

export function buktiUrl(iid: string, buktiId: string) {
  return tenant(iid, `/bukti/${buktiId}/unduh`);
}

export function useProgresTerbaru(skpId: string | null, dari: string) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: [...pelaksanaanKeys.all(iid), 'progres', skpId, dari],
    enabled: !!skpId,
    queryFn: ({ signal }) =>
      api<Array<ProgresHarian & { rhkId: string }>>(tenant(iid, `/skp/${skpId}/progres-harian`), {
        query: { dari },
        signal,
      }),
  });
}
