/**
 * GET /units/cabang: the unit tree a level at a time and searched on the server, from the tree
 * cached per org version; and the pegawai search by name, NIP or position through the trigram
 * indexes gives the same rows as the plain ILIKE it replaced.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, buildUnit, login } from '../../../test/factories.ts';
import { buildApp } from '../../http/app.ts';

const database = useTestDatabase();

describe('unit tree a level at a time', () => {
  let app: FastifyInstance;
  let org: Awaited<ReturnType<typeof buildOrg>>;
  let cookie: string;
  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url: `/api/instansi/${org.instansi.id}${url}`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const names = (body: { items: Array<{ nama: string }> }) => body.items.map((u) => u.nama).sort();

  beforeAll(async () => {
    app = await buildApp(database());
    org = await buildOrg(database());
    cookie = await login(
      app,
      (await buildAkun(database(), { instansiId: org.instansi.id, pegawaiId: org.pegawai.staf.id })).username,
    );
  });
  afterAll(async () => app.close());

  it('answers the top two levels with child counts and the totals', async () => {
    const body = await get('/units/cabang');
    expect(names(body)).toEqual(['Dinas Pendidikan', 'Pemerintah Kabupaten']);
    const dinas = body.items.find((u: { id: string }) => u.id === org.units.dinas.id);
    expect(dinas.jumlahSubunit).toBe(2);
    expect(body.totalUnit).toBe(5);
    expect(body.totalPegawai).toBe(6);
    expect(body.cocok).toEqual([]);
  });

  it("answers one unit's children, and none for an unknown unit", async () => {
    expect(names(await get(`/units/cabang?parentId=${org.units.dinas.id}`))).toEqual(['Bidang SD', 'SD Negeri 1']);
    const bidang = await get(`/units/cabang?parentId=${org.units.bidang.id}`);
    expect(bidang.items.map((u: { id: string; jumlahSubunit: number }) => [u.id, u.jumlahSubunit])).toEqual([
      [org.units.seksi.id, 0],
    ]);
    expect((await get('/units/cabang?parentId=00000000-0000-4000-8000-000000000000')).items).toEqual([]);
  });

  it('searches names, heads and head positions without regard to case or accents, with the ancestors', async () => {
    const byName = await get('/units/cabang?q=kurikulum');
    expect(byName.cocok).toEqual([org.units.seksi.id]);
    expect(names(byName)).toEqual(['Bidang SD', 'Dinas Pendidikan', 'Pemerintah Kabupaten', 'Seksi Kurikulum']);
    // The head's name (Agus Wijaya heads Seksi Kurikulum), several words, any case.
    expect((await get(`/units/cabang?q=${encodeURIComponent('wijaya AGUS')}`)).cocok).toEqual([org.units.seksi.id]);
    expect((await get('/units/cabang?q=tidak-ada')).items).toEqual([]);
  });

  it("narrows to one unit's subtree (a unit admin's picker) and names one unit with its ancestors", async () => {
    const dalam = await get(`/units/cabang?dalam=${org.units.bidang.id}`);
    expect(names(dalam)).toEqual(['Bidang SD', 'Seksi Kurikulum']);
    // A search inside the subtree: "SD" matches SD Negeri 1 too, which lies outside it.
    const inside = await get(`/units/cabang?dalam=${org.units.bidang.id}&q=sd`);
    expect(inside.cocok).toEqual([org.units.bidang.id]);
    expect((await get('/units/cabang?q=sd')).cocok).toHaveLength(2);
    expect((await get('/units/cabang?dalam=00000000-0000-4000-8000-000000000000')).items).toEqual([]);
    const one = await get(`/units/cabang?id=${org.units.seksi.id}`);
    expect(one.cocok).toEqual([org.units.seksi.id]);
    expect(names(one)).toEqual(['Bidang SD', 'Dinas Pendidikan', 'Pemerintah Kabupaten', 'Seksi Kurikulum']);
    expect((await get('/units/cabang?id=00000000-0000-4000-8000-000000000000')).items).toEqual([]);
  });

  it('links a problem about a vacant head position to the unit it leads', async () => {
    await database().pool.query(`update penempatan set selesai = '2020-01-01' where pegawai_id = $1`, [
      org.pegawai.kasi.id,
    ]);
    await database().pool.query('update instansi set version = version + 1 where id = $1', [org.instansi.id]);
    const admin = await login(
      app,
      (await buildAkun(database(), { instansiId: org.instansi.id, peran: ['ADMIN_INSTANSI'] })).username,
    );
    const res = await app.inject({
      url: `/api/instansi/${org.instansi.id}/masalah-hierarki`,
      headers: { cookie: admin },
    });
    const vacant = res.json().masalah.find((m: { jabatanId: string | null }) => m.jabatanId === org.jabatan.jKasi.id);
    expect(vacant).toMatchObject({ unitId: null, unitTautanId: org.units.seksi.id });
    await database().pool.query(`update penempatan set selesai = null where pegawai_id = $1`, [org.pegawai.kasi.id]);
    await database().pool.query('update instansi set version = version + 1 where id = $1', [org.instansi.id]);
  });

  it('sees a new unit at once (the org version keys the cache)', async () => {
    await buildUnit(database(), org.instansi.id, { nama: 'Seksi Kesiswaan', jenis: 'SEKSI', parent: org.units.bidang });
    await database().pool.query('update instansi set version = version + 1 where id = $1', [org.instansi.id]);
    expect(names(await get(`/units/cabang?parentId=${org.units.bidang.id}`))).toEqual([
      'Seksi Kesiswaan',
      'Seksi Kurikulum',
    ]);
  });

  it('refuses a malformed parent id with a specific error', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/instansi/${org.instansi.id}/units/cabang?parentId=bukan-uuid`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION.FAILED');
  });
});

describe('pegawai search through the trigram indexes', () => {
  it('finds by part of a name, a NIP or the current position, like the plain ILIKE', async () => {
    const app = await buildApp(database());
    const org = await buildOrg(database());
    const admin = await login(
      app,
      (await buildAkun(database(), { instansiId: org.instansi.id, peran: ['ADMIN_INSTANSI'] })).username,
    );
    const search = async (q: string) => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/instansi/${org.instansi.id}/pegawai?q=${encodeURIComponent(q)}`,
        headers: { cookie: admin },
      });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.total).toBe(body.items.length);
      return body.items.map((p: { nama: string }) => p.nama).sort();
    };
    const exact = async (q: string) => {
      const like = `%${q}%`;
      const res = await database().pool.query(
        `select p.nama from pegawai p
         left join penempatan pe on pe.pegawai_id = p.id and pe.jenis = 'DEFINITIF' and pe.selesai is null
         left join jabatan j on j.id = pe.jabatan_id
         where p.instansi_id = $1 and (p.nama ilike $2 or p.nip like $2 or j.nama ilike $2) order by 1`,
        [org.instansi.id, like],
      );
      return res.rows.map((r) => r.nama).sort();
    };
    expect(await search('agus')).toEqual(['Agus Wijaya']);
    expect(await search('guru')).toEqual(await exact('guru'));
    expect(await search('guru')).toEqual(['Putri Rahayu', 'Rahmat Hidayat']);
    expect(await search(org.pegawai.staf.nip.slice(2, 12))).toEqual(['Dewi Lestari']);
    expect(await search('kepala')).toEqual(await exact('kepala'));
    expect(await search('zz')).toEqual([]);
    // Paged in name order with the total of every match; past the end, the total still.
    const page = async (q: string, n: number) =>
      (
        await app.inject({
          method: 'GET',
          url: `/api/instansi/${org.instansi.id}/pegawai?q=${encodeURIComponent(q)}&pageSize=1&page=${n}`,
          headers: { cookie: admin },
        })
      ).json();
    expect(await page('guru', 2)).toMatchObject({ total: 2, items: [{ nama: 'Rahmat Hidayat' }] });
    expect(await page('guru', 3)).toMatchObject({ total: 2, items: [] });
    // A unit admin's search stays inside their subtree (and whom they may see).
    const unitAdmin = await login(
      app,
      (
        await buildAkun(database(), {
          instansiId: org.instansi.id,
          peran: ['ADMIN_UNIT'],
          unitId: org.units.sekolah.id,
        })
      ).username,
    );
    const scoped = await app.inject({
      method: 'GET',
      url: `/api/instansi/${org.instansi.id}/pegawai?q=a`,
      headers: { cookie: unitAdmin },
    });
    expect(scoped.json().items.map((p: { nama: string }) => p.nama)).toEqual(['Putri Rahayu', 'Rahmat Hidayat']);
    expect(scoped.json().total).toBe(2);
    await app.close();
  });
});
