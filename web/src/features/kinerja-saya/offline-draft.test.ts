import { describe, expect, it } from 'vitest';
import { clearDraft, type ProgresDraft, readDraft, writeDraft } from './offline-draft.ts';

function memory() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    m,
  };
}

const draft: ProgresDraft = {
  clientId: '0b9f7c1e-58a4-4d2a-9b52-0d4c0f3f8a11',
  skpId: 's1',
  rhkId: 'r1',
  tanggal: '2026-12-07',
  teks: 'Menyusun laporan',
  buktiId: null,
  status: 'TERTUNDA',
};

describe('daily progress draft on the device', () => {
  it('keeps the draft with its clientId until cleared, per instansi', () => {
    const s = memory();
    writeDraft(s, 'i1', draft);
    expect(readDraft(s, 'i1')).toEqual(draft);
    expect(readDraft(s, 'i2')).toBeNull();
    clearDraft(s, 'i1');
    expect(readDraft(s, 'i1')).toBeNull();
  });

  it('ignores broken or foreign content instead of failing', () => {
    const s = memory();
    s.setItem('kinerja.progres-harian.i1', '{not json');
    expect(readDraft(s, 'i1')).toBeNull();
    s.setItem('kinerja.progres-harian.i1', JSON.stringify({ teks: 1 }));
    expect(readDraft(s, 'i1')).toBeNull();
    s.setItem('kinerja.progres-harian.i1', JSON.stringify({ clientId: 'c', skpId: 's', teks: 't', status: 'X' }));
    expect(readDraft(s, 'i1')).toMatchObject({ rhkId: '', tanggal: '', status: 'DRAF' });
    expect(readDraft(null, 'i1')).toBeNull();
  });

  it('survives a storage that throws (private mode, full)', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => writeDraft(broken, 'i1', draft)).not.toThrow();
    expect(readDraft(broken, 'i1')).toBeNull();
    expect(() => clearDraft(broken, 'i1')).not.toThrow();
  });
});
