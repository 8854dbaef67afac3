import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATURAN_BAGIAN_ISI, BAGIAN_ISI, bagianDapatDiubah, cekBagianIsi } from './isi-akses.ts';
import { availableActions, SKP_STATUS, type SkpRole } from './workflow.ts';

describe('who writes which part of the SKP header', () => {
  // [status, role, part, expected: 'ok' or the error code]
  const table: Array<[string, SkpRole, string, string]> = [
    ['DRAFT', 'PENILAI', 'perilaku', 'ok'],
    ['DIAJUKAN', 'PENILAI', 'perilaku', 'ok'],
    ['DIKEMBALIKAN', 'PENILAI', 'perilaku', 'ok'],
    ['DITETAPKAN', 'PENILAI', 'perilaku', 'SKP.NOT_EDITABLE'],
    ['DITUTUP', 'PENILAI', 'perilaku', 'SKP.NOT_EDITABLE'],
    ['DRAFT', 'PEMILIK', 'perilaku', 'SKP.NOT_ALLOWED'],
    ['DRAFT', 'ADMIN', 'perilaku', 'SKP.NOT_ALLOWED'],
    ['DRAFT', 'PENILAI', 'lampiran', 'ok'],
    ['DIAJUKAN', 'PENILAI', 'lampiran', 'ok'],
    ['DITETAPKAN', 'PENILAI', 'lampiran', 'SKP.NOT_EDITABLE'],
    ['DRAFT', 'PEMILIK', 'lampiran', 'ok'],
    ['DIKEMBALIKAN', 'PEMILIK', 'lampiran', 'ok'],
    ['DIAJUKAN', 'PEMILIK', 'lampiran', 'SKP.NOT_EDITABLE'],
    ['DITETAPKAN', 'PEMILIK', 'lampiran', 'SKP.NOT_EDITABLE'],
    ['DRAFT', 'ADMIN', 'lampiran', 'SKP.NOT_ALLOWED'],
    ['DRAFT', 'PEMILIK', 'pendekatan', 'ok'],
    ['DIAJUKAN', 'PEMILIK', 'pendekatan', 'SKP.NOT_EDITABLE'],
    ['DRAFT', 'PENILAI', 'pendekatan', 'SKP.NOT_ALLOWED'],
  ];
  it.each(table)('%s: %s writing %s → %s', (status, role, bagian, expected) => {
    const r = cekBagianIsi(status as never, [role], [bagian as never]);
    expect(r.ok ? 'ok' : r.code).toBe(expected);
  });

  it('names the appraiser when the owner tries to write the leader’s expectation', () => {
    const r = cekBagianIsi('DRAFT', ['PEMILIK'], ['lampiran', 'perilaku']);
    expect(r).toMatchObject({ ok: false, bagian: 'perilaku' });
    if (!r.ok) {
      expect(r.message.id).toBe('Hanya pejabat penilai yang dapat menulis ekspektasi khusus pimpinan pada SKP ini.');
      expect(r.message.en).toContain('Only the appraiser');
    }
  });

  it('names the status when the part is frozen', () => {
    const r = cekBagianIsi('DITETAPKAN', ['PENILAI'], ['perilaku']);
    expect(r.ok ? '' : r.message.id).toBe('Pada SKP yang ditetapkan, ekspektasi khusus pimpinan tidak dapat diubah.');
  });

  it('offers the appraiser the expectation and the attachment while reviewing, the owner only while drafting', () => {
    expect(bagianDapatDiubah('DIAJUKAN', ['PENILAI'])).toEqual(['perilaku', 'lampiran']);
    expect(bagianDapatDiubah('DRAFT', ['PEMILIK'])).toEqual(['pendekatan', 'lampiran']);
    expect(bagianDapatDiubah('DIAJUKAN', ['PEMILIK'])).toEqual([]);
    expect(bagianDapatDiubah('DRAFT', ['ADMIN'])).toEqual([]);
  });

  it('the read and the write agree for every status, role set and part (property)', () => {
    const role = fc.constantFrom<SkpRole>('PEMILIK', 'PENILAI', 'ADMIN');
    fc.assert(
      fc.property(
        fc.constantFrom(...SKP_STATUS),
        fc.uniqueArray(role, { maxLength: 3 }),
        fc.subarray([...BAGIAN_ISI]),
        (status, roles, bagian) => {
          const offered = bagianDapatDiubah(status, roles);
          expect(cekBagianIsi(status, roles, bagian).ok).toBe(bagian.every((b) => offered.includes(b)));
        },
      ),
    );
  });

  it('the owner writes a part only when the workflow lets them edit the content at all', () => {
    for (const status of SKP_STATUS) {
      const owner = bagianDapatDiubah(status, ['PEMILIK']);
      if (owner.length) expect(availableActions(status, ['PEMILIK'])).toContain('ubahIsi');
    }
    // Nothing is ever written after the SKP is set, by anyone.
    for (const rules of Object.values(ATURAN_BAGIAN_ISI))
      for (const r of rules) expect(r.status).not.toContain('DITETAPKAN');
  });
});
