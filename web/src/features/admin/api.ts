/** Queries and mutations of the admin pages: rule settings and account administration. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, LONG_REQUEST_TIMEOUT_MS, tenant } from '../../api/client.ts';
import { useInstansiId } from '../../auth/session.tsx';

export interface SettingsView {
  settings: RuleSettingsForm;
  version: number;
  defaults: RuleSettingsForm;
}

export interface RuleSettingsForm {
  evaluasiPeriodik: 'MONTHLY' | 'QUARTERLY';
  keberatan: { jumlahHari: number; jenisHari: 'CALENDAR' | 'WORKING' };
  batasPengisian: { jumlahHari: number; jenisHari: 'CALENDAR' | 'WORKING' };
  batasPenetapanSkp: { bulan: number; tanggal: number };
  hariLibur: string[];
  tukinPolicyId: string | null;
  talentaKinerja: Record<string, string>;
  ratingHasilKerjaPimpinanUnit: Record<string, string>;
  distribusi: { pembulatan: string; sebagianBesar: string };
  pelaksanaan: {
    rencanaAksiWajib: boolean;
    buktiMaksimumMb: number;
    masukan360: { aktif: boolean; minimumJawaban: number };
    metodePengembangan: Array<{ kode: string; nama: string }>;
  };
  evaluasi: { unitPenilaian: { kedalaman: number; jenisMandiri: string[] } };
}

export function useSettings() {
  const iid = useInstansiId();
  return useQuery({
    queryKey: ['instansi', iid, 'pengaturan'],
    queryFn: () => api<SettingsView>(tenant(iid, '/pengaturan')),
  });
}

export function useSaveSettings() {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; settings: RuleSettingsForm }) =>
      api<SettingsView>(tenant(iid, '/pengaturan'), { method: 'PUT', body }),
    onSuccess: (data) => qc.setQueryData(['instansi', iid, 'pengaturan'], data),
  });
}

export interface AkunRow {
  id: string;
  username: string;
  namaTampilan: string;
  pegawaiId: string | null;
  nip: string | null;
  isActive: boolean;
  lastLoginAt: string | null;
  /** Temporarily locked after repeated wrong passwords, until then (null: not locked). */
  lockedUntil: string | null;
  peran: Array<{ peran: string; unitId: string | null; unitNama: string | null }>;
}

export interface Credentials {
  id: string;
  username: string;
  password: string;
}

export function useAkunList(q: string) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: ['instansi', iid, 'akun', q],
    queryFn: () => api<AkunRow[]>(tenant(iid, '/akun'), { query: { q } }),
  });
}

function useAkunMutation<TBody, TResult>(fn: (iid: string, body: TBody) => Promise<TResult>) {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => fn(iid, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['instansi', iid, 'akun'] }),
  });
}

export type RoleInput = { peran: 'ADMIN_INSTANSI' | 'ADMIN_UNIT' | 'AUDITOR'; unitId?: string | null };

export const useCreateAkun = () =>
  useAkunMutation((iid, body: { pegawaiId?: string | null; username?: string | null; peran: RoleInput[] }) =>
    api<Credentials>(tenant(iid, '/akun'), { method: 'POST', body }),
  );
export const useUpdateAkun = () =>
  useAkunMutation((iid, { id, ...body }: { id: string; isActive?: boolean; peran?: RoleInput[] }) =>
    api<{ ok: true }>(tenant(iid, `/akun/${id}`), { method: 'PATCH', body }),
  );
/** Ends a temporary lock after repeated wrong passwords (audited). */
export const useUnlockAkun = () =>
  useAkunMutation((iid, id: string) => api<{ ok: true }>(tenant(iid, `/akun/${id}/buka-kunci`), { method: 'POST' }));
export const useResetPassword = () =>
  useAkunMutation((iid, id: string) => api<Credentials>(tenant(iid, `/akun/${id}/reset-sandi`), { method: 'POST' }));

/** Answer of POST /akun/massal (src/modules/akun/akun.routes.ts). */
export interface AkunMassalResult {
  dryRun: boolean;
  jumlah: number;
  dilewati: Array<{ pegawaiId: string; nip: string; nama: string; alasan: 'USERNAME_TERPAKAI' | 'SUDAH_PUNYA_AKUN' }>;
  unit: { id: string; kode: string; nama: string } | null;
  /** The only copy of the one-time passwords (XLSX, base64); null for a dry run. */
  berkas: { namaBerkas: string; mimeType: string; base64: string } | null;
  waktuMs: { hash: number; tulis: number };
  perkiraanMs: number | null;
}

/** How many accounts bulk creation would make in the scope (a dry run: nothing is created). */
export function useAkunMassalPreview(unitId: string | null, enabled: boolean) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: ['instansi', iid, 'akun', 'massal-preview', unitId],
    queryFn: () =>
      api<AkunMassalResult>(tenant(iid, '/akun/massal'), { method: 'POST', body: { unitId, dryRun: true } }),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

export const useAkunMassal = () =>
  useAkunMutation((iid, body: { unitId: string | null }) =>
    api<AkunMassalResult>(tenant(iid, '/akun/massal'), {
      method: 'POST',
      body: { ...body, dryRun: false },
      // Hashing thousands of passwords takes up to ~2 minutes in this one request (docs/operations.md).
      timeoutMs: LONG_REQUEST_TIMEOUT_MS,
    }),
  );
