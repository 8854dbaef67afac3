import { describe, expect, it } from 'vitest';
import { assemblePohon, formatTarget, isRhkYatim, type PohonInput, type PohonRhkRow } from './pohon.ts';

const U = { root: 'u-dinas', bidang: 'u-bidang', seksi: 'u-seksi', sekolah: 'u-sekolah', luar: 'u-luar' };

function rhk(id: string, skpId: string, over: Partial<PohonRhkRow> = {}): PohonRhkRow {
  return {
    id,
    skpId,
    jenis: 'UTAMA',
    urutan: 1,
    teks: `RHK ${id}`,
    sumber: 'INTERVENSI',
    parentRhkId: null,
    pkIndikatorId: null,
    jumlahIki: 2,
    ...over,
  };
}

/** Dinas → Bidang → Seksi, plus a school; the Dinas has a PK with two sasaran. */
function base(): PohonInput {
  return {
    rootUnitId: U.root,
    units: [
      { id: U.root, parentId: 'u-pemda', nama: 'Dinas Pendidikan', jenis: 'DINAS' },
      { id: U.bidang, parentId: U.root, nama: 'Bidang SD', jenis: 'BIDANG' },
      { id: U.seksi, parentId: U.bidang, nama: 'Seksi Kurikulum', jenis: 'SEKSI' },
      { id: U.sekolah, parentId: U.root, nama: 'SD Negeri 1', jenis: 'SEKOLAH' },
      { id: U.luar, parentId: 'u-pemda', nama: 'Dinas Lain', jenis: 'DINAS' },
      { id: 'u-pemda', parentId: null, nama: 'Pemda', jenis: 'PEMDA' },
    ],
    sasaran: [
      { id: 's2', unitId: U.root, pkStatus: 'DITETAPKAN', urutan: 2, sasaran: 'Meningkatnya tata kelola' },
      { id: 's1', unitId: U.root, pkStatus: 'DITETAPKAN', urutan: 1, sasaran: 'Meningkatnya mutu pendidikan' },
      { id: 's-luar', unitId: U.luar, pkStatus: 'DRAFT', urutan: 1, sasaran: 'Bukan pohon ini' },
    ],
    indikator: [
      { id: 'i1', sasaranId: 's1', urutan: 1, indikator: 'APM SD', targetNilai: '98.5', satuan: '%', targetTeks: null },
      {
        id: 'i2',
        sasaranId: 's1',
        urutan: 2,
        indikator: 'Rata-rata nilai',
        targetNilai: '1500',
        satuan: null,
        targetTeks: null,
      },
      {
        id: 'i3',
        sasaranId: 's2',
        urutan: 1,
        indikator: 'Opini laporan',
        targetNilai: null,
        satuan: null,
        targetTeks: 'WTP',
      },
      {
        id: 'i-luar',
        sasaranId: 's-luar',
        urutan: 1,
        indikator: 'x',
        targetNilai: null,
        satuan: null,
        targetTeks: null,
      },
    ],
    pegawai: [
      { id: 'p-kadis', nama: 'Budi', nip: '1', jabatanNama: 'Kepala Dinas', unitId: U.root },
      { id: 'p-kabid', nama: 'Siti', nip: '2', jabatanNama: 'Kabid', unitId: U.bidang },
      { id: 'p-kasi', nama: 'Agus', nip: '3', jabatanNama: 'Kasi', unitId: U.seksi },
      { id: 'p-staf', nama: 'Dewi', nip: '4', jabatanNama: 'Staf', unitId: U.seksi },
      { id: 'p-guru', nama: 'Putri', nip: '5', jabatanNama: 'Guru', unitId: U.sekolah },
      { id: 'p-baru', nama: 'Eka', nip: '6', jabatanNama: null, unitId: U.seksi },
      { id: 'p-luar', nama: 'Orang Lain', nip: '7', jabatanNama: 'x', unitId: U.luar },
    ],
    skp: [
      { id: 'k-kadis', pegawaiId: 'p-kadis', status: 'DITETAPKAN', jenisForm: 'JPT' },
      { id: 'k-kabid', pegawaiId: 'p-kabid', status: 'DITETAPKAN', jenisForm: 'JA_JF' },
      { id: 'k-kasi', pegawaiId: 'p-kasi', status: 'DIAJUKAN', jenisForm: 'JA_JF' },
      { id: 'k-staf-lama', pegawaiId: 'p-staf', status: 'DRAFT', jenisForm: 'JA_JF' },
      { id: 'k-staf', pegawaiId: 'p-staf', status: 'DIKEMBALIKAN', jenisForm: 'JA_JF' },
      { id: 'k-guru', pegawaiId: 'p-guru', status: 'DITETAPKAN', jenisForm: 'JA_JF' },
      { id: 'k-guru-aneh', pegawaiId: 'p-guru', status: 'STATUS_LAIN', jenisForm: 'JA_JF' },
      { id: 'k-kasi-draft', pegawaiId: 'p-kasi', status: 'DRAFT', jenisForm: 'JA_JF' },
      { id: 'k-luar', pegawaiId: 'p-luar', status: 'DITETAPKAN', jenisForm: 'JA_JF' },
    ],
    rhk: [
      rhk('r-kadis-1', 'k-kadis', { sumber: 'PK', pkIndikatorId: 'i1', teks: 'Meningkatnya APM' }),
      rhk('r-kadis-2', 'k-kadis', { sumber: 'PK', pkIndikatorId: 'i3', urutan: 2 }),
      rhk('r-kadis-3', 'k-kadis', { sumber: 'PENUGASAN', jenis: 'TAMBAHAN', urutan: 1 }),
      rhk('r-kabid-1', 'k-kabid', { parentRhkId: 'r-kadis-1' }),
      rhk('r-kasi-1', 'k-kasi', { parentRhkId: 'r-kabid-1' }),
      rhk('r-staf-1', 'k-staf', { parentRhkId: 'r-kasi-1' }),
      rhk('r-staf-2', 'k-staf', { urutan: 2 }),
      rhk('r-staf-3', 'k-staf', { urutan: 3, sumber: 'TIM_KERJA' }),
      rhk('r-guru-1', 'k-guru', { parentRhkId: 'r-kepala-luar' }),
      rhk('r-guru-2', 'k-guru', { parentRhkId: 'r-hilang', urutan: 2 }),
      rhk('r-guru-3', 'k-guru', { sumber: 'JF', urutan: 3 }),
      rhk('r-guru-4', 'k-guru', { parentRhkId: 'r-kabid-lama', urutan: 4 }),
      rhk('r-yatim-luar', 'k-luar'),
      rhk('r-tanpa-skp', 'k-tidak-ada'),
    ],
    rhkLuar: [
      {
        id: 'r-kepala-luar',
        skpId: 'k-x',
        teks: 'RHK Kepala Dinas Lain',
        jenis: 'UTAMA',
        skpStatus: 'DRAFT',
        pegawaiId: 'p-x',
        pegawaiNama: 'Kepala Luar',
        unitNama: 'Dinas Lain',
      },
      {
        id: 'r-kabid-lama',
        skpId: 'k-kabid-lama',
        teks: 'RHK lama',
        jenis: 'UTAMA',
        skpStatus: 'DITUTUP',
        pegawaiId: 'p-kabid',
        pegawaiNama: 'Siti',
        unitNama: 'Bidang SD',
      },
      {
        id: 'r-tak-dipakai',
        skpId: 'k-y',
        teks: 'x',
        jenis: 'UTAMA',
        skpStatus: 'DRAFT',
        pegawaiId: 'p-y',
        pegawaiNama: 'y',
        unitNama: null,
      },
    ],
  };
}

