import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findHierarchyProblems,
  type JenisJabatan,
  OrgIndex,
  type OrgJabatan,
  type OrgOverride,
  type OrgPlacement,
  type OrgSnapshot,
  type OrgUnit,
  resolveAppraiser,
} from './appraiser.ts';

/** A small org builder: units, positions and people by short names. */
function org(spec: {
  units: Array<[id: string, parent: string | null, head: string | null, jenis?: string]>;
  jabatan: Array<[id: string, unit: string, jenis: JenisJabatan, atasan?: string]>;
  placements: Array<[pegawai: string, jabatan: string, jenis?: OrgPlacement['jenis']]>;
  overrides?: OrgOverride[];
  extraPegawai?: string[];
  namaPimpinan?: string;
}): OrgIndex {
  const units = new Map<string, OrgUnit>(
    spec.units.map(([id, parentId, kepalaJabatanId, jenis]) => [
      id,
      { id, parentId, nama: `Unit ${id}`, jenis: jenis ?? 'BIDANG', kepalaJabatanId },
    ]),
  );
  const jabatan = new Map<string, OrgJabatan>(
    spec.jabatan.map(([id, unitId, jenis, atasan]) => [
      id,
      { id, unitId, nama: `Jabatan ${id}`, jenis, atasanJabatanId: atasan ?? null },
    ]),
  );
  const people = new Set([...spec.placements.map((p) => p[0]), ...(spec.extraPegawai ?? [])]);
  const snapshot: OrgSnapshot = {
    jabatanPimpinan: 'Bupati',
    ...(spec.namaPimpinan ? { namaPimpinan: spec.namaPimpinan } : {}),
    units,
    jabatan,
    pegawai: new Map([...people].map((id) => [id, { id, nama: `Pegawai ${id}`, nip: `nip-${id}` }])),
    placements: spec.placements.map(([pegawaiId, jabatanId, jenis]) => ({
      pegawaiId,
      jabatanId,
      jenis: jenis ?? 'DEFINITIF',
    })),
    overrides: spec.overrides ?? [],
  };
  return new OrgIndex(snapshot);
}

/** Pemda → Dinas (JPT) → Bidang (Adm) → Seksi (Pengawas) + a school with a functional head. */
const base = () =>
  org({
    units: [
      ['pemda', null, null, 'PEMDA'],
      ['dinas', 'pemda', 'kadis', 'DINAS'],
      ['bidang', 'dinas', 'kabid'],
      ['seksi', 'bidang', 'kasi', 'SEKSI'],
      ['sd', 'dinas', 'kepsek', 'SEKOLAH'],
    ],
    jabatan: [
      ['kadis', 'dinas', 'JPT_PRATAMA'],
      ['kabid', 'bidang', 'ADMINISTRATOR'],
      ['kasi', 'seksi', 'PENGAWAS'],
      ['staf', 'seksi', 'PELAKSANA'],
      ['jfBidang', 'bidang', 'FUNGSIONAL'],
      ['kepsek', 'sd', 'FUNGSIONAL'],
      ['guru', 'sd', 'FUNGSIONAL'],
    ],
    placements: [
      ['A', 'kadis'],
      ['B', 'kabid'],
      ['C', 'kasi'],
      ['D', 'staf'],
      ['E', 'jfBidang'],
      ['F', 'kepsek'],
      ['G', 'guru'],
    ],
  });

const who = (p: ReturnType<typeof resolveAppraiser>['penilai']) =>
  p === null ? null : p.kind === 'PIMPINAN_INSTANSI' ? `@${p.jabatan}` : p.pegawaiId;

describe('resolveAppraiser — the BKN regional table (domain.md §1.2)', () => {
  // [appraisee, expected pejabat penilai, expected atasan pejabat penilai]
  const table: Array<[string, string, string, string]> = [
    ['pelaksana → pengawas, atasan administrator', 'D', 'C', 'B'],
    ['pengawas → administrator, atasan JPT pratama', 'C', 'B', 'A'],
    ['administrator → JPT pratama, atasan regional head', 'B', 'A', '@Bupati'],
    ['JPT pratama (head of OPD) → regional head, atasan regional head', 'A', '@Bupati', '@Bupati'],
    ['JF in a bidang → the administrator heading it', 'E', 'B', 'A'],
    ['teacher → school head by delegation, atasan head of the education office', 'G', 'F', 'A'],
    ['school head → head of the education office', 'F', 'A', '@Bupati'],
  ];
  it.each(table)('%s', (_label, pegawai, penilai, atasan) => {
    const r = resolveAppraiser(base(), pegawai);
    expect(who(r.penilai)).toBe(penilai);
    expect(who(r.atasanPenilai)).toBe(atasan);
    expect(r.problems).toEqual([]);
  });

  it('explains the delegation of a functional school head', () => {
    expect(resolveAppraiser(base(), 'G').steps.map((s) => s.code)).toContain('DELEGATED_HEAD');
  });
});

