import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adalahBimbingan,
  hariSebelumnya,
  hasilPenilaianItem,
  ikiTertinggal,
  itemUntukDinilai,
  jendelaPengingat,
  KRITERIA_UMPAN_BALIK_COACHING,
  pengingatJatuhTempo,
  porsiTahun,
  realisasiSampai,
  tanggalLokal,
  usulkanAgenda,
} from './dialog.ts';

describe('lagging behind target', () => {
  it.each([
    // target, realisasi, porsi, lagging
    [12, [3], 3 / 12, false],
    [12, [2], 3 / 12, true],
    [12, [3, 3], 6 / 12, false],
    [12, [3, 2.9], 6 / 12, true],
    [12, [], 3 / 12, true],
    [12, [12], 1, false],
    [100, [33.333333333333336, 33.33333333333333, 33.33333333333333], 1, false],
  ])('target %d with realisasi %j at %d of the year: lagging %s', (target, nilai, porsi, expected) => {
    expect(
      ikiTertinggal({ ikiId: 'i', targetNilai: target, realisasiNilai: nilai, adaRealisasiTeks: false }, porsi),
    ).toBe(expected);
  });

  it('treats a narrative target as lagging only while no narrative realisasi exists', () => {
    const base = { ikiId: 'i', targetNilai: null, realisasiNilai: [] };
    expect(ikiTertinggal({ ...base, adaRealisasiTeks: false }, 0.5)).toBe(true);
    expect(ikiTertinggal({ ...base, adaRealisasiTeks: true }, 0.5)).toBe(false);
    expect(ikiTertinggal({ ...base, targetNilai: Number.NaN, adaRealisasiTeks: true }, 0.5)).toBe(false);
  });

  it('spreads the annual target by months elapsed at the period end', () => {
    expect(porsiTahun('2026-03-31')).toBe(0.25);
    expect(porsiTahun('2026-12-31')).toBe(1);
    expect(porsiTahun('2026-01-31')).toBeCloseTo(1 / 12);
  });

  it('never calls an IKI lagging once its realisasi reaches the whole target (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (target, nilai, bulan) => {
          const total = nilai.reduce((a, b) => a + b, 0);
          const lagging = ikiTertinggal(
            { ikiId: 'i', targetNilai: target, realisasiNilai: nilai, adaRealisasiTeks: false },
            bulan / 12,
          );
          if (total >= target) expect(lagging).toBe(false);
          if (total < (target * bulan) / 12 - 1e-6) expect(lagging).toBe(true);
        },
      ),
    );
  });
});

describe('agenda proposal', () => {
  const rhk = [
    { rhkId: 'r-ok', iki: [{ ikiId: 'a', targetNilai: 12, realisasiNilai: [3], adaRealisasiTeks: false }] },
    {
      rhkId: 'r-late',
      iki: [
        { ikiId: 'b', targetNilai: 12, realisasiNilai: [3], adaRealisasiTeks: false },
        { ikiId: 'c', targetNilai: 4, realisasiNilai: [], adaRealisasiTeks: false },
      ],
    },
  ];

  it('proposes lagging RHK, carried-over competencies, behaviour with feedback, then career — in that order', () => {
    const agenda = usulkanAgenda({
      rhk,
      selesaiPeriode: '2026-03-31',
      perilakuDenganUmpanBalik: ['AKUNTABEL', 'AKUNTABEL', 'KOLABORATIF'],
      pengembanganTerbuka: [
        { kompetensi: 'Analisis data', rhkId: 'r-late', perilakuKode: null },
        { kompetensi: 'analisis data ', rhkId: null, perilakuKode: null },
        { kompetensi: 'Menulis laporan', rhkId: null, perilakuKode: 'AKUNTABEL' },
      ],
    });
    expect(agenda.map((a) => [a.topik, a.rhkId ?? a.perilakuKode ?? a.kompetensi, a.alasan])).toEqual([
      ['HASIL_KERJA', 'r-late', 'TERTINGGAL'],
      ['KOMPETENSI', 'r-late', 'DIBAWA'],
      ['KOMPETENSI', 'AKUNTABEL', 'DIBAWA'],
      ['PERILAKU', 'AKUNTABEL', 'UMPAN_BALIK'],
      ['PERILAKU', 'KOLABORATIF', 'UMPAN_BALIK'],
      ['KARIR', null, 'ASPIRASI'],
    ]);
  });

  it('always keeps the career item, even with nothing else to discuss', () => {
    expect(
      usulkanAgenda({ rhk: [], selesaiPeriode: '2026-12-31', perilakuDenganUmpanBalik: [], pengembanganTerbuka: [] }),
    ).toEqual([{ topik: 'KARIR', rhkId: null, perilakuKode: null, kompetensi: null, alasan: 'ASPIRASI' }]);
  });

  it('links every proposed item to the RHK, value or competency it is about (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('AKUNTABEL', 'ADAPTIF', 'LOYAL')),
        fc.array(fc.string({ minLength: 1, maxLength: 10 })),
        (perilaku, komp) => {
          const agenda = usulkanAgenda({
            rhk,
            selesaiPeriode: '2026-06-30',
            perilakuDenganUmpanBalik: perilaku,
            pengembanganTerbuka: komp.map((k) => ({ kompetensi: k, rhkId: null, perilakuKode: null })),
          });
          for (const a of agenda) {
            if (a.topik === 'HASIL_KERJA') expect(a.rhkId).toBeTruthy();
            if (a.topik === 'PERILAKU') expect(a.perilakuKode).toBeTruthy();
            if (a.topik === 'KOMPETENSI') expect(a.kompetensi).toBeTruthy();
          }
          expect(agenda.at(-1)?.topik).toBe('KARIR');
        },
      ),
    );
  });
});