describe('pohon kinerja assembly', () => {
  const pohon = assemblePohon(base());
  const byId = new Map(pohon.nodes.map((n) => [n.id, n]));
  const node = (id: string) => {
    const n = byId.get(id);
    if (!n) throw new Error(`no node ${id}`);
    return n;
  };

  it("links PK sasaran → indikator → the head's RHK → every intervening RHK down the chain", () => {
    expect(node('s1').parentId).toBe(U.root);
    expect(node('i1').parentId).toBe('s1');
    expect(node('r-kadis-1').parentId).toBe('i1');
    expect(node('r-kabid-1').parentId).toBe('r-kadis-1');
    expect(node('r-kasi-1').parentId).toBe('r-kabid-1');
    expect(node('r-staf-1').parentId).toBe('r-kasi-1');
    expect(node('r-staf-1').depth).toBe(6);
    expect(node('r-kadis-1').rhk).toMatchObject({
      pegawaiId: 'p-kadis',
      skpStatus: 'DITETAPKAN',
      sumber: 'PK',
      jenisForm: 'JPT',
    });
  });

  it('returns the nodes pre-ordered: every parent before its children, siblings in order', () => {
    const index = new Map(pohon.nodes.map((n, i) => [n.id, i]));
    for (const n of pohon.nodes) if (n.parentId) expect(index.get(n.parentId)).toBeLessThan(index.get(n.id) as number);
    expect(pohon.nodes[0].id).toBe(U.root);
    const rootKids = pohon.nodes.filter((n) => n.parentId === U.root).map((n) => n.id);
    expect(rootKids).toEqual(['s1', 's2', 'r-kepala-luar', 'r-kabid-lama', 'r-kadis-3', U.bidang, U.sekolah]);
    expect(node(U.root).anak).toBe(7);
  });

  it('flags orphan RHK of JA/JF forms, but not PENUGASAN, JF, TIM_KERJA or JPT RHK', () => {
    expect(node('r-staf-2').flags).toEqual(['RHK_YATIM']);
    expect(node('r-staf-2').parentId).toBe(U.seksi);
    expect(node('r-guru-2').flags).toEqual(['RHK_YATIM']); // parent that no longer exists
    expect(node('r-staf-3').flags).toEqual([]);
    expect(node('r-guru-3').flags).toEqual([]);
    expect(node('r-kadis-3').flags).toEqual([]);
    expect(pohon.ringkasan.rhkYatim).toBe(2);
  });

  it('flags PK indicators that no RHK carries out, and shows targets', () => {
    expect(node('i2').flags).toEqual(['INDIKATOR_TANPA_RHK']);
    expect(node('i1').flags).toEqual([]);
    expect(node('i1').indikator?.target).toBe('98,5 %');
    expect(node('i2').indikator?.target).toBe('1.500');
    expect(node('i3').indikator?.target).toBe('WTP');
    expect(pohon.ringkasan.indikatorTanpaRhk).toBe(1);
  });

  it('lists pegawai without a set SKP under their unit, with their best status', () => {
    expect(node(U.seksi).flags).toEqual(['PEGAWAI_TANPA_SKP_DITETAPKAN']);
    expect(node(U.seksi).unit?.belumDitetapkan).toEqual([
      { pegawaiId: 'p-kasi', skpStatus: 'DIAJUKAN' },
      { pegawaiId: 'p-staf', skpStatus: 'DIKEMBALIKAN' },
      { pegawaiId: 'p-baru', skpStatus: null },
    ]);
    expect(node(U.sekolah).flags).toEqual([]);
    expect(node(U.sekolah).unit).toMatchObject({ pegawai: 1, ditetapkan: 1 });
    expect(pohon.ringkasan).toMatchObject({
      pegawai: 6,
      pegawaiDitetapkan: 3,
      pegawaiBelumDitetapkan: 3,
      unit: 4,
      sasaran: 2,
      indikator: 3,
    });
  });

  it('shows an intervened RHK outside the unit as context, once, and ignores data outside the subtree', () => {
    expect(node('r-kepala-luar')).toMatchObject({ jenis: 'RHK_LUAR', parentId: U.root, anak: 1 });
    expect(node('r-guru-1').parentId).toBe('r-kepala-luar');
    expect(byId.has('r-tak-dipakai')).toBe(false);
    expect(byId.has(U.luar)).toBe(false);
    expect(byId.has('s-luar')).toBe(false);
    expect(byId.has('r-yatim-luar')).toBe(false);
    expect(byId.has('r-tanpa-skp')).toBe(false);
    expect(pohon.pegawai.find((p) => p.id === 'p-x')).toMatchObject({
      nama: 'Kepala Luar',
      unitId: null,
      skpStatus: null,
    });
    expect(pohon.pegawai.find((p) => p.id === 'p-luar')).toBeUndefined();
  });

  it('counts RHK, owners and problems per subtree', () => {
    expect(node('r-kadis-1')).toMatchObject({ jumlahRhk: 3, jumlahPegawai: 4, jumlahMasalah: 0, anak: 1 });
    expect(node('s1')).toMatchObject({ jumlahRhk: 4, jumlahPegawai: 4, jumlahMasalah: 1 });
    expect(node(U.seksi)).toMatchObject({ jumlahRhk: 2, jumlahPegawai: 1, jumlahMasalah: 2 });
    expect(node(U.root)).toMatchObject({ jumlahRhk: 12, jumlahPegawai: 5, jumlahMasalah: 4 });
    expect(pohon.ringkasan.rhk).toBe(12);
    expect(pohon.pegawai.find((p) => p.id === 'p-kabid')).toMatchObject({ unitId: U.bidang, skpStatus: 'DITETAPKAN' });
  });

  it('sorts RHK by owner, SKP, UTAMA before TAMBAHAN, then order', () => {
    const input = base();
    input.rhk = [
      rhk('b', 'k-kadis', { jenis: 'TAMBAHAN', urutan: 1, sumber: 'PENUGASAN' }),
      rhk('a2', 'k-kadis', { urutan: 2, sumber: 'PENUGASAN' }),
      rhk('a1b', 'k-kadis', { urutan: 1, sumber: 'PENUGASAN' }),
      rhk('a1a', 'k-kadis', { urutan: 1, sumber: 'PENUGASAN' }),
      rhk('z', 'k-staf-lama', { sumber: 'TIM_KERJA' }),
      rhk('y', 'k-staf', { sumber: 'TIM_KERJA' }),
    ];
    const p = assemblePohon(input);
    expect(p.nodes.filter((n) => n.parentId === U.root && n.jenis === 'RHK').map((n) => n.id)).toEqual([
      'a1a',
      'a1b',
      'a2',
      'b',
    ]);
    expect(p.nodes.filter((n) => n.parentId === U.seksi && n.jenis === 'RHK').map((n) => n.id)).toEqual(['y', 'z']);
  });

  it('breaks a parent_rhk_id cycle instead of losing the RHK in it', () => {
    const input = base();
    input.rhk = [
      rhk('c-desc', 'k-staf', { parentRhkId: 'c1', sumber: 'TIM_KERJA' }),
      rhk('c1', 'k-kasi', { parentRhkId: 'c2' }),
      rhk('c2', 'k-kabid', { parentRhkId: 'c1' }),
    ];
    const p = assemblePohon(input);
    const ids = p.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['c-desc', 'c1', 'c2']));
    const index = new Map(p.nodes.map((n, i) => [n.id, i]));
    for (const n of p.nodes) if (n.parentId) expect(index.get(n.parentId)).toBeLessThan(index.get(n.id) as number);
    const broken = p.nodes.find((n) => n.id === 'c1' || n.id === 'c2');
    expect(broken?.jenis).toBe('RHK');
    const c1 = p.nodes.find((n) => n.id === 'c1');
    expect([U.seksi, 'c2']).toContain(c1?.parentId);
  });

  it('returns an empty tree when the root unit is unknown', () => {
    const p = assemblePohon({ ...base(), rootUnitId: 'nope' });
    expect(p.nodes).toEqual([]);
    expect(p.ringkasan.unit).toBe(0);
  });

  it('handles a unit tree that loops back on itself', () => {
    const input = base();
    input.units = [
      { id: U.root, parentId: U.bidang, nama: 'Dinas', jenis: 'DINAS' },
      { id: U.bidang, parentId: U.root, nama: 'Bidang', jenis: 'BIDANG' },
    ];
    const p = assemblePohon({ ...input, pegawai: [], skp: [], rhk: [], sasaran: [], indikator: [], rhkLuar: [] });
    expect(p.nodes.map((n) => n.id)).toEqual([U.root, U.bidang]);
  });
});

describe('pohon helpers', () => {
  it('formats targets from value and unit, or the narrative', () => {
    expect(formatTarget('12', 'dokumen', null)).toBe('12 dokumen');
    expect(formatTarget('abc', null, null)).toBe('abc');
    expect(formatTarget('', null, 'naratif')).toBe('naratif');
    expect(formatTarget(null, null, null)).toBeNull();
  });

  it('decides orphans by form, parent and source', () => {
    expect(isRhkYatim('JA_JF', 'INTERVENSI', false)).toBe(true);
    expect(isRhkYatim('JA_JF', 'INTERVENSI', true)).toBe(false);
    expect(isRhkYatim('JPT', 'PK', false)).toBe(false);
    expect(isRhkYatim('JA_JF', 'PENUGASAN', false)).toBe(false);
  });
});
