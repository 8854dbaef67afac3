import { describe, expect, it } from 'vitest';
import type { SkpListItem } from './api/types.ts';
import { skpClosedByTransfer } from './closed-by-transfer.ts';

const skp = (id: string, status: SkpListItem['status'], tahun: number, mulai: string, selesai: string) =>
  ({ id, status, tahun, mulai, selesai, jabatanNama: 'Jabatan' }) as SkpListItem;

describe('skpClosedByTransfer', () => {
  it('points at the SKP closed this year when nothing open covers today', () => {
    const list = [skp('a', 'DITUTUP', 2026, '2026-01-01', '2026-06-30')];
    expect(skpClosedByTransfer(list, '2026-08-01')?.id).toBe('a');
  });

  it('is quiet once an SKP for the new position exists, in any open state', () => {
    for (const status of ['DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DITETAPKAN'] as const) {
      const list = [
        skp('a', 'DITUTUP', 2026, '2026-01-01', '2026-06-30'),
        skp('b', status, 2026, '2026-07-01', '2026-12-31'),
      ];
      expect(skpClosedByTransfer(list, '2026-08-01')).toBeNull();
    }
  });

  it('ignores earlier years, and a closed SKP whose end date is still ahead', () => {
    expect(skpClosedByTransfer([skp('a', 'DITUTUP', 2025, '2025-01-01', '2025-06-30')], '2026-03-01')).toBeNull();
    expect(skpClosedByTransfer([skp('a', 'DITUTUP', 2026, '2026-01-01', '2026-09-30')], '2026-08-01')).toBeNull();
  });

  it('picks the latest of several closed SKPs', () => {
    const list = [
      skp('a', 'DITUTUP', 2026, '2026-01-01', '2026-03-31'),
      skp('b', 'DITUTUP', 2026, '2026-04-01', '2026-06-30'),
    ];
    expect(skpClosedByTransfer(list, '2026-08-01')?.id).toBe('b');
  });
});