describe('resolveAppraiser — acting officials, vacancies and overrides', () => {
  it('takes the PLT, then the PLH, when the head position has no definitive holder', () => {
    const plt = org({
      units: [
        ['pemda', null, null],
        ['dinas', 'pemda', 'kadis'],
        ['seksi', 'dinas', 'kasi'],
      ],
      jabatan: [
        ['kadis', 'dinas', 'JPT_PRATAMA'],
        ['kasi', 'seksi', 'PENGAWAS'],
        ['staf', 'seksi', 'PELAKSANA'],
        ['lain', 'seksi', 'PELAKSANA'],
      ],
      placements: [
        ['A', 'kadis'],
        ['P', 'kasi', 'PLH'],
        ['Q', 'kasi', 'PLT'],
        ['D', 'staf'],
        ['P', 'lain'],
        ['Q', 'lain'],
      ],
    });
    const r = resolveAppraiser(plt, 'D');
    expect(r.penilai).toMatchObject({ pegawaiId: 'Q', via: 'PLT' });
    expect(r.steps.map((s) => s.code)).toContain('ACTING');
  });

  it('moves up to the superior of a vacant appraiser and reports the vacancy', () => {
    const vacant = org({
      units: [
        ['pemda', null, null],
        ['dinas', 'pemda', 'kadis'],
        ['seksi', 'dinas', 'kasi'],
      ],
      jabatan: [
        ['kadis', 'dinas', 'JPT_PRATAMA'],
        ['kasi', 'seksi', 'PENGAWAS'],
        ['staf', 'seksi', 'PELAKSANA'],
      ],
      placements: [
        ['A', 'kadis'],
        ['D', 'staf'],
      ],
    });
    const r = resolveAppraiser(vacant, 'D');
    expect(who(r.penilai)).toBe('A');
    expect(r.problems.map((p) => p.code)).toEqual(['VACANT_APPRAISER']);
  });

  it('skips the employee themselves when they act for their own superior', () => {
    const self = org({
      units: [
        ['pemda', null, null],
        ['dinas', 'pemda', 'kadis'],
        ['seksi', 'dinas', 'kasi'],
      ],
      jabatan: [
        ['kadis', 'dinas', 'JPT_PRATAMA'],
        ['kasi', 'seksi', 'PENGAWAS'],
        ['staf', 'seksi', 'PELAKSANA'],
      ],
      placements: [
        ['A', 'kadis'],
        ['D', 'staf'],
        ['D', 'kasi', 'PLT'],
      ],
    });
    const r = resolveAppraiser(self, 'D');
    expect(who(r.penilai)).toBe('A');
    expect(r.steps.map((s) => s.code)).toContain('SELF_ACTING');
  });

  it('skips a head below pengawas level and reports it', () => {
    const low = org({
      units: [
        ['pemda', null, null],
        ['dinas', 'pemda', 'kadis'],
        ['pos', 'dinas', 'koord'],
      ],
      jabatan: [
        ['kadis', 'dinas', 'JPT_PRATAMA'],
        ['koord', 'pos', 'PELAKSANA'],
        ['staf', 'pos', 'PELAKSANA'],
      ],
      placements: [
        ['A', 'kadis'],
        ['K', 'koord'],
        ['D', 'staf'],
      ],
    });
    const r = resolveAppraiser(low, 'D');
    expect(who(r.penilai)).toBe('A');
    expect(r.problems.map((p) => p.code)).toEqual(['APPRAISER_BELOW_PENGAWAS']);
  });

  it('looks through a unit without a head to its parent and reports the unit', () => {
    const headless = org({
      units: [
        ['pemda', null, null],
        ['dinas', 'pemda', 'kadis'],
        ['upt', 'dinas', null],
      ],
      jabatan: [
        ['kadis', 'dinas', 'JPT_PRATAMA'],
        ['staf', 'upt', 'PELAKSANA'],
      ],
      placements: [
        ['A', 'kadis'],
        ['D', 'staf'],
      ],
    });
    const r = resolveAppraiser(headless, 'D');
    expect(who(r.penilai)).toBe('A');
    expect(r.problems).toEqual([expect.objectContaining({ code: 'UNIT_WITHOUT_HEAD', unitId: 'upt' })]);
  });

  it('treats a head position that no longer exists like a missing head', () => {
    const gone = org({
      units: [
        ['pemda', null, null],
        ['dinas', 'pemda', 'kadis'],
        ['upt', 'dinas', 'hilang'],
      ],
      jabatan: [
        ['kadis', 'dinas', 'JPT_PRATAMA'],
        ['staf', 'upt', 'PELAKSANA'],
      ],
      placements: [
        ['A', 'kadis'],
        ['D', 'staf'],
      ],
    });
    expect(who(resolveAppraiser(gone, 'D').penilai)).toBe('A');
  });

  it('follows an explicit superior position over the unit tree', () => {
    const explicit = org({
      units: [
        ['pemda', null, null],
        ['dinas', 'pemda', 'kadis'],
        ['seksi', 'dinas', 'kasi'],
      ],
      jabatan: [
        ['kadis', 'dinas', 'JPT_PRATAMA'],
        ['kasi', 'seksi', 'PENGAWAS'],
        ['staf', 'seksi', 'PELAKSANA', 'kadis'],
      ],
      placements: [
        ['A', 'kadis'],
        ['C', 'kasi'],
        ['D', 'staf'],
      ],
    });
    const r = resolveAppraiser(explicit, 'D');
    expect(who(r.penilai)).toBe('A');
    expect(r.steps[0].code).toBe('EXPLICIT_ATASAN');
  });

  it('ignores an explicit superior that points to a missing position', () => {
    const dangling = org({
      units: [
        ['pemda', null, null],
        ['seksi', 'pemda', 'kasi'],
      ],
      jabatan: [
        ['kasi', 'seksi', 'PENGAWAS'],
        ['staf', 'seksi', 'PELAKSANA', 'tidak-ada'],
      ],
      placements: [
        ['C', 'kasi'],
        ['D', 'staf'],
      ],
    });
    expect(who(resolveAppraiser(dangling, 'D').penilai)).toBe('C');
  });

  it('detects a cycle of explicit superiors', () => {
    const cyc = org({
      units: [
        ['pemda', null, null],
        ['seksi', 'pemda', null],
      ],
      jabatan: [
        ['x', 'seksi', 'PELAKSANA', 'y'],
        ['y', 'seksi', 'PELAKSANA', 'x'],
      ],
      placements: [['D', 'x']],
    });
    const r = resolveAppraiser(cyc, 'D');
    expect(r.penilai).toBeNull();
    expect(r.problems.map((p) => p.code)).toContain('CYCLE');
    expect(r.problems.map((p) => p.code)).not.toContain('NO_APPRAISER');
  });

  it('uses an explicit override and resolves the atasan from the override appraiser', () => {
    const idx = org({
      units: [
        ['pemda', null, null],
        ['dinas', 'pemda', 'kadis'],
        ['seksi', 'dinas', 'kasi'],
      ],
      jabatan: [
        ['kadis', 'dinas', 'JPT_PRATAMA'],
        ['kasi', 'seksi', 'PENGAWAS'],
        ['staf', 'seksi', 'PELAKSANA'],
      ],
      placements: [
        ['A', 'kadis'],
        ['C', 'kasi'],
        ['D', 'staf'],
      ],
      overrides: [{ pegawaiId: 'D', penilaiPegawaiId: 'A', alasan: 'penugasan khusus' }],
      extraPegawai: [],
    });
    const r = resolveAppraiser(idx, 'D');
    expect(r.penilai).toMatchObject({ pegawaiId: 'A', via: 'OVERRIDE', jabatanNama: 'Jabatan kadis' });
    expect(r.atasanPenilai).toEqual({ kind: 'PIMPINAN_INSTANSI', jabatan: 'Bupati', nama: null });
  });

  it('names the head of government when the instansi records the name', () => {
    const idx = org({
      units: [
        ['pemda', null, null, 'PEMDA'],
        ['dinas', 'pemda', 'kadis', 'DINAS'],
      ],
      jabatan: [['kadis', 'dinas', 'JPT_PRATAMA']],
      placements: [['A', 'kadis']],
      namaPimpinan: 'H. Ahmad Fauzi',
    });
    const r = resolveAppraiser(idx, 'A');
    expect(r.penilai).toEqual({ kind: 'PIMPINAN_INSTANSI', jabatan: 'Bupati', nama: 'H. Ahmad Fauzi' });
    expect(r.atasanPenilai).toEqual(r.penilai);
  });

  it('gives an override appraiser without a position no position name', () => {
    const idx = org({
      units: [
        ['pemda', null, null],
        ['seksi', 'pemda', 'kasi'],
      ],
      jabatan: [
        ['kasi', 'seksi', 'PENGAWAS'],
        ['staf', 'seksi', 'PELAKSANA'],
      ],
      placements: [
        ['C', 'kasi'],
        ['D', 'staf'],
      ],
      overrides: [{ pegawaiId: 'D', penilaiPegawaiId: 'X', alasan: 'delegasi' }],
      extraPegawai: ['X'],
    });
    const r = resolveAppraiser(idx, 'D');
    expect(r.penilai).toMatchObject({ pegawaiId: 'X', jabatanId: null, jabatanNama: null });
    expect(r.atasanPenilai).toBeNull();
  });

  it('names no position for an override appraiser placed in a position that is no longer active', () => {
    const idx = org({
      units: [
        ['pemda', null, null],
        ['seksi', 'pemda', 'kasi'],
      ],
      jabatan: [
        ['kasi', 'seksi', 'PENGAWAS'],
        ['staf', 'seksi', 'PELAKSANA'],
      ],
      placements: [
        ['C', 'kasi'],
        ['D', 'staf'],
        ['X', 'dihapus'],
      ],
      overrides: [{ pegawaiId: 'D', penilaiPegawaiId: 'X', alasan: 'delegasi' }],
    });
    expect(resolveAppraiser(idx, 'D').penilai).toMatchObject({
      pegawaiId: 'X',
      jabatanId: 'dihapus',
      jabatanNama: null,
    });
  });

  it('ignores an override that names an unknown person', () => {
    const idx = org({
      units: [
        ['pemda', null, null],
        ['seksi', 'pemda', 'kasi'],
      ],
      jabatan: [
        ['kasi', 'seksi', 'PENGAWAS'],
        ['staf', 'seksi', 'PELAKSANA'],
      ],
      placements: [
        ['C', 'kasi'],
        ['D', 'staf'],
      ],
      overrides: [{ pegawaiId: 'D', penilaiPegawaiId: 'nobody', alasan: 'x' }],
    });
    expect(who(resolveAppraiser(idx, 'D').penilai)).toBe('C');
  });

  it('detects a loop of overrides', () => {
    const idx = org({
      units: [
        ['pemda', null, null],
        ['seksi', 'pemda', null],
      ],
      jabatan: [
        ['a', 'seksi', 'PENGAWAS'],
        ['b', 'seksi', 'PENGAWAS'],
      ],
      placements: [
        ['P', 'a'],
        ['Q', 'b'],
      ],
      overrides: [
        { pegawaiId: 'P', penilaiPegawaiId: 'Q', alasan: 'x' },
        { pegawaiId: 'Q', penilaiPegawaiId: 'P', alasan: 'y' },
      ],
    });
    const r = resolveAppraiser(idx, 'P');
    expect(who(r.penilai)).toBe('Q');
    expect(r.atasanPenilai).toBeNull();
    expect(r.problems.map((p) => p.code)).toContain('CYCLE');
  });

  it('reports a pegawai without a definitive placement', () => {
    const idx = org({ units: [['pemda', null, null]], jabatan: [], placements: [], extraPegawai: ['Z'] });
    const r = resolveAppraiser(idx, 'Z');
    expect(r.penilai).toBeNull();
    expect(r.jabatanId).toBeNull();
    expect(r.problems.map((p) => p.code)).toEqual(['NO_POSITION']);
  });

  it('reports no appraiser when the unit chain is broken', () => {
    const idx = org({
      units: [['orphan', 'missing-parent', null]],
      jabatan: [['staf', 'orphan', 'PELAKSANA']],
      placements: [['D', 'staf']],
    });
    const r = resolveAppraiser(idx, 'D');
    expect(r.penilai).toBeNull();
    expect(r.problems.map((p) => p.code)).toContain('NO_APPRAISER');
  });

  it('skips a holder that is not in the active pegawai list', () => {
    const idx = org({
      units: [
        ['pemda', null, null],
        ['dinas', 'pemda', 'kadis'],
        ['seksi', 'dinas', 'kasi'],
      ],
      jabatan: [
        ['kadis', 'dinas', 'JPT_PRATAMA'],
        ['kasi', 'seksi', 'PENGAWAS'],
        ['staf', 'seksi', 'PELAKSANA'],
      ],
      placements: [
        ['A', 'kadis'],
        ['C', 'kasi'],
        ['D', 'staf'],
      ],
    });
    (idx.org.pegawai as Map<string, unknown>).delete('C');
    expect(who(resolveAppraiser(idx, 'D').penilai)).toBe('A');
  });
});

