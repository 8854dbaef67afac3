/**
 * Evidence (bukti dukung) API of the web app: the "Bukti saya" library, the evidence of an IKI in a
 * period, attaching and detaching, and uploads with progress (XMLHttpRequest: fetch cannot report
 * upload progress). Contract: docs/pelaksanaan-bukti.md.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, NETWORK, tenant, UPLOAD_TIMEOUT_MS } from '../../api/client.ts';
import { useInstansiId } from '../../auth/session.tsx';
import i18n from '../../i18n/index.ts';

export interface Bukti {
  id: string;
  jenis: 'BERKAS' | 'TAUTAN';
  judul: string;
  deskripsi: string | null;
  tanggal: string;
  mime: string | null;
  ukuran: number | null;
  namaBerkas: string | null;
  url: string | null;
}

export interface Pemakaian {
  skpId: string;
  tahun: number;
  ikiId: string;
  indikator: string;
  periodeKode: string;
}

export interface LibraryItem extends Bukti {
  dipakai: Pemakaian[];
  createdAt: string;
}

export interface BuktiIkiItem extends Bukti {
  lampiranId: string;
  ikiId: string;
  periodeKode: string;
  dilihatPenilaiAt: string | null;
}

export interface BuktiIkiList {
  aksi: string[];
  items: BuktiIkiItem[];
}

const keyLibrary = (iid: string) => ['instansi', iid, 'bukti'] as const;
const keySkp = (iid: string, skpId: string) => ['instansi', iid, 'bukti-iki', skpId] as const;

export const PAGE_SIZE = 20;

export function useBuktiSaya(cari: string, page: number, enabled = true) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: [...keyLibrary(iid), cari, page],
    queryFn: ({ signal }) =>
      api<{ total: number; maksimumMb: number; items: LibraryItem[] }>(tenant(iid, '/bukti'), {
        signal,
        query: { cari, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useBuktiIki(skpId: string, ikiId: string, periodeKode: string) {
  const iid = useInstansiId();
  return useQuery({
    queryKey: [...keySkp(iid, skpId), ikiId, periodeKode],
    queryFn: ({ signal }) =>
      api<BuktiIkiList>(tenant(iid, `/skp/${skpId}/bukti-iki`), { signal, query: { ikiId, periodeKode } }),
  });
}

/** Invalidates what an evidence change affects: the library and every SKP's evidence lists. */
function useInvalidate() {
  const iid = useInstansiId();
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: keyLibrary(iid) }),
      qc.invalidateQueries({ queryKey: ['instansi', iid, 'bukti-iki'] }),
    ]);
}

export function useTambahTautan() {
  const iid = useInstansiId();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { url: string; judul: string; tanggal: string; deskripsi?: string }) =>
      api<Bukti>(tenant(iid, '/bukti/tautan'), { method: 'POST', body }),
    onSuccess: () => invalidate(),
  });
}

export function useHapusBukti() {
  const iid = useInstansiId();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api<{ dihapus: true }>(tenant(iid, `/bukti/${id}`), { method: 'DELETE' }),
    onSuccess: () => invalidate(),
  });
}

export interface LampiranInput {
  skpId: string;
  buktiId: string;
  ikiId: string;
  periodeKode: string;
}

export function useLampiran() {
  const iid = useInstansiId();
  const invalidate = useInvalidate();
  const lampirkan = useMutation({
    mutationFn: ({ skpId, ...body }: LampiranInput) =>
      api(tenant(iid, `/skp/${skpId}/bukti-iki`), { method: 'POST', body }),
    onSuccess: () => invalidate(),
  });
  const lepas = useMutation({
    mutationFn: ({ skpId, ...body }: LampiranInput) =>
      api(tenant(iid, `/skp/${skpId}/bukti-iki`), { method: 'DELETE', body }),
    onSuccess: () => invalidate(),
  });
  return { lampirkan, lepas };
}

/** Where a file opens: inline (images; sandboxed by the server) or as a download (PDF, office). */
export function unduhUrl(iid: string, id: string, inline: boolean): string {
  return tenant(iid, `/bukti/${id}/unduh${inline ? '?inline=1' : ''}`);
}

export function isInlineMime(mime: string | null): boolean {
  return mime === 'image/png' || mime === 'image/jpeg' || mime === 'image/webp';
}

/** The accept list of the file input (the server checks the content whatever the browser allows). */
export const ACCEPT =
  '.pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt,application/pdf,image/jpeg,image/png,image/webp';

/** Uploads one file with its fields; `onProgress` gets 0–1 as the bytes leave. */
export function uploadBukti(
  iid: string,
  file: File,
  fields: { judul: string; tanggal: string; deskripsi?: string },
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<Bukti> {
  const form = new FormData();
  form.set('judul', fields.judul);
  form.set('tanggal', fields.tanggal);
  if (fields.deskripsi) form.set('deskripsi', fields.deskripsi);
  // The fields first: the server reads them in any order, but this is the streaming-friendly one.
  form.set('file', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', tenant(iid, '/bukti'));
    xhr.timeout = UPLOAD_TIMEOUT_MS;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', i18n.language?.startsWith('en') ? 'en' : 'id');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    const fail = (timedOut: boolean) =>
      reject(new ApiError(0, NETWORK, i18n.t(timedOut ? 'error.timeoutRead' : 'error.networkWrite'), { timedOut }));
    xhr.onerror = () => fail(false);
    xhr.ontimeout = () => fail(true);
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      let body: { error?: { code?: string; message?: string; details?: unknown } } | Bukti | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 201 && body) return resolve(body as Bukti);
      const e = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
      reject(
        new ApiError(xhr.status, e?.code ?? `HTTP_${xhr.status}`, e?.message ?? xhr.statusText, e?.details ?? null),
      );
    };
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}

export function useUnggah() {
  const iid = useInstansiId();
  const invalidate = useInvalidate();
  return async (
    file: File,
    fields: { judul: string; tanggal: string; deskripsi?: string },
    onProgress: (f: number) => void,
  ) => {
    const b = await uploadBukti(iid, file, fields, onProgress);
    await invalidate();
    return b;
  };
}

/** "1,2 MB" in the UI language. */
export function formatUkuran(bytes: number | null, locale: string): string {
  if (bytes === null) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString(locale, { maximumFractionDigits: 0 })} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
