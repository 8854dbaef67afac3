import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableActions, checkTransition, jenisFormFor, SKP_ACTIONS, SKP_STATUS, type SkpRole } from './workflow.ts';

describe('SKP workflow state machine', () => {
  // [status, action, role, expected resulting status or error code]
  const table: Array<[string, string, SkpRole, string]> = [
    ['DRAFT', 'ajukan', 'PEMILIK', 'DIAJUKAN'],
    ['DIKEMBALIKAN', 'ajukan', 'PEMILIK', 'DIAJUKAN'],
    ['DIAJUKAN', 'kembalikan', 'PENILAI', 'DIKEMBALIKAN'],
    ['DIAJUKAN', 'tetapkan', 'PENILAI', 'DITETAPKAN'],
    ['DITETAPKAN', 'ubah', 'PEMILIK', 'DRAFT'],
    ['DITETAPKAN', 'ubah', 'PENILAI', 'DRAFT'],
    ['DRAFT', 'ubahIsi', 'PEMILIK', '(same)'],
    ['DIKEMBALIKAN', 'ubahIsi', 'PEMILIK', '(same)'],
    ['DITETAPKAN', 'tutup', 'ADMIN', 'DITUTUP'],
    ['DRAFT', 'tetapkan', 'PENILAI', 'SKP.INVALID_TRANSITION'],
    ['DIAJUKAN', 'tetapkan', 'PEMILIK', 'SKP.NOT_ALLOWED'],
    ['DIAJUKAN', 'ubahIsi', 'PEMILIK', 'SKP.INVALID_TRANSITION'],
    ['DITETAPKAN', 'ubahIsi', 'PEMILIK', 'SKP.INVALID_TRANSITION'],
    ['DITUTUP', 'ubah', 'PEMILIK', 'SKP.INVALID_TRANSITION'],
    ['DITUTUP', 'tutup', 'ADMIN', 'SKP.INVALID_TRANSITION'],
    ['DRAFT', 'ajukan', 'PENILAI', 'SKP.NOT_ALLOWED'],
    ['DIAJUKAN', 'kembalikan', 'ADMIN', 'SKP.NOT_ALLOWED'],
  ];
  it.each(table)('%s --%s by %s--> %s', (status, action, role, expected) => {
    const r = checkTransition(status as never, action as never, [role]);
    if (r.ok) expect(r.to ?? '(same)').toBe(expected);
    else expect(r.code).toBe(expected);
  });

  it('lets nobody set their own SKP: the owner role never includes tetapkan', () => {
    for (const s of SKP_STATUS) expect(availableActions(s, ['PEMILIK'])).not.toContain('tetapkan');
  });

  it('offers the appraiser return and set on a submitted SKP', () => {
    expect(availableActions('DIAJUKAN', ['PENILAI'])).toEqual(['kembalikan', 'tetapkan']);
  });

  it('never leaves DITUTUP and every allowed transition ends in a known status', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SKP_STATUS),
        fc.constantFrom(...SKP_ACTIONS),
        fc.subarray(['PEMILIK', 'PENILAI', 'ADMIN'] as SkpRole[]),
        (status, action, roles) => {
          const r = checkTransition(status, action, roles);
          if (status === 'DITUTUP') expect(r.ok).toBe(false);
          if (r.ok && r.to) expect(SKP_STATUS).toContain(r.to);
          if (!r.ok) expect(r.message.id.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('workflow refusals in words', () => {
  it('names the status and the action as people say them, never by their codes', () => {
    expect(checkTransition('DITETAPKAN', 'ajukan', ['PEMILIK'])).toEqual({
      ok: false,
      code: 'SKP.INVALID_TRANSITION',
      message: { id: 'SKP yang ditetapkan tidak dapat diajukan.', en: 'An SKP that is set cannot be submitted.' },
    });
    expect(checkTransition('DIAJUKAN', 'tetapkan', ['PEMILIK'])).toMatchObject({
      code: 'SKP.NOT_ALLOWED',
      message: { id: 'SKP ini tidak dapat ditetapkan oleh Anda.', en: 'This SKP cannot be set by you.' },
    });
    const codes = new RegExp(`\\b(${[...SKP_STATUS, ...SKP_ACTIONS].join('|')})\\b`);
    for (const status of SKP_STATUS)
      for (const action of SKP_ACTIONS) {
        const r = checkTransition(status, action, ['PEMILIK']);
        if (!r.ok) expect(`${r.message.id} ${r.message.en}`).not.toMatch(codes);
      }
  });
});

describe('jenisFormFor', () => {
  it.each([
    ['JPT_PRATAMA', false, 'JPT'],
    ['JPT_MADYA', false, 'JPT'],
    ['ADMINISTRATOR', true, 'JPT'],
    ['ADMINISTRATOR', false, 'JA_JF'],
    ['FUNGSIONAL', false, 'JA_JF'],
    ['PELAKSANA', false, 'JA_JF'],
  ])('%s (head of self-standing unit: %s) uses the %s form', (jenis, mandiri, form) => {
    expect(jenisFormFor(jenis as string, mandiri as boolean)).toBe(form);
  });
});
