import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, login } from '../../../test/factories.ts';
import { buildPk, buildSkp } from '../../../test/skp-fixtures.ts';
import { buildApp } from '../../http/app.ts';
import { ZPohon } from './pohon.schema.ts';

const database = useTestDatabase();
const TAHUN = new Date().getUTCFullYear();

interface Node {
  id: string;
  parentId: string | null;
  jenis: string;
  label: string;
  flags: string[];
  anak: number;
  jumlahRhk: number;
  unit?: { belumDitetapkan: Array<{ pegawaiId: string; skpStatus: string | null }> };
  rhk?: { pegawaiId: string; skpStatus: string };
}

describe('pohon kinerja', () => {
  let app: FastifyInstance;
  let org: Awaited<ReturnType<typeof buildOrg>>;
  let cookies: Record<'admin' | 'kabid' | 'staf' | 'lain', string>;
  let url: string;
  let ind: string[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const db = database();
    app = await buildApp(db);
    org = await buildOrg(db);
    const other = await buildOrg(db);
    const { pegawai: p, jabatan: j, units: u, instansi } = org;
    const pk = await buildPk(db, instansi.id, u.dinas.id, TAHUN, [
      {
        sasaran: 'Meningkatnya mutu pendidikan dasar',
        indikator: [
          { indikator: 'Angka Partisipasi Murni SD', targetNilai: '98.5', satuan: '%' },
          { indikator: 'Rata-rata nilai asesmen', targetNilai: '75', satuan: 'poin' },
        ],
      },
      {
        sasaran: 'Meningkatnya akuntabilitas kinerja',
        indikator: [{ indikator: 'Nilai SAKIP dinas', targetTeks: 'BB' }],
      },
    ]);
    ind = pk.sasaran.flatMap((s) => s.indikator);
    const base = { instansiId: instansi.id, tahun: TAHUN };
    const kadis = await buildSkp(db, {
      ...base,
      pegawai: p.kadis,
      jabatan: j.jKadis,
      unit: u.dinas,
      status: 'DITETAPKAN',
      jenisForm: 'JPT',
      rhk: [
        { teks: 'Meningkatnya partisipasi sekolah dasar', sumber: 'PK', pkIndikatorId: ind[0] },
        { teks: 'Meningkatnya hasil belajar', sumber: 'PK', pkIndikatorId: ind[1] },
      ],
    });
    [ids.kadis1, ids.kadis2] = kadis.rhkIds;
    const kabid = await buildSkp(db, {
      ...base,
      pegawai: p.kabid,
      jabatan: j.jKabid,
      unit: u.bidang,
      status: 'DITETAPKAN',
      penilai: p.kadis,
      rhk: [{ teks: 'Terlaksananya pembinaan SD', parentRhkId: ids.kadis1 }],
    });
    ids.kabid1 = kabid.rhkIds[0];
    const kasi = await buildSkp(db, {
      ...base,
      pegawai: p.kasi,
      jabatan: j.jKasi,
      unit: u.seksi,
      status: 'DIAJUKAN',
      penilai: p.kabid,
      rhk: [{ teks: 'Tersusunnya kurikulum muatan lokal', parentRhkId: ids.kabid1 }],
    });
    ids.kasi1 = kasi.rhkIds[0];
    const staf = await buildSkp(db, {
      ...base,
      pegawai: p.staf,
      jabatan: j.jStaf,
      unit: u.seksi,
      status: 'DITETAPKAN',
      penilai: p.kasi,
      rhk: [
        { teks: 'Terselesaikannya administrasi kurikulum', parentRhkId: ids.kasi1 },
        { teks: 'RHK tanpa induk yang seharusnya mengintervensi', sumber: 'INTERVENSI' },
        { teks: 'Tugas tim kerja digitalisasi', sumber: 'TIM_KERJA', jenis: 'TAMBAHAN' },
      ],
    });
    [ids.staf1, ids.yatim, ids.tim] = staf.rhkIds;
    const kepsek = await buildSkp(db, {
      ...base,
      pegawai: p.kepsek,
      jabatan: j.jKepsek,
      unit: u.sekolah,
      status: 'DRAFT',
      penilai: p.kadis,
      rhk: [{ teks: 'Meningkatnya mutu lulusan', parentRhkId: ids.kadis2 }],
    });
    ids.kepsek1 = kepsek.rhkIds[0];
    const akun = {
      admin: await buildAkun(db, { instansiId: instansi.id, peran: ['ADMIN_INSTANSI'] }),
      kabid: await buildAkun(db, { instansiId: instansi.id, pegawaiId: p.kabid.id }),
      staf: await buildAkun(db, { instansiId: instansi.id, pegawaiId: p.staf.id }),
      lain: await buildAkun(db, { instansiId: other.instansi.id, peran: ['ADMIN_INSTANSI'] }),
    };
    cookies = {
      admin: await login(app, akun.admin.username),
      kabid: await login(app, akun.kabid.username),
      staf: await login(app, akun.staf.username),
      lain: await login(app, akun.lain.username),
    };
    url = `/api/instansi/${instansi.id}/pohon-kinerja`;
  });
  afterAll(async () => app.close());

  const get = async (query: string, cookie: string) =>
    app.inject({ method: 'GET', url: `${url}?${query}`, headers: { cookie } });

  it("goes from the PK through the head's RHK down every intervention chain to each owner", async () => {
    const res = await get(`tahun=${TAHUN}&unitId=${org.units.dinas.id}`, cookies.admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const body = res.json();
    // The route sends its JSON without a per-request schema check: the shape is checked here.
    expect(ZPohon.safeParse(body).success).toBe(true);
    const n = new Map<string, Node>(body.nodes.map((x: Node) => [x.id, x]));
    expect(body.nodes[0]).toMatchObject({ id: org.units.dinas.id, jenis: 'UNIT', parentId: null });
    expect(n.get(ind[0])?.parentId).toBe(
      n.get(ind[0]) &&
        body.nodes.find((x: Node) => x.jenis === 'SASARAN' && x.label.startsWith('Meningkatnya mutu')).id,
    );
    expect(n.get(ids.kadis1)?.parentId).toBe(ind[0]);
    expect(n.get(ids.kabid1)?.parentId).toBe(ids.kadis1);
    expect(n.get(ids.kasi1)?.parentId).toBe(ids.kabid1);
    expect(n.get(ids.staf1)?.parentId).toBe(ids.kasi1);
    expect(n.get(ids.kepsek1)?.parentId).toBe(ids.kadis2);
    expect(n.get(ids.kadis1)).toMatchObject({ jumlahRhk: 3, anak: 1 });
    const owner = body.pegawai.find((x: { id: string }) => x.id === n.get(ids.staf1)?.rhk?.pegawaiId);
    expect(owner).toMatchObject({ nama: 'Dewi Lestari', skpStatus: 'DITETAPKAN', unitId: org.units.seksi.id });
  });

  it('flags the orphan RHK, the untouched PK indicator and the pegawai without a set SKP', async () => {
    const body = (await get(`tahun=${TAHUN}&unitId=${org.units.dinas.id}`, cookies.admin)).json();
    const n = new Map<string, Node>(body.nodes.map((x: Node) => [x.id, x]));
    expect(n.get(ids.yatim)).toMatchObject({ flags: ['RHK_YATIM'], parentId: org.units.seksi.id });
    expect(n.get(ids.tim)?.flags).toEqual([]);
    expect(n.get(ind[2])?.flags).toEqual(['INDIKATOR_TANPA_RHK']);
    expect(n.get(ind[0])?.flags).toEqual([]);
    expect(n.get(org.units.sekolah.id)?.flags).toEqual(['PEGAWAI_TANPA_SKP_DITETAPKAN']);
    expect(n.get(org.units.sekolah.id)?.unit?.belumDitetapkan).toEqual(
      expect.arrayContaining([
        { pegawaiId: org.pegawai.guru.id, skpStatus: null },
        { pegawaiId: org.pegawai.kepsek.id, skpStatus: 'DRAFT' },
      ]),
    );
    expect(n.get(org.units.seksi.id)?.unit?.belumDitetapkan).toEqual([
      { pegawaiId: org.pegawai.kasi.id, skpStatus: 'DIAJUKAN' },
    ]);
    expect(body.ringkasan).toMatchObject({
      indikator: 3,
      indikatorTanpaRhk: 1,
      rhkYatim: 1,
      rhk: 8,
      pegawai: 6,
      pegawaiDitetapkan: 3,
      pegawaiBelumDitetapkan: 3,
    });
  });

  it('lets a unit head see their unit with the intervened RHK above it as context, and nothing above', async () => {
    const res = await get(`tahun=${TAHUN}`, cookies.kabid);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.unit.id).toBe(org.units.bidang.id);
    const luar = body.nodes.find((x: Node) => x.jenis === 'RHK_LUAR');
    expect(luar).toMatchObject({
      id: ids.kadis1,
      parentId: org.units.bidang.id,
      label: 'Meningkatnya partisipasi sekolah dasar',
    });
    expect(body.nodes.find((x: Node) => x.id === ids.kabid1).parentId).toBe(ids.kadis1);
    expect((await get(`tahun=${TAHUN}&unitId=${org.units.dinas.id}`, cookies.kabid)).statusCode).toBe(404);
  });

  it('answers 404 to a pegawai who heads nothing and to another tenant', async () => {
    expect((await get(`tahun=${TAHUN}&unitId=${org.units.seksi.id}`, cookies.staf)).statusCode).toBe(404);
    expect((await get(`tahun=${TAHUN}`, cookies.staf)).statusCode).toBe(404);
    expect((await get(`tahun=${TAHUN}&unitId=${org.units.dinas.id}`, cookies.lain)).statusCode).toBe(404);
  });
});
