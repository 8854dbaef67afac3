import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  akhirHari,
  type PeriodeIsi,
  periodeBerjalan,
  periodeJatuhTempo,
  periodeUtama,
  progresIki,
  rangkumProgres,
  type SkpUntukIsi,
  skpBolehDiisi,
  skpSedangBerlaku,
  statusPengisian,
} from './pengisian.ts';

const TW: PeriodeIsi[] = [
  { kode: 'TW1', mulai: '2026-01-01', selesai: '2026-03-31', batasPengisian: '2026-04-10' },
  { kode: 'TW2', mulai: '2026-04-01', selesai: '2026-06-30', batasPengisian: '2026-07-10' },
  { kode: 'TW3', mulai: '2026-07-01', selesai: '2026-09-30', batasPengisian: '2026-10-10' },
  { kode: 'TW4', mulai: '2026-10-01', selesai: '2026-12-31', batasPengisian: '2027-01-10' },
  { kode: 'AKHIR', mulai: '2026-01-01', selesai: '2026-12-31', batasPengisian: '2027-01-10' },
];
const SET: SkpUntukIsi = { status: 'DITETAPKAN', revisi: 1, mulai: '2026-01-01', selesai: '2026-12-31' };
const at = (iso: string) => new Date(iso);

describe('which SKP statuses allow entry', () => {
  const table: Array<[string, SkpUntukIsi, string | null]> = [
    ['a set SKP', SET, null],
    ['a set SKP with revisi 0 (set once, counter not yet moved)', { ...SET, revisi: 0 }, null],
    ['a draft never set', { ...SET, status: 'DRAFT', revisi: 0 }, 'SKP_BELUM_DITETAPKAN'],
    ['a submitted SKP never set', { ...SET, status: 'DIAJUKAN', revisi: 0 }, 'SKP_BELUM_DITETAPKAN'],
    ['a draft under perubahan (set before)', { ...SET, status: 'DRAFT', revisi: 1 }, null],
    ['a returned change (set before)', { ...SET, status: 'DIKEMBALIKAN', revisi: 2 }, null],
    ['a closed SKP, period before the closing date', { ...SET, status: 'DITUTUP', selesai: '2026-05-15' }, null],
    [
      'a closed SKP, period after the closing date',
      { ...SET, status: 'DITUTUP', selesai: '2026-03-15' },
      'DI_LUAR_MASA_SKP',
    ],
    ['a closed SKP never set', { ...SET, status: 'DITUTUP', revisi: 0 }, 'SKP_BELUM_DITETAPKAN'],
  ];
  it.each(table)('%s', (_n, s, expected) => {
    expect(skpBolehDiisi(s, TW[1])).toBe(expected);
  });
});

