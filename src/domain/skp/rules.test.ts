import { describe, expect, it } from 'vitest';
import {
  checkIki,
  checkKelengkapan,
  checkRhkSumber,
  defaultRentang,
  isKepalaUnitMandiri,
  type KelengkapanRhk,
  RHK_STUB_TEKS,
  rentangBertumpuk,
} from './rules.ts';

const fields = (m: Array<{ field: string }>) => m.map((x) => x.field);

describe('checkRhkSumber', () => {
  const cases: Array<[string, Parameters<typeof checkRhkSumber>[0], string[]]> = [
    [
      'JPT from the PK with perspektif',
      { jenisForm: 'JPT', sumber: 'PK', pkIndikatorId: 'x', perspektif: 'ANGGARAN' },
      [],
    ],
    [
      'JPT from the PK without indicator or perspektif',
      { jenisForm: 'JPT', sumber: 'PK' },
      ['pkIndikatorId', 'perspektif'],
    ],
    [
      'JPT penugasan needs who assigned it',
      { jenisForm: 'JPT', sumber: 'PENUGASAN', penugasanDari: ' ', perspektif: 'PROSES_BISNIS' },
      ['penugasanDari'],
    ],
    ['JPT cannot intervene', { jenisForm: 'JPT', sumber: 'INTERVENSI', parentRhkId: 'p' }, ['sumber']],
    ['JA/JF intervensi needs a parent', { jenisForm: 'JA_JF', sumber: 'INTERVENSI' }, ['parentRhkId']],
    ['JA/JF intervensi with a parent', { jenisForm: 'JA_JF', sumber: 'INTERVENSI', parentRhkId: 'p' }, []],
    ['JA/JF from the functional scope', { jenisForm: 'JA_JF', sumber: 'JF' }, []],
    ['JA/JF from a work team', { jenisForm: 'JA_JF', sumber: 'TIM_KERJA' }, []],
    ['JA/JF penugasan', { jenisForm: 'JA_JF', sumber: 'PENUGASAN', penugasanDari: 'Kepala Dinas' }, []],
  ];
  it.each(cases)('%s', (_n, input, expected) => expect(fields(checkRhkSumber(input))).toEqual(expected));

  it('explains in both languages which sources are allowed', () => {
    const [m] = checkRhkSumber({ jenisForm: 'JPT', sumber: 'JF' });
    expect(m.id).toContain('PK, PENUGASAN');
    expect(m.en).toContain('not allowed');
  });
});

describe('checkIki', () => {
  const cases: Array<[string, 'KUANTITATIF' | 'KUALITATIF', Parameters<typeof checkIki>[1], string[]]> = [
    [
      'quantitative complete',
      'KUANTITATIF',
      { aspek: 'KUANTITAS', indikator: 'Jumlah', targetNilai: 12, targetSatuan: 'dokumen' },
      [],
    ],
    [
      'quantitative as string',
      'KUANTITATIF',
      { aspek: 'WAKTU', indikator: 'Waktu', targetNilai: '6', targetSatuan: 'bulan' },
      [],
    ],
    [
      'quantitative without value',
      'KUANTITATIF',
      { aspek: 'KUANTITAS', indikator: 'Jumlah', targetSatuan: 'dokumen' },
      ['i.targetNilai'],
    ],
    [
      'quantitative empty value',
      'KUANTITATIF',
      { aspek: 'KUANTITAS', indikator: 'Jumlah', targetNilai: '', targetSatuan: 'x' },
      ['i.targetNilai'],
    ],
    [
      'quantitative non-number',
      'KUANTITATIF',
      { aspek: 'KUANTITAS', indikator: 'J', targetNilai: 'banyak', targetSatuan: 'x' },
      ['i.targetNilai'],
    ],
    [
      'quantitative null value, no unit',
      'KUANTITATIF',
      { aspek: 'BIAYA', indikator: 'J', targetNilai: null },
      ['i.targetNilai', 'i.targetSatuan'],
    ],
    ['qualitative complete', 'KUALITATIF', { aspek: 'KUALITAS', indikator: 'Mutu', targetTeks: 'Tanpa revisi' }, []],
    [
      'qualitative without narrative',
      'KUALITATIF',
      { aspek: 'KUALITAS', indikator: ' ', targetTeks: null },
      ['i.indikator', 'i.targetTeks'],
    ],
  ];
  it.each(cases)('%s', (_n, p, input, expected) => expect(fields(checkIki(p, input, 'i'))).toEqual(expected));
});

