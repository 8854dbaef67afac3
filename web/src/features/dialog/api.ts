/** Dialog kinerja queries and mutations (API: docs/pelaksanaan-dialog.md). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, tenant } from '../../api/client.ts';
import { useInstansiId } from '../../auth/session.tsx';

export const JENIS_DIALOG = ['DIALOG', 'COACHING', 'MENTORING', 'KONSELING'] as const;
export const TOPIK = ['HASIL_KERJA', 'KOMPETENSI', 'PERILAKU', 'KARIR'] as const;
export const BERAKHLAK = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
/** Format B.1.8 statements (src/domain/pelaksanaan/dialog.ts). */
export const KRITERIA_COACHING = [
  'DIPERHATIKAN',
  'DIHARGAI',
  'BEBAS_BERPENDAPAT',
  'BERDASAR_FAKTA',
  'PANDANGAN_POSITIF',
  'BERTANYA_BUKAN_MENGGURUI',
  'DIBANTU_SOLUSI',
  'TAHU_LANGKAH_BERIKUT',
  'PAHAM_TUJUAN',
] as const;

export interface Orang {
  id: string;
  nama: string;
  nip: string;
}

export interface DialogRingkas {
  id: string;
  skpId: string;
  periodeKode: string;
  jenis: string;
  jadwal: string;
  durasiMenit: number;
  tempat: string | null;
  status: 'DIJADWALKAN' | 'SELESAI' | 'DIBATALKAN';
  dikonfirmasiPegawai: boolean;
  dikonfirmasiPenilai: boolean;
  pegawai: Orang;
  penilai: Orang;
}

export interface Pengembangan {
  id: string;
  dialogId: string;
  kompetensi: string;
  metodeKode: string;
  metodeNama: string;
  rhkId: string | null;
  perilakuKode: string | null;
  targetTanggal: string | null;
  status: 'DIRENCANAKAN' | 'TERCAPAI' | 'TIDAK_TERCAPAI';
  penjelasan: string | null;
  dinilaiDialogId: string | null;
  dibawaDariId: string | null;
}

export interface AgendaItem {
  id?: string;
  topik: (typeof TOPIK)[number];
  rhkId: string | null;
  perilakuKode: string | null;
  kompetensi: string | null;
  catatan: string | null;
}

export interface CatatanDialog {
  hasil?: string | null;
  kompetensi?: string | null;
  perilaku?: string | null;
  aspirasiPendek?: string | null;
  aspirasiMenengah?: string | null;
  umpanBalikPegawai?: { skor: Record<string, number>; komentar: string | null; waktu: string };
  cekKompetensi?: { items: Array<{ kompetensi: string; skor: number; alasan: string }>; waktu: string };
}

export interface DialogDetail extends DialogRingkas {
  version: number;
  skpTahun: number;
  catatan: CatatanDialog;
  tindakLanjutTanggal: string | null;
  terkunci: boolean;
  agenda: AgendaItem[];
  pengembangan: Pengembangan[];
  untukDinilai: Pengembangan[];
  rhk: Array<{ id: string; teks: string; tertinggal: boolean }>;
  metode: Array<{ kode: string; nama: string }>;
  aksi: string[];
}

export interface BawahanDialog {
  tahun: number;
  periodeKode: string;
  periode: Array<{ kode: string; mulai: string; selesai: string }>;
  items: Array<{ pegawai: Orang & { jabatanNama: string | null }; skpId: string | null; dialog: DialogRingkas[] }>;
}

export interface RekamInput {
  version: number;
  catatan: Pick<CatatanDialog, 'hasil' | 'kompetensi' | 'perilaku' | 'aspirasiPendek' | 'aspirasiMenengah'>;
  agenda: Array<Omit<AgendaItem, 'id'>>;
  pengembangan: Array<{
    id?: string;
    kompetensi: string;
    metodeKode: string;
    rhkId: string | null;
    perilakuKode: string | null;
    targetTanggal: string | null;
  }>;
  penilaian: Array<{ id: string; status: 'TERCAPAI' | 'TIDAK_TERCAPAI'; penjelasan: string }>;
  tindakLanjutTanggal: string | null;
  selesai: boolean;
}

const keys = {
  all: (iid: string) => ['instansi', iid, 'dialog'] as const,
  detail: (iid: string, id: string) => ['instansi', iid, 'dialog', 'detail', id] as const,
  saya: (iid: string) => ['instansi', iid, 'dialog', 'saya'] as const,
  bawahan: (iid: string, tahun: number, periode: string | null) =>
    ['instansi', iid, 'dialog', 'bawahan', tahun, periode] as const,
};

export function useDialogSaya() {
  const iid = useInstansiId();
  return useQuery({
    queryKey: keys.saya(iid),
    queryFn: ({ signal }) =>
      api<{ dialog: DialogRingkas[]; pengembangan: Pengembangan[] }>(tenant(iid, '/dialog/saya'), { signal }),
  });
}

export function useDialogBawahan(tahun: number, periodeKode: string | null) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: keys.bawahan(iid, tahun, periodeKode),
    queryFn: ({ signal }) =>
      api<BawahanDialog>(tenant(iid, '/dialog/bawahan'), { query: { tahun, periodeKode }, signal }),
  });
}

export function useDialog(id: string) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: keys.detail(iid, id),
    queryFn: ({ signal }) => api<DialogDetail>(tenant(iid, `/dialog/${id}`), { signal }),
  });
}

/** A write on the dialog module; every dialog read is refreshed after it. */
function useDialogWrite<TIn, TOut = { id: string; version: number }>(fn: (iid: string, input: TIn) => Promise<TOut>) {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: TIn) => fn(iid, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all(iid) }),
  });
}

export function useJadwalkan() {
  return useDialogWrite(
    (
      iid,
      b: {
        skpId: string;
        periodeKode: string;
        jenis: string;
        jadwal: string;
        durasiMenit: number;
        tempat: string | null;
      },
    ) => {
      const { skpId, ...body } = b;
      return api<{ id: string; version: number }>(tenant(iid, `/skp/${skpId}/dialog`), { method: 'POST', body });
    },
  );
}

export function useRekam(id: string) {
  return useDialogWrite((iid, body: RekamInput) => api(tenant(iid, `/dialog/${id}/catatan`), { method: 'PUT', body }));
}

export function useKonfirmasi(id: string) {
  return useDialogWrite((iid, version: number) =>
    api(tenant(iid, `/dialog/${id}/konfirmasi`), { method: 'POST', body: { version } }),
  );
}

export function useBatal(id: string) {
  return useDialogWrite((iid, version: number) =>
    api(tenant(iid, `/dialog/${id}/batal`), { method: 'POST', body: { version } }),
  );
}

export function useUmpanBalikCoaching(id: string) {
  return useDialogWrite((iid, body: { version: number; skor: Record<string, number>; komentar: string | null }) =>
    api(tenant(iid, `/dialog/${id}/umpan-balik-coaching`), { method: 'PUT', body }),
  );
}

export function useCekKompetensi(id: string) {
  return useDialogWrite(
    (iid, body: { version: number; items: Array<{ kompetensi: string; skor: number; alasan: string }> }) =>
      api(tenant(iid, `/dialog/${id}/cek-kompetensi`), { method: 'PUT', body }),
  );
}

/** The invitation's URL (a plain link: the browser downloads it with the session cookie). */
export function undanganUrl(iid: string, id: string): string {
  return tenant(iid, `/dialog/${id}/undangan.ics`);
}
