import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { login } from '../../../test/factories.ts';
import { buildApp } from '../../http/app.ts';
import { type DemoResult, generateDemo } from './demo.ts';

/** The demo can be tried alone: the staff member's appraiser and that appraiser's superior have accounts. */
describe('demo appraisal chain', () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let demo: DemoResult;
  beforeAll(async () => {
    demo = await generateDemo(database(), { pegawai: 400, seed: 5, kode: 'DEMO-CHAIN' });
    app = await buildApp(database());
  });
  afterAll(async () => app?.close());

  const account = (label: RegExp) => {
    const found = demo.accounts.find((a) => label.test(a.label));
    if (!found) throw new Error(`no demo account ${label}: ${demo.accounts.map((a) => a.label).join(' | ')}`);
    return found;
  };
  const pegawaiOf = async (username: string) =>
    (await database().pool.query('select pegawai_id from akun where username = $1', [username])).rows[0]
      ?.pegawai_id as string;

  it('resolves staff → appraiser → superior through the real hierarchy to demo accounts, labelled so', async () => {
    const staff = account(/^Pegawai pelaksana — dinilai oleh /);
    const appraiser = account(/^Pejabat penilai — menilai /);
    const head = account(/^Kepala OPD — atasan pejabat penilai/);
    const [staffId, appraiserId, headId] = await Promise.all(
      [staff, appraiser, head].map((a) => pegawaiOf(a.username)),
    );

    const cookie = await login(app, staff.username, staff.password);
    const res = await app.inject({
      method: 'GET',
      url: `/api/instansi/${demo.instansiId}/pegawai/${staffId}/penilai`,
      headers: { cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.masalah).toEqual([]);
    expect(body.penilai).toMatchObject({ kind: 'PEGAWAI', pegawaiId: appraiserId, via: 'DEFINITIF' });
    expect(body.atasanPenilai).toMatchObject({ kind: 'PEGAWAI', pegawaiId: headId, via: 'DEFINITIF' });

    // The labels name the people of the chain, in both languages.
    expect(staff.label).toContain(`dinilai oleh ${body.penilai.nama}`);
    expect(staff.label).toContain(`appraised by ${body.penilai.nama}`);
    expect(appraiser.label).toContain(`dinilai oleh ${body.atasanPenilai.nama}`);
    expect(head.label).toContain(`menilai ${body.penilai.nama}`);
    expect(staff.label.split(' / ')).toHaveLength(2);
    expect(appraiser.label.split(' / ')).toHaveLength(2);
  });

  it("starts the journey: the staff member's draft can be submitted and then waits for the demo appraiser", async () => {
    const staff = account(/^Pegawai pelaksana/);
    const appraiser = account(/^Pejabat penilai/);
    const staffCookie = await login(app, staff.username, staff.password);
    const mine = await app.inject({
      method: 'GET',
      url: `/api/instansi/${demo.instansiId}/skp/saya?tahun=2026`,
      headers: { cookie: staffCookie },
    });
    const [skp] = mine.json() as Array<{ id: string; status: string; version: number }>;
    expect(skp.status).toBe('DRAFT');
    const submit = await app.inject({
      method: 'POST',
      url: `/api/instansi/${demo.instansiId}/skp/${skp.id}/ajukan`,
      headers: { cookie: staffCookie },
      payload: { version: skp.version },
    });
    expect(submit.statusCode, submit.body).toBe(200);

    const appraiserCookie = await login(app, appraiser.username, appraiser.password);
    const team = await app.inject({
      method: 'GET',
      url: `/api/instansi/${demo.instansiId}/skp/bawahan?tahun=2026`,
      headers: { cookie: appraiserCookie },
    });
    expect(team.statusCode, team.body).toBe(200);
    const row = (team.json() as Array<{ pegawai: { nip: string }; skp: { id: string; status: string } | null }>).find(
      (t) => t.pegawai.nip === staff.username,
    );
    expect(row?.skp).toMatchObject({ id: skp.id, status: 'DIAJUKAN' });
    const detail = await app.inject({
      method: 'GET',
      url: `/api/instansi/${demo.instansiId}/skp/${skp.id}`,
      headers: { cookie: appraiserCookie },
    });
    expect(detail.json().aksi).toEqual(expect.arrayContaining(['kembalikan', 'tetapkan']));
  });
});