describe('checkKelengkapan', () => {
  const ok: KelengkapanRhk = {
    jenis: 'UTAMA',
    teks: 'Tersusunnya laporan',
    sumber: 'JF',
    parentRhkId: null,
    pkIndikatorId: null,
    perspektif: null,
    penugasanDari: null,
    iki: [{ aspek: 'KUANTITAS', indikator: 'Jumlah', targetNilai: '1', targetSatuan: 'laporan' }],
  };
  it('accepts one complete main RHK', () => expect(checkKelengkapan('JA_JF', 'KUANTITATIF', [ok])).toEqual([]));
  it('refuses an SKP without RHK', () => expect(fields(checkKelengkapan('JA_JF', 'KUANTITATIF', []))).toEqual(['rhk']));
  it('refuses only additional RHK', () =>
    expect(fields(checkKelengkapan('JA_JF', 'KUANTITATIF', [{ ...ok, jenis: 'TAMBAHAN' }]))).toEqual(['rhk']));
  it('lists every missing piece with its place', () => {
    const stub = { ...ok, jenis: 'TAMBAHAN', teks: RHK_STUB_TEKS, sumber: 'INTERVENSI' as const, iki: [] };
    const bad = { ...ok, iki: [{ aspek: 'KUALITAS', indikator: 'Mutu', targetNilai: null, targetSatuan: 'x' }] };
    const got = checkKelengkapan('JA_JF', 'KUANTITATIF', [ok, stub, bad]);
    expect(fields(got)).toEqual(['rhk[1].teks', 'rhk[1].iki', 'rhk[1].parentRhkId', 'rhk[2].iki[0].targetNilai']);
    expect(got[0].id).toBe('RHK 2 belum ditulis.');
    expect(got[2].en).toMatch(/^RHK 2: /);
    expect(got[3].id).toMatch(/^RHK 3, IKI 1: /);
  });
  it('refuses an empty RHK text', () =>
    expect(fields(checkKelengkapan('JA_JF', 'KUANTITATIF', [ok, { ...ok, teks: ' ' }]))).toEqual(['rhk[1].teks']));
});

describe('isKepalaUnitMandiri', () => {
  const cases: Array<
    [
      string,
      string,
      { kepalaJabatanId: string | null; jenis: string; parentId: string | null },
      { parentId: string | null } | null,
      boolean,
    ]
  > = [
    [
      'head of an OPD under the root',
      'j',
      { kepalaJabatanId: 'j', jenis: 'DINAS', parentId: 'root' },
      { parentId: null },
      true,
    ],
    [
      'head of a kecamatan under the root',
      'j',
      { kepalaJabatanId: 'j', jenis: 'KECAMATAN', parentId: 'root' },
      { parentId: null },
      true,
    ],
    [
      'head of an UPT deeper down',
      'j',
      { kepalaJabatanId: 'j', jenis: 'UPT', parentId: 'dinas' },
      { parentId: 'root' },
      true,
    ],
    [
      'head of a puskesmas',
      'j',
      { kepalaJabatanId: 'j', jenis: 'PUSKESMAS', parentId: 'dinas' },
      { parentId: 'root' },
      true,
    ],
    [
      'head of a school',
      'j',
      { kepalaJabatanId: 'j', jenis: 'SEKOLAH', parentId: 'dinas' },
      { parentId: 'root' },
      false,
    ],
    [
      'head of a bidang',
      'j',
      { kepalaJabatanId: 'j', jenis: 'BIDANG', parentId: 'dinas' },
      { parentId: 'root' },
      false,
    ],
    ['head of the root itself', 'j', { kepalaJabatanId: 'j', jenis: 'PEMDA', parentId: null }, null, false],
    ['staff of an OPD', 'x', { kepalaJabatanId: 'j', jenis: 'DINAS', parentId: 'root' }, { parentId: null }, false],
  ];
  it.each(cases)('%s', (_n, jab, unit, parent, expected) =>
    expect(isKepalaUnitMandiri(jab, unit, parent)).toBe(expected),
  );
});

describe('defaultRentang and rentangBertumpuk', () => {
  it.each([
    [2025, null, '2025-01-01'],
    [2025, '2019-03-01', '2025-01-01'],
    [2025, '2025-01-01', '2025-01-01'],
    [2025, '2025-06-15', '2025-06-15'],
    [2025, '2026-02-01', '2025-01-01'],
  ] as const)('year %s, placement from %s starts on %s', (tahun, mulai, expected) => {
    expect(defaultRentang(tahun, mulai)).toEqual({ mulai: expected, selesai: `${tahun}-12-31` });
  });
  it.each([
    ['2025-01-01', '2025-05-31', '2025-06-01', '2025-12-31', false],
    ['2025-01-01', '2025-06-01', '2025-06-01', '2025-12-31', true],
    ['2025-07-01', '2025-12-31', '2025-01-01', '2025-06-30', false],
    ['2025-03-01', '2025-03-31', '2025-01-01', '2025-12-31', true],
  ])('%s..%s vs %s..%s overlap: %s', (a1, a2, b1, b2, expected) => {
    expect(rentangBertumpuk({ mulai: a1, selesai: a2 }, { mulai: b1, selesai: b2 })).toBe(expected);
  });
});
