import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun } from '../../../test/factories.ts';
import { skpWorld, TAHUN, type World } from '../../../test/skp-kit.ts';

const database = useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await skpWorld(database());
});
afterAll(async () => {
  await w.app.close();
});

/** A PK edit the page offers must be one the API accepts: the flag and the write agree, per role. */
describe('Perjanjian Kinerja: what the caller may do (…/perjanjian-kinerja/hak)', () => {
  const body = () => ({
    unitId: w.org.units.seksi.id,
    tahun: TAHUN,
    sasaran: [
      {
        sasaran: 'Meningkatnya mutu kurikulum',
        indikator: [{ indikator: 'Dokumen', targetNilai: 3, satuan: 'dokumen' }],
      },
    ],
  });

  it('answers ubah exactly when a save of that unit is accepted, for every role', async () => {
    const unitAdmin = await buildAkun(database(), {
      instansiId: w.i,
      peran: ['ADMIN_UNIT'],
      unitId: w.org.units.seksi.id,
    });
    const cases: Array<[Parameters<World['call']>[0], boolean]> = [
      ['kasi', true], // head of the seksi
      ['staf', false],
      ['admin', true],
      ['auditor', false],
      [unitAdmin, true],
    ];
    for (const [who, expected] of cases) {
      const hak = await w.call(who, 'GET', `/perjanjian-kinerja/hak?unitId=${w.org.units.seksi.id}`);
      expect(hak.status, JSON.stringify(hak.body)).toBe(200);
      expect(hak.body, JSON.stringify(who)).toEqual({ ubah: expected });
      const current = await w.call(who, 'GET', `/perjanjian-kinerja?unitId=${w.org.units.seksi.id}&tahun=${TAHUN}`);
      const save = await w.call(who, 'PUT', '/perjanjian-kinerja', { ...body(), version: current.body?.version });
      expect(save.status === 200, `${JSON.stringify(who)}: ${save.status} ${JSON.stringify(save.body)}`).toBe(expected);
    }
    // The unit admin of the seksi may not write the whole dinas's PK, and is told so before typing.
    const dinas = await w.call(unitAdmin, 'GET', `/perjanjian-kinerja/hak?unitId=${w.org.units.dinas.id}`);
    expect(dinas.body).toEqual({ ubah: false });
  });

  it("hides another tenant's units", async () => {
    const res = await w.call('lain', 'GET', `/perjanjian-kinerja/hak?unitId=${w.org.units.seksi.id}`);
    expect(res.status).toBe(404);
  });
});
