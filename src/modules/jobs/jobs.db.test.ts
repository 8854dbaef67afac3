import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, login } from '../../../test/factories.ts';
import { buildApp } from '../../http/app.ts';
import { waitForDokumenJobs } from '../dokumen/index.ts';
import { waitForImportJobs } from '../exchange/index.ts';

const database = useTestDatabase();

type Who = 'staf' | 'kasi' | 'adminUnit' | 'adminUnitLain' | 'admin' | 'auditor' | 'superAdmin' | 'adminLain';

describe('generic job status', () => {
  let app: FastifyInstance;
  let org: Awaited<ReturnType<typeof buildOrg>>;
  let other: Awaited<ReturnType<typeof buildOrg>>;
  const akunId = {} as Record<Who, string>;
  const cookie = {} as Record<Who, string>;
  let base: string;

  const get = (who: Who, url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: { cookie: cookie[who], ...headers } });

  /** A job row as its module would write it (kinds without their own start route in this test). */
  async function insertJob(row: {
    akun: Who;
    jenis: string;
    status: string;
    result?: unknown;
    createdAt?: string;
    instansiId?: string;
  }): Promise<string> {
    const id = crypto.randomUUID();
    await database().pool.query(
      `insert into job (id, instansi_id, akun_id, jenis, status, total, processed, phase, result, created_at, finished_at)
       values ($1, $2, $3, $4, $5, 10, 10, 'selesai', $6, coalesce($7::timestamptz, now()),
               case when $5 in ('SUCCEEDED', 'FAILED') then now() end)`,
      [
        id,
        row.instansiId ?? org.instansi.id,
        akunId[row.akun],
        row.jenis,
        row.status,
        row.result === undefined ? null : JSON.stringify(row.result),
        row.createdAt ?? null,
      ],
    );
    return id;
  }

  beforeAll(async () => {
    const db = database();
    app = await buildApp(db);
    org = await buildOrg(db);
    other = await buildOrg(db);
    const i = org.instansi.id;
    const accounts: Record<Who, () => ReturnType<typeof buildAkun>> = {
      staf: () => buildAkun(db, { instansiId: i, pegawaiId: org.pegawai.staf.id }),
      kasi: () => buildAkun(db, { instansiId: i, pegawaiId: org.pegawai.kasi.id }),
      adminUnit: () => buildAkun(db, { instansiId: i, peran: ['ADMIN_UNIT'], unitId: org.units.bidang.id }),
      adminUnitLain: () => buildAkun(db, { instansiId: i, peran: ['ADMIN_UNIT'], unitId: org.units.sekolah.id }),
      admin: () => buildAkun(db, { instansiId: i, peran: ['ADMIN_INSTANSI'] }),
      auditor: () => buildAkun(db, { instansiId: i, peran: ['AUDITOR'] }),
      superAdmin: () => buildAkun(db, { peran: ['SUPER_ADMIN'] }),
      adminLain: () => buildAkun(db, { instansiId: other.instansi.id, peran: ['ADMIN_INSTANSI'] }),
    };
    for (const who of Object.keys(accounts) as Who[]) {
      const akun = await accounts[who]();
      akunId[who] = akun.id;
      cookie[who] = await login(app, akun.username);
    }
    base = `/api/instansi/${i}`;
  });

  afterAll(async () => {
    await app.close();
  });

  it('shows an import job to its owner with progress and a link to the full result; pegawai and auditors get 404', async () => {
    const started = await app.inject({
      method: 'POST',
      url: `${base}/import`,
      headers: { cookie: cookie.admin },
      payload: {
        jenis: 'unor',
        fileName: 'unor.csv',
        contentBase64: Buffer.from(
          `UNOR_KODE,UNOR_NAMA,UNOR_INDUK_KODE,JENIS_UNOR\nJOBS-X1,Seksi Uji Job,${org.units.pemda.kode},LAINNYA\n`,
        ).toString('base64'),
      },
    });
    expect(started.statusCode, started.body).toBe(202);
    const { jobId } = started.json();
    await waitForImportJobs();
    const res = await get('admin', `${base}/jobs/${jobId}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: jobId,
      jenis: 'import',
      status: 'SUCCEEDED',
      error: null,
      links: { self: `${base}/jobs/${jobId}`, detail: `${base}/import/jobs/${jobId}`, download: null },
    });
    expect(res.json().finishedAt).toEqual(expect.any(String));
    expect(Date.parse(res.json().createdAt)).not.toBeNaN();
    // The kind's own route answers what the link promises.
    expect((await get('admin', res.json().links.detail)).json().result).toMatchObject({ ok: true });
    for (const who of ['staf', 'kasi', 'adminUnit', 'auditor', 'adminLain'] as const) {
      expect((await get(who, `${base}/jobs/${jobId}`)).statusCode, who).toBe(404);
    }
    expect((await get('superAdmin', `${base}/jobs/${jobId}`)).statusCode).toBe(200);
  });

  it('says in the caller’s language why an import was refused', async () => {
    const jobId = await insertJob({
      akun: 'admin',
      jenis: 'import',
      status: 'FAILED',
      result: { ok: false, errors: [{ row: 2 }, { row: 3 }, { row: 5 }] },
    });
    const id = await get('admin', `${base}/jobs/${jobId}`);
    expect(id.json()).toMatchObject({ status: 'FAILED', error: expect.stringContaining('3 kesalahan') });
    const en = await get('admin', `${base}/jobs/${jobId}`, { 'accept-language': 'en' });
    expect(en.json().error).toContain('3 errors');
    const crashed = await insertJob({
      akun: 'admin',
      jenis: 'import',
      status: 'FAILED',
      result: { error: 'disk full' },
    });
    expect((await get('admin', `${base}/jobs/${crashed}`)).json().error).toBe('disk full');
  });

  it('shows a bulk PDF job to its owner and the admins the documents module allows, with the download link', async () => {
    const started = await app.inject({
      method: 'POST',
      url: `${base}/dokumen/skp-massal`,
      headers: { cookie: cookie.adminUnit },
      payload: { unitId: org.units.seksi.id, tahun: 2001 },
    });
    expect(started.statusCode, started.body).toBe(202);
    const { jobId, unduhUrl } = started.json();
    await waitForDokumenJobs();
    const own = await get('adminUnit', `${base}/jobs/${jobId}`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({
      jenis: 'dokumen.skp-massal',
      status: 'SUCCEEDED',
      total: 0,
      links: { detail: `${base}/dokumen/skp-massal/${jobId}`, download: unduhUrl },
    });
    expect((await get('adminUnit', own.json().links.download)).statusCode).toBe(200);
    expect((await get('admin', `${base}/jobs/${jobId}`)).statusCode).toBe(200);
    for (const who of ['staf', 'kasi', 'adminUnitLain', 'adminLain'] as const) {
      expect((await get(who, `${base}/jobs/${jobId}`)).statusCode, who).toBe(404);
    }
  });

  it('shows a job of another kind to its owner and the tenant admins only', async () => {
    const jobId = await insertJob({ akun: 'staf', jenis: 'contoh.lain', status: 'RUNNING' });
    const own = await get('staf', `${base}/jobs/${jobId}`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({
      jenis: 'contoh.lain',
      status: 'RUNNING',
      finishedAt: null,
      links: { detail: null, download: null },
    });
    expect((await get('admin', `${base}/jobs/${jobId}`)).statusCode).toBe(200);
    for (const who of ['kasi', 'adminUnit', 'auditor', 'adminLain'] as const) {
      expect((await get(who, `${base}/jobs/${jobId}`)).statusCode, who).toBe(404);
    }
  });

  it('answers 404 for a job of another tenant, even to its owner under the wrong tenant', async () => {
    const jobId = await insertJob({
      akun: 'adminLain',
      jenis: 'import',
      status: 'SUCCEEDED',
      instansiId: other.instansi.id,
    });
    expect((await get('adminLain', `/api/instansi/${other.instansi.id}/jobs/${jobId}`)).statusCode).toBe(200);
    expect((await get('adminLain', `${base}/jobs/${jobId}`)).statusCode).toBe(404);
    expect((await get('admin', `${base}/jobs/${jobId}`)).statusCode).toBe(404);
    expect((await get('admin', `/api/instansi/${other.instansi.id}/jobs/${jobId}`)).statusCode).toBe(404);
    expect((await get('admin', `${base}/jobs/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });

  it('lists only the caller’s own jobs in the tenant, newest first, up to the limit', async () => {
    const older = await insertJob({
      akun: 'kasi',
      jenis: 'contoh.lain',
      status: 'SUCCEEDED',
      createdAt: '2020-01-01T00:00:00Z',
    });
    const newer = await insertJob({
      akun: 'kasi',
      jenis: 'contoh.lain',
      status: 'FAILED',
      createdAt: '2020-01-02T00:00:00Z',
    });
    await insertJob({ akun: 'staf', jenis: 'contoh.lain', status: 'SUCCEEDED', createdAt: '2020-01-03T00:00:00Z' });
    const list = await get('kasi', `${base}/jobs`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((j: { id: string }) => j.id)).toEqual([newer, older]);
    expect(list.json().items[0]).toMatchObject({ status: 'FAILED', error: 'Job gagal.' });
    const limited = await get('kasi', `${base}/jobs?limit=1`);
    expect(limited.json().items.map((j: { id: string }) => j.id)).toEqual([newer]);
    // An admin sees other people's jobs one by one, but lists only their own.
    const adminList = (await get('admin', `${base}/jobs?limit=50`)).json().items as { id: string }[];
    expect(adminList.map((j) => j.id)).not.toContain(newer);
    expect((await get('adminLain', `${base}/jobs`)).statusCode).toBe(404);
    expect((await get('kasi', `${base}/jobs?limit=0`)).statusCode).toBe(400);
  });
});