describe('carry-over of development items', () => {
  const items = [
    { id: '1', status: 'DIRENCANAKAN' as const, dialogId: 'd1' },
    { id: '2', status: 'TERCAPAI' as const, dialogId: 'd1' },
    { id: '3', status: 'TIDAK_TERCAPAI' as const, dialogId: 'd1' },
    { id: '4', status: 'DIRENCANAKAN' as const, dialogId: 'd2' },
  ];

  it('judges, at a dialog, the open items of earlier dialogs only', () => {
    expect(itemUntukDinilai(items, 'd2').map((i) => i.id)).toEqual(['1']);
    expect(itemUntukDinilai(items, 'd3').map((i) => i.id)).toEqual(['1', '4']);
  });

  it('carries an unachieved item over and closes an achieved one', () => {
    expect(hasilPenilaianItem('TIDAK_TERCAPAI')).toEqual({ dibawa: true });
    expect(hasilPenilaianItem('TERCAPAI')).toEqual({ dibawa: false });
  });
});

describe('reminder timing in the instansi time zone', () => {
  const at = (iso: string) => new Date(iso);
  const due = (jadwal: string, now: string, zona: string, h1 = false, h0 = false) =>
    pengingatJatuhTempo({ jadwal: at(jadwal), sekarang: at(now), zona, h1Terkirim: h1, h0Terkirim: h0 });

  it.each([
    // dialog 10 May 09:00 WIB = 02:00Z
    ['2026-05-10T02:00:00Z', '2026-05-09T01:00:00Z', 'Asia/Jakarta', 'H1'],
    ['2026-05-10T02:00:00Z', '2026-05-09T17:30:00Z', 'Asia/Jakarta', 'H0'], // 00:30 WIB on the day
    ['2026-05-10T02:00:00Z', '2026-05-09T16:59:00Z', 'Asia/Jakarta', 'H1'], // 23:59 WIB the day before
    ['2026-05-10T02:00:00Z', '2026-05-08T10:00:00Z', 'Asia/Jakarta', null], // two days before
    ['2026-05-10T02:00:00Z', '2026-05-10T02:00:00Z', 'Asia/Jakarta', null], // it has started
    // 07:00 WIT on 10 May = 22:00Z on 9 May: in Jayapura the day itself starts at 15:00Z on 9 May
    ['2026-05-09T22:00:00Z', '2026-05-09T15:30:00Z', 'Asia/Jayapura', 'H0'],
    ['2026-05-09T22:00:00Z', '2026-05-09T14:30:00Z', 'Asia/Jayapura', 'H1'],
    // the same instants judged in WIB: the dialog is at 05:00 WIB on 10 May
    ['2026-05-09T22:00:00Z', '2026-05-09T15:30:00Z', 'Asia/Jakarta', 'H1'],
    // WITA (UTC+8): 08:00 WITA on 1 Jan = 00:00Z; the day before is 31 Dec of the previous year
    ['2027-01-01T00:00:00Z', '2026-12-31T03:00:00Z', 'Asia/Makassar', 'H1'],
    ['2027-01-01T00:00:00Z', '2026-12-31T16:30:00Z', 'Asia/Makassar', 'H0'],
  ])('dialog at %s, now %s in %s: %s', (jadwal, now, zona, expected) => {
    expect(due(jadwal, now, zona)).toBe(expected);
  });

  it('never repeats a reminder already sent', () => {
    expect(due('2026-05-10T02:00:00Z', '2026-05-09T01:00:00Z', 'Asia/Jakarta', true)).toBeNull();
    expect(due('2026-05-10T02:00:00Z', '2026-05-09T17:30:00Z', 'Asia/Jakarta', true, true)).toBeNull();
    // the day itself still gets its own reminder when the day before was sent
    expect(due('2026-05-10T02:00:00Z', '2026-05-09T17:30:00Z', 'Asia/Jakarta', true, false)).toBe('H0');
  });

  it('never answers a reminder for a dialog more than two local days ahead (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 * 24 }),
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'),
        (offsetH, aheadH, zona) => {
          const now = new Date(Date.UTC(2026, 0, 1) + offsetH * 3_600_000);
          const jadwal = new Date(now.getTime() + aheadH * 3_600_000);
          const r = pengingatJatuhTempo({ jadwal, sekarang: now, zona, h1Terkirim: false, h0Terkirim: false });
          if (aheadH > 48) expect(r).toBeNull();
          if (r === 'H0') expect(tanggalLokal(now, zona)).toBe(tanggalLokal(jadwal, zona));
        },
      ),
    );
  });

  it('computes local dates and the day before across month and year ends', () => {
    expect(tanggalLokal(at('2026-05-09T17:00:00Z'), 'Asia/Jakarta')).toBe('2026-05-10');
    expect(tanggalLokal(at('2026-05-09T17:00:00Z'), 'UTC')).toBe('2026-05-09');
    expect(hariSebelumnya('2026-03-01')).toBe('2026-02-28');
    expect(hariSebelumnya('2027-01-01')).toBe('2026-12-31');
  });

  it('bounds the claiming window to two days ahead', () => {
    const now = at('2026-05-09T00:00:00Z');
    expect(jendelaPengingat(now)).toEqual({ dari: now, sampai: at('2026-05-11T00:00:00Z') });
  });
});

