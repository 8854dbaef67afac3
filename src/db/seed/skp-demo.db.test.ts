import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { login } from '../../../test/factories.ts';
import { pdfHasText, pdfText } from '../../../test/pdf-text.ts';
import { buildApp } from '../../http/app.ts';
import { type DemoResult, deleteDemoInstansi, generateDemo } from './demo.ts';

const database = useTestDatabase();
const N = 500;

describe('demo performance plans (generateSkpDemo)', () => {
  let demo: DemoResult;
  let app: FastifyInstance;
  const q = async (text: string, params: unknown[] = [demo.instansiId]) =>
    (await database().pool.query(text, params)).rows;

  beforeAll(async () => {
    // A fixed code: the organisation (and so who appraises whom) depends on it.
    demo = await generateDemo(database(), { pegawai: N, seed: 5, kode: 'DEMO-SKP-TEST' });
    app = await buildApp(database());
  });
  afterAll(async () => app.close());

  it('sets up the year, a Perjanjian Kinerja of 3–5 sasaran with 1–3 indikator for every OPD', async () => {
    const periode = await q('select tahun, jenis_evaluasi, periode from periode_kinerja where instansi_id = $1');
    expect(periode).toHaveLength(1);
    expect(periode[0]).toMatchObject({ tahun: 2026, jenis_evaluasi: 'TRIWULANAN' });
    expect(periode[0].periode.map((p: { kode: string }) => p.kode)).toEqual(['TW1', 'TW2', 'TW3', 'TW4', 'AKHIR']);
    const opd = await q(`select count(*)::int as n from unit_organisasi where instansi_id = $1 and depth = 1`);
    const pk = await q(
      `select u.depth, u.nama, pk.status, count(distinct s.id)::int as sasaran, min(k.n)::int as min_ind, max(k.n)::int as max_ind
         from perjanjian_kinerja pk join unit_organisasi u on u.id = pk.unit_id
         join pk_sasaran s on s.pk_id = pk.id
         join lateral (select count(*) as n from pk_indikator i where i.sasaran_id = s.id) k on true
        where pk.instansi_id = $1 group by u.depth, u.nama, pk.status`,
    );
    const opdPk = pk.filter((p) => p.depth === 1);
    expect(opdPk).toHaveLength(opd[0].n);
    for (const p of opdPk) {
      expect(p.status).toBe('DITETAPKAN');
      expect(p.sasaran, p.nama).toBeGreaterThanOrEqual(3);
      expect(p.sasaran, p.nama).toBeLessThanOrEqual(5);
      expect(p.min_ind).toBeGreaterThanOrEqual(1);
      expect(p.max_ind).toBeLessThanOrEqual(3);
    }
    const pendidikan = await q(
      `select i.indikator from pk_indikator i join pk_sasaran s on s.id = i.sasaran_id join perjanjian_kinerja pk on pk.id = s.pk_id
         join unit_organisasi u on u.id = pk.unit_id where pk.instansi_id = $1 and u.nama = 'Dinas Pendidikan'`,
    );
    expect(pendidikan.map((r) => r.indikator)).toContain('Angka Partisipasi Murni (APM) SD/MI');
  });

  it('gives most pegawai an SKP in realistic states, appraisers always', async () => {
    const rows = await q(
      `select coalesce(s.status, 'TANPA') as status, count(*)::int as n from pegawai p
         left join skp s on s.pegawai_id = p.id and s.tahun = 2026 where p.instansi_id = $1 group by 1`,
    );
    const share = Object.fromEntries(rows.map((r) => [r.status, r.n / N]));
    expect(share.DITETAPKAN).toBeGreaterThan(0.45);
    expect(share.DITETAPKAN).toBeLessThan(0.7);
    expect(share.DIAJUKAN).toBeGreaterThan(0.08);
    expect(share.DIKEMBALIKAN).toBeGreaterThan(0.01);
    expect(share.DRAFT).toBeGreaterThan(0.08);
    expect(share.TANPA).toBeGreaterThan(0.03);
    expect(share.TANPA).toBeLessThan(0.16);
    const returned = await q(`select catatan_penilai from skp where instansi_id = $1 and status = 'DIKEMBALIKAN'`);
    for (const r of returned) expect(r.catatan_penilai).toBeTruthy();
    const appraiserWithout = await q(
      `select count(*)::int as n from (select distinct penilai_pegawai_id as id from skp where instansi_id = $1 and penilai_pegawai_id is not null) a
        where not exists (select 1 from skp s where s.pegawai_id = a.id and s.tahun = 2026)`,
    );
    expect(appraiserWithout[0].n).toBe(0);
  });

  it("cascades: JPT RHK carry out their own unit's PK indicators, other RHK intervene their appraiser's RHK", async () => {
    const wrongPk = await q(
      `select r.id from rhk r join skp s on s.id = r.skp_id join pk_indikator i on i.id = r.pk_indikator_id
         join pk_sasaran sa on sa.id = i.sasaran_id join perjanjian_kinerja pk on pk.id = sa.pk_id
        where r.instansi_id = $1 and (pk.unit_id <> s.unit_id or s.jenis_form <> 'JPT' or r.sumber <> 'PK')`,
    );
    expect(wrongPk).toEqual([]);
    const jptSumber = await q(
      `select distinct r.sumber from rhk r join skp s on s.id = r.skp_id where r.instansi_id = $1 and s.jenis_form = 'JPT'`,
    );
    expect(jptSumber.map((r) => r.sumber).sort()).toEqual(['PENUGASAN', 'PK']);
    const wrongParent = await q(
      `select r.id from rhk r join skp s on s.id = r.skp_id join rhk p on p.id = r.parent_rhk_id join skp ps on ps.id = p.skp_id
        where r.instansi_id = $1 and (ps.pegawai_id <> s.penilai_pegawai_id or r.sumber <> 'INTERVENSI' or s.jenis_form <> 'JA_JF')`,
    );
    expect(wrongParent).toEqual([]);
    const intervening = await q(
      `select count(*)::int as n from rhk where instansi_id = $1 and parent_rhk_id is not null`,
    );
    expect(intervening[0].n).toBeGreaterThan(N);
    const ikiLess = await q(
      `select count(*)::int as n from rhk r where r.instansi_id = $1 and not exists (select 1 from iki k where k.rhk_id = r.id)`,
    );
    expect(ikiLess[0].n).toBe(0);
    const filled = await q(
      `select count(*) filter (where perilaku <> '{}'::jsonb)::int as ekspektasi,
              count(*) filter (where jsonb_array_length(lampiran -> 'dukunganSumberDaya') > 0)::int as lampiran, count(*)::int as n
         from skp where instansi_id = $1`,
    );
    expect(filled[0].ekspektasi).toBeGreaterThan(0);
    expect(filled[0].lampiran / filled[0].n).toBeGreaterThan(0.8);
  });

  it('gives the demo accounts useful states, readable through the SKP API and printable', async () => {
    // The first account of each role: the OPD head comes before the staff member's own appraiser.
    const byRole = Object.fromEntries([...demo.accounts].reverse().map((a) => [a.role, a]));
    const mine = async (role: string) => {
      const cookie = await login(app, byRole[role].username, byRole[role].password);
      const res = await app.inject({
        method: 'GET',
        url: `/api/instansi/${demo.instansiId}/skp/saya?tahun=2026`,
        headers: { cookie },
      });
      expect(res.statusCode, res.body).toBe(200);
      return { cookie, list: res.json() as Array<{ id: string; status: string }> };
    };
    const head = await mine('PEJABAT_PENILAI');
    expect(head.list.map((s) => s.status)).toEqual(['DITETAPKAN']);
    const team = await app.inject({
      method: 'GET',
      url: `/api/instansi/${demo.instansiId}/skp/bawahan?tahun=2026`,
      headers: { cookie: head.cookie },
    });
    expect(team.statusCode, team.body).toBe(200);
    const statuses = (team.json() as Array<{ skp: { status: string } | null }>).map((t) => t.skp?.status);
    expect(statuses).toEqual(expect.arrayContaining(['DIAJUKAN', 'DIKEMBALIKAN']));

    const staff = await mine('PEGAWAI');
    expect(staff.list.map((s) => s.status)).toEqual(['DRAFT']);
    const detail = await app.inject({
      method: 'GET',
      url: `/api/instansi/${demo.instansiId}/skp/${staff.list[0].id}`,
      headers: { cookie: staff.cookie },
    });
    expect(detail.statusCode, detail.body).toBe(200);
    const d = detail.json();
    expect(d.rhk.length).toBeGreaterThanOrEqual(2);
    for (const r of d.rhk) expect(r.iki.length).toBeGreaterThanOrEqual(1);
    expect(d.aksi).toContain('ajukan');

    const guru = await mine('GURU');
    expect(guru.list.map((s) => s.status)).toEqual(['DITETAPKAN']);
    const versi = await app.inject({
      method: 'GET',
      url: `/api/instansi/${demo.instansiId}/skp/${guru.list[0].id}/versi/1`,
      headers: { cookie: guru.cookie },
    });
    expect(versi.statusCode, versi.body).toBe(200);
    const pdf = await app.inject({
      method: 'GET',
      url: `/api/instansi/${demo.instansiId}/skp/${guru.list[0].id}/dokumen.pdf`,
      headers: { cookie: guru.cookie },
    });
    expect(pdf.statusCode).toBe(200);
    const rhk = await q('select teks from rhk where skp_id = $1 order by jenis desc, urutan limit 1', [
      guru.list[0].id,
    ]);
    expect(pdfHasText(pdfText(pdf.rawPayload), rhk[0].teks)).toBe(true);
  });

  it('leaves something for the pohon kinerja to flag', async () => {
    const admin = demo.accounts.find((a) => a.role === 'ADMIN_INSTANSI');
    if (!admin) throw new Error('no admin account');
    const cookie = await login(app, admin.username, admin.password);
    const res = await app.inject({
      method: 'GET',
      url: `/api/instansi/${demo.instansiId}/pohon-kinerja?tahun=2026`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    const r = res.json().ringkasan;
    expect(r.rhkYatim).toBeGreaterThan(0);
    expect(r.indikatorTanpaRhk).toBeGreaterThan(0);
    expect(r.pegawaiBelumDitetapkan).toBeGreaterThan(0);
    expect(r.sasaran).toBeGreaterThan(20);
  });

  it('is deterministic for the same seed', async () => {
    const snapshot = async (id: string) => {
      const rows = async (text: string) => (await database().pool.query(text, [id])).rows;
      return JSON.stringify([
        await rows('select id, unit_id, tahun, status from perjanjian_kinerja where instansi_id = $1 order by id'),
        await rows(
          'select id, pegawai_id, status, jenis_form, pendekatan, mulai, snapshot, perilaku, lampiran, ditetapkan_at from skp where instansi_id = $1 order by id',
        ),
        await rows(
          'select id, skp_id, teks, sumber, parent_rhk_id, pk_indikator_id from rhk where instansi_id = $1 order by id',
        ),
        await rows(
          'select id, rhk_id, aspek, indikator, target_nilai, target_teks from iki where instansi_id = $1 order by id',
        ),
      ]);
    };
    const kode = `DEMO-${randomUUID().slice(0, 8)}`;
    const a = await generateDemo(database(), { pegawai: 120, seed: 9, kode });
    const first = await snapshot(a.instansiId);
    await deleteDemoInstansi(database(), kode);
    const b = await generateDemo(database(), { pegawai: 120, seed: 9, kode });
    expect(await snapshot(b.instansiId)).toBe(first);
  });
});
