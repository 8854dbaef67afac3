import { describe, expect, it } from 'vitest';
import { KOTAK_TALENTA } from './rules/permenpanrb-3-2020.ts';
import { isPredikat, kinerjaFromPredikat, kotakTalenta } from './talent.ts';
import { type Potensi, PREDIKATS, type Predikat, type Rating } from './types.ts';

// PermenPANRB 3/2020 Lampiran: grid potensi across (Rendah, Menengah, Tinggi), kinerja down.
const BOXES: [Rating, Potensi, number, string, string[]][] = [
  ['DI_ATAS', 'RENDAH', 4, 'Kinerja di atas ekspektasi dan potensial rendah', ['Rotasi', 'Pengembangan kompetensi']],
  [
    'DI_ATAS',
    'MENENGAH',
    7,
    'Kinerja di atas ekspektasi dan potensial menengah',
    [
      'Dipertahankan',
      'Masuk Kelompok Rencana Suksesi Instansi',
      'Rotasi/Pengayaan jabatan',
      'Pengembangan kompetensi',
      'Tugas belajar',
    ],
  ],
  [
    'DI_ATAS',
    'TINGGI',
    9,
    'Kinerja di atas ekspektasi dan potensial tinggi',
    ['Dipromosikan dan dipertahankan', 'Masuk Kelompok Rencana Suksesi Instansi/Nasional', 'Penghargaan'],
  ],
  [
    'SESUAI',
    'RENDAH',
    2,
    'Kinerja sesuai ekspektasi dan potensial rendah',
    ['Bimbingan kinerja', 'Pengembangan kompetensi', 'Penempatan yang sesuai'],
  ],
  [
    'SESUAI',
    'MENENGAH',
    5,
    'Kinerja sesuai ekspektasi dan potensial menengah',
    ['Penempatan yang sesuai', 'Bimbingan kinerja', 'Pengembangan kompetensi'],
  ],
  [
    'SESUAI',
    'TINGGI',
    8,
    'Kinerja sesuai ekspektasi dan potensial tinggi',
    ['Dipertahankan', 'Masuk Kelompok Rencana Suksesi Instansi', 'Rotasi/Perluasan jabatan', 'Bimbingan kinerja'],
  ],
  [
    'DI_BAWAH',
    'RENDAH',
    1,
    'Kinerja di bawah ekspektasi dan potensial rendah',
    ['Diproses sesuai ketentuan peraturan perundangan'],
  ],
  [
    'DI_BAWAH',
    'MENENGAH',
    3,
    'Kinerja di bawah ekspektasi dan potensial menengah',
    ['Bimbingan kinerja', 'Konseling kinerja', 'Pengembangan kompetensi', 'Penempatan yang sesuai'],
  ],
  [
    'DI_BAWAH',
    'TINGGI',
    6,
    'Kinerja di bawah ekspektasi dan potensial tinggi',
    ['Penempatan yang sesuai', 'Bimbingan kinerja', 'Konseling kinerja'],
  ],
];

describe('kotakTalenta', () => {
  it.each(BOXES)('places kinerja %s with potensi %s in box %i', (kinerja, potensi, kotak, label, rekomendasi) => {
    const r = kotakTalenta(kinerja, potensi);
    expect(r.kotak).toBe(kotak);
    expect(r.label.id).toBe(label);
    expect(r.rekomendasi.map((x) => x.id)).toEqual(rekomendasi);
    expect(r.isSuksesi).toBe(kotak >= 7);
    expect(r.predikat).toBeUndefined();
    expect(r.citation).toHaveLength(1);
    expect(r.explanation.id).toContain(`kotak ${kotak}`);
  });

  it('has nine distinct boxes with an English gloss for every label and action', () => {
    expect(new Set(KOTAK_TALENTA.map((b) => b.kotak)).size).toBe(9);
    for (const b of KOTAK_TALENTA) {
      expect(b.label.en.length).toBeGreaterThan(0);
      for (const r of b.rekomendasi) expect(r.en.length).toBeGreaterThan(0);
    }
  });

  it('says when a box belongs to the succession pool', () => {
    expect(kotakTalenta('SESUAI', 'TINGGI').explanation.en).toContain('succession pool');
    expect(kotakTalenta('SESUAI', 'MENENGAH').explanation.en).not.toContain('succession');
  });

  it('maps a predikat to the performance axis before placing it, and cites the mapping decision', () => {
    const r = kotakTalenta('SANGAT_BAIK', 'TINGGI');
    expect(r).toMatchObject({ kotak: 9, kinerja: 'DI_ATAS', predikat: 'SANGAT_BAIK' });
    expect(r.citation[1].confidence).toBe('UNSURE');
    expect(r.explanation.id).toContain('dipetakan');
    expect(kotakTalenta('BAIK', 'MENENGAH').kotak).toBe(5);
    expect(kotakTalenta('BUTUH_PERBAIKAN', 'TINGGI').kotak).toBe(6);
  });

  it('uses an instansi mapping of predikat to the performance axis', () => {
    const mapping = {
      SANGAT_BAIK: 'DI_ATAS',
      BAIK: 'DI_ATAS',
      BUTUH_PERBAIKAN: 'SESUAI',
      KURANG: 'DI_BAWAH',
      SANGAT_KURANG: 'DI_BAWAH',
    } as const;
    expect(kotakTalenta('BAIK', 'TINGGI', mapping).kotak).toBe(9);
    expect(kinerjaFromPredikat('BUTUH_PERBAIKAN', mapping)).toBe('SESUAI');
  });
});

describe('kinerjaFromPredikat', () => {
  const DEFAULTS: [Predikat, Rating][] = [
    ['SANGAT_BAIK', 'DI_ATAS'],
    ['BAIK', 'SESUAI'],
    ['BUTUH_PERBAIKAN', 'DI_BAWAH'],
    ['KURANG', 'DI_BAWAH'],
    ['SANGAT_KURANG', 'DI_BAWAH'],
  ];
  it.each(DEFAULTS)('maps %s to %s by default', (p, r) => {
    expect(kinerjaFromPredikat(p)).toBe(r);
  });

  it('tells predikat from ratings', () => {
    for (const p of PREDIKATS) expect(isPredikat(p)).toBe(true);
    expect(isPredikat('DI_ATAS')).toBe(false);
  });
});
