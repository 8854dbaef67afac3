/** Queries and mutations of the admin pages: rule settings and account administration. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, tenant } from '../../api/client.ts';
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
export const useResetPassword = () =>
  useAkunMutation((iid, id: string) => api<Credentials>(tenant(iid, `/akun/${id}/reset-sandi`), { method: 'POST' }));