describe('entry window of a period', () => {
  const tw1 = TW[0];
  const table: Array<[string, Date, { dibukaSampai: Date | null; dinilaiAt: Date | null } | null, string, boolean]> = [
    ['inside the period', at('2026-02-10T08:00:00Z'), null, 'TERBUKA', true],
    ['after the period, before the deadline', at('2026-04-05T08:00:00Z'), null, 'TERBUKA', true],
    ['on the deadline day itself', at('2026-04-10T23:59:00Z'), null, 'TERBUKA', true],
    ['the day after the deadline', at('2026-04-11T00:00:00Z'), null, 'LEWAT_BATAS', false],
    ['before the period starts', at('2025-12-31T10:00:00Z'), null, 'BELUM_MULAI', false],
    [
      'after the deadline, reopened until later',
      at('2026-05-01T00:00:00Z'),
      { dibukaSampai: akhirHari('2026-05-03'), dinilaiAt: null },
      'DIBUKA_KEMBALI',
      true,
    ],
    [
      'after the deadline, the reopening expired',
      at('2026-05-04T00:00:00Z'),
      { dibukaSampai: akhirHari('2026-05-03'), dinilaiAt: null },
      'LEWAT_BATAS',
      false,
    ],
    [
      'rated: locked even while a reopening runs',
      at('2026-05-01T00:00:00Z'),
      { dibukaSampai: akhirHari('2026-05-03'), dinilaiAt: at('2026-04-20T00:00:00Z') },
      'DINILAI',
      false,
    ],
    [
      'rated within the deadline',
      at('2026-04-05T00:00:00Z'),
      { dibukaSampai: null, dinilaiAt: at('2026-04-02') },
      'DINILAI',
      false,
    ],
  ];
  it.each(table)('%s', (_n, now, state, alasan, terbuka) => {
    const r = statusPengisian(SET, tw1, state, now);
    expect(r.alasan).toBe(alasan);
    expect(r.terbuka).toBe(terbuka);
  });

  it('a reopening names its last day as the deadline and its end instant', () => {
    const r = statusPengisian(SET, tw1, { dibukaSampai: akhirHari('2026-05-03'), dinilaiAt: null }, at('2026-05-01'));
    expect(r.batas).toBe('2026-05-03');
    expect(r.dibukaSampai).toBe('2026-05-04T00:00:00.000Z');
  });

  it('an SKP that does not allow entry says so before the dates do', () => {
    const r = statusPengisian({ ...SET, status: 'DRAFT', revisi: 0 }, tw1, null, at('2026-02-01'));
    expect(r).toMatchObject({ terbuka: false, alasan: 'SKP_BELUM_DITETAPKAN', batas: '2026-04-10' });
  });

  it('property: never open once rated; never open after the deadline without a running reopening', () => {
    fc.assert(
      fc.property(
        fc.date({ min: at('2025-06-01'), max: at('2027-06-01'), noInvalidDate: true }),
        fc.option(fc.date({ min: at('2025-06-01'), max: at('2027-06-01'), noInvalidDate: true })),
        fc.boolean(),
        fc.constantFrom(...TW),
        (now, dibuka, rated, p) => {
          const state = { dibukaSampai: dibuka, dinilaiAt: rated ? at('2026-01-15') : null };
          const r = statusPengisian(SET, p, state, now);
          if (rated) expect(r.terbuka).toBe(false);
          const today = now.toISOString().slice(0, 10);
          if (today > p.batasPengisian && !(dibuka && dibuka > now)) expect(r.terbuka).toBe(false);
          if (!rated && today >= p.mulai && today <= p.batasPengisian) expect(r.terbuka).toBe(true);
        },
      ),
    );
  });
});

describe('periods of a date', () => {
  it.each([
    ['2026-02-14', 'TW1', 'TW1'],
    ['2026-04-05', 'TW2', 'TW2'],
    ['2026-12-31', 'TW4', 'TW4'],
    ['2027-01-05', null, 'TW4'],
    ['2027-03-01', null, 'TW4'],
    ['2025-12-01', null, 'TW1'],
  ])('on %s the running period is %s and the screen opens on %s', (d, running, utama) => {
    expect(periodeBerjalan(TW, d)?.kode ?? null).toBe(running);
    expect(periodeUtama(TW, d)?.kode).toBe(utama);
  });

  it('a year with only AKHIR uses it', () => {
    const akhir = TW.filter((p) => p.kode === 'AKHIR');
    expect(periodeBerjalan(akhir, '2026-05-01')?.kode).toBe('AKHIR');
    expect(periodeUtama(akhir, '2027-01-02')?.kode).toBe('AKHIR');
    expect(periodeUtama([], '2026-01-02')).toBeNull();
  });

  it('after the year, the last period whose entry is still open comes first', () => {
    const late = TW.map((p) => (p.kode === 'TW3' ? { ...p, batasPengisian: '2027-01-20' } : p));
    expect(periodeUtama(late, '2027-01-15')?.kode).toBe('TW3');
  });

  it('what is due: started periods whose entry is still open, earliest deadline first', () => {
    expect(periodeJatuhTempo(TW, '2026-04-05').map((p) => p.kode)).toEqual(['TW1', 'TW2', 'AKHIR']);
    expect(periodeJatuhTempo(TW, '2026-04-11').map((p) => p.kode)).toEqual(['TW2', 'AKHIR']);
    expect(periodeJatuhTempo(TW, '2027-01-05').map((p) => p.kode)).toEqual(['TW4', 'AKHIR']);
    const same = [TW[1], { ...TW[0], batasPengisian: '2026-07-10' }];
    expect(periodeJatuhTempo(same, '2026-04-05').map((p) => p.kode)).toEqual(['TW2', 'TW1']);
  });
});

