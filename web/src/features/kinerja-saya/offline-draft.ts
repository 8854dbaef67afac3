/**
 * The daily-progress draft kept on the device (issue 10 item 4: "the entry is never lost if the
 * network drops while saving"). The draft, with the clientId generated before the first attempt,
 * is written before the request leaves and removed only once the server has answered; a retry sends
 * the same clientId, which the server recognises (200, never a duplicate). Pure over a Storage-like
 * object so it is unit-tested without a browser.
 */
export interface ProgresDraft {
  clientId: string;
  skpId: string;
  rhkId: string;
  tanggal: string;
  teks: string;
  /** The evidence already uploaded for this entry (so a retry does not upload the photo twice). */
  buktiId?: string | null;
  /** DRAF: being typed; TERTUNDA: a save was attempted and got no answer. */
  status: 'DRAF' | 'TERTUNDA';
}

type KV = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const key = (instansiId: string) => `kinerja.progres-harian.${instansiId}`;

export function readDraft(store: KV | null, instansiId: string): ProgresDraft | null {
  try {
    const raw = store?.getItem(key(instansiId));
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<ProgresDraft>;
    if (typeof d.clientId !== 'string' || typeof d.teks !== 'string' || typeof d.skpId !== 'string') return null;
    return {
      clientId: d.clientId,
      skpId: d.skpId,
      rhkId: typeof d.rhkId === 'string' ? d.rhkId : '',
      tanggal: typeof d.tanggal === 'string' ? d.tanggal : '',
      teks: d.teks,
      buktiId: typeof d.buktiId === 'string' ? d.buktiId : null,
      status: d.status === 'TERTUNDA' ? 'TERTUNDA' : 'DRAF',
    };
  } catch {
    return null;
  }
}

export function writeDraft(store: KV | null, instansiId: string, d: ProgresDraft): void {
  try {
    store?.setItem(key(instansiId), JSON.stringify(d));
  } catch {
    // storage full or private mode: the form still holds the text
  }
}

export function clearDraft(store: KV | null, instansiId: string): void {
  try {
    store?.removeItem(key(instansiId));
  } catch {
    // nothing to clear
  }
}

/** The browser's storage when it may be used. */
export function deviceStore(): KV | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
