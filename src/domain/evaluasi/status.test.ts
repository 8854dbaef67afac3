import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AKSI_STATUS_EVALUASI,
  aksiStatusYangBoleh,
  hariIniJakarta,
  periksaTransisi,
  STATUS_EVALUASI,
  type StatusEvaluasi,
  statusEfektif,
} from './status.ts';

const ok = { kalibrasi: 'FINAL' as const, ratingLengkap: true, hariIni: '2026-04-10', batasKeberatan: '2026-04-20' };

describe('the evaluation state machine', () => {
  const rows: Array<[StatusEvaluasi, (typeof AKSI_STATUS_EVALUASI)[number], string[], object, string]> = [
    ['DRAFT', 'SIMPAN', ['PENILAI'], { kalibrasi: null }, 'DRAFT'],
    ['DRAFT', 'SIMPAN', ['PENILAI'], { kalibrasi: 'TERBUKA' }, 'DRAFT'],
    ['DRAFT', 'SIMPAN', ['PENILAI'], { kalibrasi: 'FINAL' }, 'EVALUASI.KALIBRASI_FINAL'],
    ['DRAFT', 'SIMPAN', ['ADMIN'], {}, 'EVALUASI.NOT_ALLOWED'],
    ['DRAFT', 'SIMPAN', ['PEMILIK'], {}, 'EVALUASI.NOT_ALLOWED'],
    ['DITETAPKAN', 'SIMPAN', ['PENILAI'], {}, 'EVALUASI.INVALID_TRANSITION'],
    ['DRAFT', 'TETAPKAN', ['PENILAI'], ok, 'DITETAPKAN'],
    ['DRAFT', 'TETAPKAN', ['PENILAI'], { ...ok, kalibrasi: 'TERBUKA' }, 'EVALUASI.KALIBRASI_BELUM_FINAL'],
    ['DRAFT', 'TETAPKAN', ['PENILAI'], { ...ok, kalibrasi: null }, 'EVALUASI.KALIBRASI_BELUM_FINAL'],
    ['DRAFT', 'TETAPKAN', ['PENILAI'], { ...ok, ratingLengkap: false }, 'EVALUASI.RATING_BELUM_LENGKAP'],
    ['DRAFT', 'TETAPKAN', ['ATASAN_PENILAI', 'ADMIN'], ok, 'EVALUASI.NOT_ALLOWED'],
    ['DITETAPKAN', 'TERIMA', ['PEMILIK'], {}, 'DITERIMA'],
    ['DITETAPKAN', 'TERIMA', ['ADMIN'], {}, 'DITERIMA'],
    ['DITETAPKAN', 'TERIMA', ['PENILAI'], {}, 'EVALUASI.NOT_ALLOWED'],
    ['DRAFT', 'TERIMA', ['PEMILIK'], {}, 'EVALUASI.INVALID_TRANSITION'],
    ['DITERIMA', 'AJUKAN_KEBERATAN', ['PEMILIK'], ok, 'KEBERATAN'],
    ['DITERIMA', 'AJUKAN_KEBERATAN', ['PEMILIK'], { ...ok, hariIni: '2026-04-21' }, 'EVALUASI.JENDELA'],
    ['DITERIMA', 'AJUKAN_KEBERATAN', ['PEMILIK'], { hariIni: '2026-04-21' }, 'EVALUASI.JENDELA'],
    ['DITERIMA', 'AJUKAN_KEBERATAN', ['PENILAI'], ok, 'EVALUASI.NOT_ALLOWED'],
    ['KEBERATAN', 'PUTUSKAN_KEBERATAN', ['ATASAN_PENILAI'], {}, 'FINAL'],
    ['KEBERATAN', 'PUTUSKAN_KEBERATAN', ['PENILAI'], {}, 'EVALUASI.NOT_ALLOWED'],
    ['DITETAPKAN', 'KOREKSI', ['PENILAI'], ok, 'DITETAPKAN'],
    ['DITERIMA', 'KOREKSI', ['PENILAI'], ok, 'DITETAPKAN'],
    ['FINAL', 'KOREKSI', ['PENILAI'], ok, 'DITETAPKAN'],
    ['FINAL', 'KOREKSI', ['PENILAI'], { ...ok, adaKeberatan: true }, 'EVALUASI.ADA_KEBERATAN'],
    ['KEBERATAN', 'KOREKSI', ['PENILAI'], ok, 'EVALUASI.INVALID_TRANSITION'],
    ['DRAFT', 'KOREKSI', ['PENILAI'], ok, 'EVALUASI.INVALID_TRANSITION'],
    ['DITETAPKAN', 'KOREKSI', ['PENILAI'], { ...ok, ratingLengkap: false }, 'EVALUASI.RATING_BELUM_LENGKAP'],
    ['DITERIMA', 'FINALKAN', ['SISTEM'], { hariIni: '2026-04-21', batasKeberatan: '2026-04-20' }, 'FINAL'],
    ['DITERIMA', 'FINALKAN', ['SISTEM'], { hariIni: '2026-04-20', batasKeberatan: '2026-04-20' }, 'EVALUASI.JENDELA'],
    ['DITERIMA', 'FINALKAN', ['SISTEM'], {}, 'EVALUASI.JENDELA'],
  ];
  it.each(rows)('%s --%s by %j (%j) → %s', (status, aksi, peran, k, expected) => {
    const r = periksaTransisi(status, aksi, peran, k);
    expect(r.ok ? r.ke : r.code).toBe(expected);
    if (!r.ok) {
      expect(r.message.id.length).toBeGreaterThan(10);
      expect(r.message.en.length).toBeGreaterThan(10);
    }
  });

  it('derives FINAL from DITERIMA once the last day of the window has passed, and only then', () => {
    const row = { status: 'DITERIMA', batasKeberatan: '2026-04-20' };
    expect(statusEfektif(row, '2026-04-20')).toBe('DITERIMA');
    expect(statusEfektif(row, '2026-04-21')).toBe('FINAL');
    expect(statusEfektif({ status: 'DITERIMA', batasKeberatan: null }, '2030-01-01')).toBe('DITERIMA');
    expect(statusEfektif({ status: 'KEBERATAN', batasKeberatan: '2026-04-20' }, '2026-05-01')).toBe('KEBERATAN');
  });

  it('never lets a status be derived backwards and never moves a non-DITERIMA status (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATUS_EVALUASI),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        (status, a, b) => {
          const d = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86400000).toISOString().slice(0, 10);
          const s = statusEfektif({ status, batasKeberatan: d(a) }, d(b));
          if (status !== 'DITERIMA') return s === status;
          return s === (a < b ? 'FINAL' : 'DITERIMA');
        },
      ),
    );
  });

  it('offers each role only steps the machine accepts, and admins never rate (property)', () => {
    const peranArb = fc.subarray(['PEMILIK', 'PENILAI', 'ATASAN_PENILAI', 'ADMIN', 'SISTEM']);
    fc.assert(
      fc.property(fc.constantFrom(...STATUS_EVALUASI), peranArb, fc.boolean(), (status, peran, lengkap) => {
        const k = { ...ok, ratingLengkap: lengkap };
        for (const a of aksiStatusYangBoleh(status, peran, k))
          expect(periksaTransisi(status, a, peran, k).ok).toBe(true);
        if (!peran.includes('PENILAI'))
          for (const a of ['SIMPAN', 'TETAPKAN', 'KOREKSI'] as const)
            expect(periksaTransisi(status, a, peran, k).ok).toBe(false);
      }),
    );
  });

  it('counts today in Asia/Jakarta (UTC+7)', () => {
    expect(hariIniJakarta(new Date('2026-04-20T16:59:59Z'))).toBe('2026-04-20');
    expect(hariIniJakarta(new Date('2026-04-20T17:00:00Z'))).toBe('2026-04-21');
    expect(hariIniJakarta()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