describe('progress against target (information, not a rating)', () => {
  it.each([
    ['KUANTITAS', 12, 3, 25],
    ['KUANTITAS', 12, 12, 100],
    ['KUALITAS', 80, 100, 125],
    ['WAKTU', 12, 10, 120],
    ['BIAYA', 100, 125, 80],
    ['KUANTITAS', 3, 1, 33.3],
  ])('%s target %d, realisasi %d → %d %%', (aspek, target, nilai, persen) => {
    expect(progresIki({ aspek, targetNilai: target }, { nilai, teks: null })).toEqual({ jenis: 'KUANTITATIF', persen });
  });

  it('nothing entered, or a zero divisor, is no percentage', () => {
    expect(progresIki({ aspek: 'KUANTITAS', targetNilai: 12 }, null)).toEqual({ jenis: 'KUANTITATIF', persen: null });
    expect(progresIki({ aspek: 'KUANTITAS', targetNilai: 0 }, { nilai: 4, teks: null })).toEqual({
      jenis: 'KUANTITATIF',
      persen: null,
    });
    expect(progresIki({ aspek: 'WAKTU', targetNilai: 6 }, { nilai: 0, teks: null })).toEqual({
      jenis: 'KUANTITATIF',
      persen: null,
    });
  });

  it('a narrative target has no percentage, only entered or not', () => {
    expect(progresIki({ aspek: 'KUALITAS', targetNilai: null }, null)).toEqual({ jenis: 'KUALITATIF', terisi: false });
    expect(progresIki({ aspek: 'KUALITAS', targetNilai: null }, { nilai: null, teks: '  ' })).toEqual({
      jenis: 'KUALITATIF',
      terisi: false,
    });
    expect(progresIki({ aspek: 'KUALITAS', targetNilai: null }, { nilai: null, teks: 'Laporan selesai' })).toEqual({
      jenis: 'KUALITATIF',
      terisi: true,
    });
    expect(progresIki({ aspek: 'KUALITAS', targetNilai: null }, { nilai: 2, teks: null })).toEqual({
      jenis: 'KUALITATIF',
      terisi: true,
    });
  });

  it('property: more realised never lowers progress; for WAKTU/BIAYA it never raises it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'),
        (target, a, extra, aspek) => {
          const lo = progresIki({ aspek, targetNilai: target }, { nilai: a, teks: null });
          const hi = progresIki({ aspek, targetNilai: target }, { nilai: a + extra, teks: null });
          if (lo.jenis !== 'KUANTITATIF' || hi.jenis !== 'KUANTITATIF') throw new Error('jenis');
          const less = aspek === 'WAKTU' || aspek === 'BIAYA';
          if (less) expect(hi.persen as number).toBeLessThanOrEqual(lo.persen as number);
          else expect(hi.persen as number).toBeGreaterThanOrEqual(lo.persen as number);
          expect(lo.persen as number).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('roll-up of daily entries into a draft note', () => {
  it('one line per entry, oldest first, whitespace collapsed', () => {
    expect(
      rangkumProgres([
        { tanggal: '2026-02-03', teks: 'Rapat  koordinasi\n' },
        { tanggal: '2026-02-01', teks: 'Menyusun draf' },
        { tanggal: '2026-02-03', teks: 'Revisi' },
      ]),
    ).toBe('01/02: Menyusun draf\n03/02: Rapat koordinasi\n03/02: Revisi');
    expect(rangkumProgres([])).toBe('');
  });
});

describe('skpSedangBerlaku', () => {
  it.each([
    ['DITETAPKAN', 1, true],
    ['DITETAPKAN', 2, true],
    ['DRAFT', 0, false],
    ['DIAJUKAN', 0, false],
    ['DRAFT', 1, true],
    ['DIAJUKAN', 1, true],
    ['DIKEMBALIKAN', 2, true],
    ['DITUTUP', 1, false],
    ['DITUTUP', 0, false],
  ])('%s with revisi %i → %s', (status, revisi, expected) => {
    expect(skpSedangBerlaku({ status, revisi })).toBe(expected);
  });
});
