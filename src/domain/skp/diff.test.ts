import { describe, expect, it } from 'vitest';
import { diffSkp, type IsiRhk, type IsiSkp, ikiLine } from './diff.ts';

const iki = (indikator: string, nilai = '10', satuan = 'dokumen') => ({
  aspek: 'KUANTITAS',
  indikator,
  targetNilai: nilai,
  targetSatuan: satuan,
  targetTeks: null,
});

const rhk = (id: string, teks: string, extra: Partial<IsiRhk> = {}): IsiRhk => ({
  id,
  jenis: 'UTAMA',
  teks,
  sumber: 'INTERVENSI',
  parentRhkId: 'p1',
  pkIndikatorId: null,
  cascading: 'LANGSUNG',
  perspektif: null,
  penugasanDari: null,
  iki: [iki('Jumlah laporan')],
  ...extra,
});

const base: IsiSkp = {
  rhk: [rhk('a', 'Tersusunnya laporan'), rhk('b', 'Terlaksananya rapat')],
  perilaku: { AKUNTABEL: 'Tepat waktu' },
  lampiran: { dukunganSumberDaya: ['Komputer'], skemaPertanggungjawaban: ['Laporan bulanan'], konsekuensi: [] },
};

describe('diffSkp', () => {
  const cases: Array<[string, IsiSkp, Array<[string, string, string | null, string | null, string | null]>]> = [
    ['no change', base, []],
    [
      'an RHK text edited',
      { ...base, rhk: [rhk('a', 'Tersusunnya laporan kinerja'), base.rhk[1]] },
      [['UBAH', 'rhk', 'teks', 'Tersusunnya laporan', 'Tersusunnya laporan kinerja']],
    ],
    [
      'an RHK removed and one added with its IKI',
      {
        ...base,
        rhk: [base.rhk[0], rhk('c', 'Terkelolanya arsip', { jenis: 'TAMBAHAN', iki: [iki('Jumlah arsip')] })],
      },
      [
        ['HAPUS', 'rhk', null, 'UTAMA: Terlaksananya rapat', null],
        ['TAMBAH', 'rhk', null, null, 'TAMBAHAN: Terkelolanya arsip'],
        ['TAMBAH', 'iki', null, null, 'KUANTITAS: Jumlah arsip — 10 dokumen'],
      ],
    ],
    [
      'an IKI target changed, one added, a field cleared',
      {
        ...base,
        rhk: [
          rhk('a', 'Tersusunnya laporan', {
            iki: [iki('Jumlah laporan', '12'), iki('Ketepatan', '100', '%')],
            cascading: null,
          }),
          base.rhk[1],
        ],
      },
      [
        ['UBAH', 'rhk', 'cascading', 'LANGSUNG', null],
        ['UBAH', 'iki', null, 'KUANTITAS: Jumlah laporan — 10 dokumen', 'KUANTITAS: Jumlah laporan — 12 dokumen'],
        ['TAMBAH', 'iki', null, null, 'KUANTITAS: Ketepatan — 100 %'],
      ],
    ],
    [
      'an IKI removed',
      { ...base, rhk: [rhk('a', 'Tersusunnya laporan', { iki: [] }), base.rhk[1]] },
      [['HAPUS', 'iki', null, 'KUANTITAS: Jumlah laporan — 10 dokumen', null]],
    ],
    [
      'perilaku added, changed and removed',
      { ...base, perilaku: { KOMPETEN: 'Ikut pelatihan', AKUNTABEL: null } },
      [
        ['HAPUS', 'perilaku', null, 'Tepat waktu', null],
        ['TAMBAH', 'perilaku', null, null, 'Ikut pelatihan'],
      ],
    ],
    [
      'perilaku text changed',
      { ...base, perilaku: { AKUNTABEL: 'Selalu tepat waktu' } },
      [['UBAH', 'perilaku', null, 'Tepat waktu', 'Selalu tepat waktu']],
    ],
    [
      'lampiran lines removed and added',
      {
        ...base,
        lampiran: {
          dukunganSumberDaya: ['Laptop'],
          skemaPertanggungjawaban: ['Laporan bulanan'],
          konsekuensi: ['Teguran'],
        },
      },
      [
        ['HAPUS', 'lampiran', null, 'Komputer', null],
        ['TAMBAH', 'lampiran', null, null, 'Laptop'],
        ['TAMBAH', 'lampiran', null, null, 'Teguran'],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, after, expected) => {
    const got = diffSkp(base, after).map((p) => [p.jenis, p.bagian, p.field, p.sebelum, p.sesudah]);
    expect(got).toEqual(expected);
  });

  it('labels items by their position in the form', () => {
    const after = {
      ...base,
      lampiran: { ...base.lampiran, konsekuensi: ['Penghargaan'] },
      rhk: [rhk('a', 'Baru'), base.rhk[1]],
    };
    expect(diffSkp(base, after).map((p) => p.label)).toEqual(['RHK 1', 'Lampiran · Konsekuensi']);
  });

  it('treats a missing lampiran block as empty', () => {
    const partial = {
      ...base,
      lampiran: { dukunganSumberDaya: ['Komputer'], skemaPertanggungjawaban: ['Laporan bulanan'] } as never,
    };
    expect(diffSkp(partial, base)).toEqual([]);
    expect(diffSkp(base, partial)).toEqual([]);
  });

  it('describes a narrative IKI by its narrative target', () => {
    expect(
      ikiLine({
        aspek: 'KUALITAS',
        indikator: 'Mutu',
        targetNilai: null,
        targetSatuan: null,
        targetTeks: 'Tanpa revisi',
      }),
    ).toBe('KUALITAS: Mutu — Tanpa revisi');
  });
});
