import { describe, expect, it } from 'vitest';
import { isLate, nextStepFor } from './beranda.next-step.ts';

describe('the next step on Home', () => {
  it('names the step for every SKP status', () => {
    expect(nextStepFor(null)).toBe('BUAT');
    expect(nextStepFor('DRAFT')).toBe('AJUKAN');
    expect(nextStepFor('DIKEMBALIKAN')).toBe('PERBAIKI');
    expect(nextStepFor('DIAJUKAN')).toBe('MENUNGGU_PENILAI');
    expect(nextStepFor('DITETAPKAN')).toBe('SELESAI');
  });

  it('is late only after the deadline day and only while the SKP is not set', () => {
    expect(isLate('DRAFT', '2026-01-31', '2026-01-31')).toBe(false);
    expect(isLate('DRAFT', '2026-01-31', '2026-02-01')).toBe(true);
    expect(isLate(null, '2026-01-31', '2026-02-01')).toBe(true);
    expect(isLate('DITETAPKAN', '2026-01-31', '2026-12-01')).toBe(false);
  });
});