describe('findHierarchyProblems', () => {
  it('lists each unit without a head once and groups affected people', () => {
    const idx = org({
      units: [
        ['pemda', null, null],
        ['dinas', 'pemda', 'kadis'],
        ['upt', 'dinas', null],
      ],
      jabatan: [
        ['kadis', 'dinas', 'JPT_PRATAMA'],
        ['s1', 'upt', 'PELAKSANA'],
        ['s2', 'upt', 'PELAKSANA'],
      ],
      placements: [
        ['A', 'kadis'],
        ['D', 's1'],
        ['E', 's2'],
      ],
    });
    const problems = findHierarchyProblems(idx);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'UNIT_WITHOUT_HEAD', unitId: 'upt' });
    expect(problems[0].pegawaiIds.sort()).toEqual(['D', 'E']);
  });

  it('lists per-person problems separately per person', () => {
    const idx = org({ units: [['pemda', null, null]], jabatan: [], placements: [], extraPegawai: ['Y', 'Z'] });
    const problems = findHierarchyProblems(idx);
    expect(problems.map((p) => p.pegawaiIds)).toEqual([['Y'], ['Z']]);
  });

  it('finds no problems in a clean organisation', () => {
    expect(findHierarchyProblems(base())).toEqual([]);
  });
});

describe('properties', () => {
  const levels: JenisJabatan[] = ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'];
  /** A random chain of nested units, each with a head of a random type, and a staff member at the bottom. */
  const chain = fc.array(fc.record({ jenis: fc.constantFrom(...levels), filled: fc.boolean() }), {
    minLength: 1,
    maxLength: 8,
  });

  it('never names the employee themselves, nor anyone below pengawas unless a delegated unit head', () => {
    fc.assert(
      fc.property(chain, (heads) => {
        const units: Array<[string, string | null, string | null]> = [['root', null, null]];
        const jabatan: Array<[string, string, JenisJabatan]> = [];
        const placements: Array<[string, string]> = [];
        heads.forEach((h, i) => {
          units.push([`u${i}`, i === 0 ? 'root' : `u${i - 1}`, `h${i}`]);
          jabatan.push([`h${i}`, `u${i}`, h.jenis]);
          if (h.filled) placements.push([`p${i}`, `h${i}`]);
        });
        const last = heads.length - 1;
        jabatan.push(['staf', `u${last}`, 'PELAKSANA']);
        placements.push(['me', 'staf']);
        const idx = org({ units, jabatan, placements });
        const r = resolveAppraiser(idx, 'me');
        expect(r.penilai).not.toBeNull();
        if (r.penilai?.kind === 'PEGAWAI') {
          expect(r.penilai.pegawaiId).not.toBe('me');
          const j = idx.org.jabatan.get(r.penilai.jabatanId as string) as OrgJabatan;
          expect(j.jenis === 'PELAKSANA').toBe(false);
        }
      }),
    );
  });

  it('always terminates and never reports both CYCLE and NO_APPRAISER for random explicit superiors', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { minLength: 6, maxLength: 6 }), (atasan) => {
        const jabatan: Array<[string, string, JenisJabatan, string]> = atasan.map((a, i) => [
          `j${i}`,
          'u',
          'PELAKSANA',
          `j${a}`,
        ]);
        const idx = org({
          units: [
            ['root', null, null],
            ['u', 'root', null],
          ],
          jabatan,
          placements: [['me', 'j0']],
        });
        const codes = resolveAppraiser(idx, 'me').problems.map((p) => p.code);
        expect(codes.includes('CYCLE') && codes.includes('NO_APPRAISER')).toBe(false);
      }),
    );
  });
});
