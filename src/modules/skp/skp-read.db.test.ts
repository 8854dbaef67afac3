/**
 * The one-query SKP detail (skp-read.repository.ts) answers exactly what the set-based assembly
 * that freezes versions (`loadIsi`, `listVersi`) gives, on the demo's cascaded SKPs: parents in
 * another SKP, PK indicators, IKI with numeric targets, frozen versions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { type DemoResult, generateDemo } from '../../db/seed/demo.ts';
import * as repo from './skp.repository.ts';
import { loadIsi } from './skp-detail.ts';
import { getSkpDetailRow } from './skp-read.repository.ts';

const database = useTestDatabase();

describe('SKP detail in one query', () => {
  let demo: DemoResult;
  const q = async (text: string, params: unknown[] = [demo.instansiId]) =>
    (await database().pool.query(text, params)).rows;

  beforeAll(async () => {
    demo = await generateDemo(database(), { pegawai: 200, seed: 11, kode: 'DEMO-SKP-READ' });
  });

  it('matches loadIsi and listVersi for SKPs with parents, PK indicators, numeric targets and versions', async () => {
    const picks = await q(
      `(select skp_id as id from rhk where instansi_id = $1 and parent_rhk_id is not null limit 3)
       union (select skp_id from rhk where instansi_id = $1 and pk_indikator_id is not null limit 3)
       union (select skp_id from skp_versi where instansi_id = $1 limit 3)
       union (select r.skp_id from iki k join rhk r on r.id = k.rhk_id where k.instansi_id = $1 and k.target_nilai is not null limit 3)`,
    );
    expect(picks.length).toBeGreaterThanOrEqual(4);
    let withParent = 0;
    let withPk = 0;
    let withVersi = 0;
    let withNumber = 0;
    for (const { id } of picks) {
      const row = await getSkpDetailRow(database().db, demo.instansiId, id);
      expect(row).not.toBeNull();
      if (!row) continue;
      const s = await repo.getSkp(database().db, demo.instansiId, id);
      expect(row.s).toEqual(s);
      const isi = await loadIsi(database().db, row.s);
      expect(row.rhk).toEqual(isi.rhk);
      const versi = await repo.listVersi(database().db, demo.instansiId, id);
      expect(row.versi).toEqual(versi.map((v) => ({ revisi: v.revisi, ditetapkanAt: v.ditetapkanAt.toISOString() })));
      const unit = await q('select path from unit_organisasi where id = $1', [row.s.unitId]);
      expect(row.unitPath).toBe(unit[0]?.path ?? null);
      const inst = await q('select version from instansi where id = $1');
      expect(row.orgVersion).toBe(inst[0].version);
      if (row.rhk.some((r) => r.parent)) withParent++;
      if (row.rhk.some((r) => r.pkIndikator)) withPk++;
      if (row.versi.length) withVersi++;
      if (row.rhk.some((r) => r.iki.some((k) => k.targetNilai !== null))) withNumber++;
    }
    // The sample really covers each branch of the JSON assembly.
    expect(withParent).toBeGreaterThan(0);
    expect(withPk).toBeGreaterThan(0);
    expect(withVersi).toBeGreaterThan(0);
    expect(withNumber).toBeGreaterThan(0);
  });

  it('answers null for an SKP of another tenant or an unknown id', async () => {
    const [one] = await q('select id from skp where instansi_id = $1 limit 1');
    expect(await getSkpDetailRow(database().db, '00000000-0000-4000-8000-000000000000', one.id)).toBeNull();
    expect(await getSkpDetailRow(database().db, demo.instansiId, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
