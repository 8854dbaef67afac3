import { describe, expect, it } from 'vitest';
import { apportion, planDemo } from './demo-plan.ts';
import { hash32, Rng } from './prng.ts';

describe('prng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = new Rng('x');
    const b = new Rng('x');
    const c = new Rng('y');
    const seqA = Array.from({ length: 5 }, () => a.float());
    expect(Array.from({ length: 5 }, () => b.float())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.float())).not.toEqual(seqA);
    expect(hash32('kinerja')).toBe(hash32('kinerja'));
  });

  it('makes version-4-shaped uuids', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 200; i++)
      expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('apportion', () => {
  it('distributes exactly the total, proportionally', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 2, 5])).toEqual([0, 2, 5]);
    expect(apportion(5, [])).toEqual([]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });
});

describe('planDemo', () => {
  it('is deterministic and sized exactly', () => {
    const a = planDemo({ pegawai: 500, seed: 42 });
    const b = planDemo({ pegawai: 500, seed: 42 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.pegawai).toHaveLength(500);
  });

  it('gives every unit but the root and the deliberate one a head position', () => {
    const plan = planDemo({ pegawai: 1000, seed: 1 });
    const headless = plan.units.filter((u) => !u.kepalaJabatanId).map((u) => u.jenis);
    expect(headless.sort()).toEqual(['BIDANG', 'PEMDA']);
    const jabIds = new Set(plan.jabatan.map((j) => j.id));
    for (const u of plan.units) if (u.kepalaJabatanId) expect(jabIds.has(u.kepalaJabatanId)).toBe(true);
  });

  it('has schools headed by a teacher and puskesmas headed by a functional official', () => {
    const plan = planDemo({ pegawai: 2000, seed: 1 });
    const jab = new Map(plan.jabatan.map((j) => [j.id, j]));
    const schools = plan.units.filter((u) => u.jenis === 'SEKOLAH');
    expect(schools.length).toBeGreaterThan(5);
    for (const s of schools) expect(jab.get(s.kepalaJabatanId as string)?.nama).toMatch(/^Guru .* - Kepala Sekolah$/);
    for (const p of plan.units.filter((u) => u.jenis === 'PUSKESMAS'))
      expect(jab.get(p.kepalaJabatanId as string)?.jenis).toBe('FUNGSIONAL');
  });
});