describe('coaching follow-up formats', () => {
  it('has the nine statements of Format B.1.8 in three groups of three', () => {
    expect(KRITERIA_UMPAN_BALIK_COACHING).toHaveLength(9);
    for (const g of ['PEGAWAI', 'PEMBIMBING', 'BERSAMA'])
      expect(KRITERIA_UMPAN_BALIK_COACHING.filter((k) => k.kelompok === g)).toHaveLength(3);
  });

  it.each([
    ['COACHING', true],
    ['MENTORING', true],
    ['KONSELING', true],
    ['DIALOG', false],
  ])('%s is a bimbingan session: %s', (jenis, expected) => {
    expect(adalahBimbingan(jenis)).toBe(expected);
  });
});

describe('realisasi counted towards a period', () => {
  const periode = [
    { kode: 'TW1', selesai: '2026-03-31' },
    { kode: 'TW2', selesai: '2026-06-30' },
    { kode: 'TW3', selesai: '2026-09-30' },
    { kode: 'AKHIR', selesai: '2026-12-31' },
  ];
  const realisasi = [
    { periodeKode: 'TW1', nilai: 3 },
    { periodeKode: 'TW2', nilai: 4 },
    { periodeKode: 'TW3', nilai: null },
    { periodeKode: 'X', nilai: 100 },
  ];

  it('sums the periods ending on or before the dialog period, ignoring unknown periods and empty values', () => {
    expect(realisasiSampai(periode, realisasi, 'TW1')).toEqual([3]);
    expect(realisasiSampai(periode, realisasi, 'TW3')).toEqual([3, 4]);
    expect(realisasiSampai(periode, realisasi, 'TW9')).toEqual([]);
  });

  it('takes the AKHIR realisasi alone for an AKHIR dialog, else the periodic ones', () => {
    expect(realisasiSampai(periode, realisasi, 'AKHIR')).toEqual([3, 4]);
    expect(realisasiSampai(periode, [...realisasi, { periodeKode: 'AKHIR', nilai: 12 }], 'AKHIR')).toEqual([12]);
    expect(realisasiSampai(periode, [{ periodeKode: 'AKHIR', nilai: 12 }], 'TW2')).toEqual([]);
  });
});
