/**
 * Upload endpoints under hostile files: zip bombs, floods of columns, oversized uploads and files
 * with thousands of bad rows. Each is answered with the documented error shape in the caller's
 * language (or a capped report), and nothing is changed — no job, no unit, no audit row.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildInstansi, login } from '../../../test/factories.ts';
import { multipartFile } from '../../../test/skp-fixture.ts';
import { forgeDeclaredSize, SHEET_ENTRY, xlsxWithSheet } from '../../../test/zip-bomb.ts';
import { buildApp } from '../../http/app.ts';
import { IMPORT_LIMITS, waitForImportJobs } from './index.ts';

const database = useTestDatabase();
const MiB = 1024 * 1024;

let app: FastifyInstance;
let instansiId: string;
let cookie: string;

beforeAll(async () => {
  app = await buildApp(database());
  instansiId = (await buildInstansi(database(), { kode: `UPL-${randomUUID().slice(0, 8)}` })).id;
  const admin = await buildAkun(database(), { instansiId, peran: ['ADMIN_INSTANSI'] });
  cookie = await login(app, admin.username);
});
afterAll(async () => {
  await waitForImportJobs();
  await app.close();
});

/** What an import could have changed in the tenant. */
async function footprint() {
  const { rows } = await database().pool.query(
    `select (select count(*) from job where instansi_id = $1)::int as jobs,
            (select count(*) from unit_organisasi where instansi_id = $1)::int as units,
            (select count(*) from pegawai where instansi_id = $1)::int as pegawai,
            (select count(*) from audit_log where instansi_id = $1)::int as audit`,
    [instansiId],
  );
  return rows[0];
}

async function upload(bytes: Buffer, fileName: string, query = '', lang?: 'en') {
  const { body, headers } = multipartFile(bytes, fileName);
  return app.inject({
    method: 'POST',
    url: `/api/instansi/${instansiId}/import${query}`,
    payload: body,
    headers: { ...headers, cookie, ...(lang ? { 'accept-language': lang } : {}) },
  });
}

function expectErrorShape(res: { statusCode: number; json(): unknown }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { error: { code: string; message: string; details: unknown } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error).toEqual({ code, message: expect.any(String), details: expect.anything() });
  return body.error;
}

describe('import uploads beyond the limits', () => {
  it('refuses a 2 GB-declaring XLSX at once with 422 UPLOAD.LIMIT_EXCEEDED, in Indonesian and English, changing nothing', async () => {
    const before = await footprint();
    const bomb = forgeDeclaredSize(xlsxWithSheet(new Uint8Array(MiB).fill(0x20)), SHEET_ENTRY, 2_000_000_000);
    const id = expectErrorShape(await upload(bomb, 'bom.xlsx'), 422, 'UPLOAD.LIMIT_EXCEEDED');
    expect(id.details).toEqual({ limit: 'partBytes', max: IMPORT_LIMITS.partBytes, sheet: SHEET_ENTRY, row: null });
    expect(id.message).toBe(
      `Satu sheet berkas XLSX melebihi 192 MB setelah dibuka (dekompresi). (${SHEET_ENTRY}) Bagi menjadi beberapa berkas. Tidak ada data yang diubah.`,
    );
    const en = expectErrorShape(await upload(bomb, 'bom.xlsx', '', 'en'), 422, 'UPLOAD.LIMIT_EXCEEDED');
    expect(en.message).toMatch(
      /^One sheet of the XLSX file exceeds 192 MB once uncompressed\..*Nothing was changed\.$/,
    );
    // The dry run is refused the same way.
    expectErrorShape(await upload(bomb, 'bom.xlsx', '?dryRun=true'), 422, 'UPLOAD.LIMIT_EXCEEDED');
    expect(await footprint()).toEqual(before);
  });

  it('refuses a real bomb that lies about its size (200 MiB of XML in under 2 MB) after inflating at most the limit', async () => {
    const before = await footprint();
    const liar = forgeDeclaredSize(xlsxWithSheet(new Uint8Array(200 * MiB).fill(0x20), {}, 1), SHEET_ENTRY, 1000);
    expect(liar.length).toBeLessThan(2 * MiB);
    const error = expectErrorShape(await upload(liar, 'bom.xlsx'), 422, 'UPLOAD.LIMIT_EXCEEDED');
    expect(error.details).toMatchObject({ limit: 'partBytes' });
    expect(await footprint()).toEqual(before);
  }, 90_000);

  it('refuses a CSV row of a million empty columns before parsing it, also through the JSON route', async () => {
    const before = await footprint();
    const flood = Buffer.from(`NIP_BARU;NAMA;JENIS_ASN\n${';'.repeat(1_000_000)}\n`);
    const res = await app.inject({
      method: 'POST',
      url: `/api/instansi/${instansiId}/import`,
      headers: { cookie, 'accept-language': 'en' },
      payload: { fileName: 'flood.csv', contentBase64: flood.toString('base64') },
    });
    const error = expectErrorShape(res, 422, 'UPLOAD.LIMIT_EXCEEDED');
    expect(error.details).toEqual({ limit: 'columns', max: IMPORT_LIMITS.columns, sheet: 'flood.csv', row: 2 });
    expect(error.message).toContain('A row has more than 200 columns. (flood.csv, row 2)');
    expect(await footprint()).toEqual(before);
  });

  it('answers an upload over the size limit with 413 UPLOAD.TOO_LARGE in the documented shape', async () => {
    const before = await footprint();
    const big = Buffer.alloc(IMPORT_LIMITS.uploadBytes + MiB, 0x61);
    const error = expectErrorShape(await upload(big, 'big.csv', '', 'en'), 413, 'UPLOAD.TOO_LARGE');
    expect(error.details).toEqual({ maxBytes: IMPORT_LIMITS.uploadBytes, reason: 'fileSize' });
    expect(error.message).toBe('The upload exceeds the 64 MB limit (one file per upload); nothing was changed.');
    expect(await footprint()).toEqual(before);
  });

  it('refuses a bomb sent to the Perjanjian Kinerja import the same way', async () => {
    const bomb = forgeDeclaredSize(xlsxWithSheet(new Uint8Array(MiB).fill(0x20)), SHEET_ENTRY, 2_000_000_000);
    const unit = await database().pool.query(
      `insert into unit_organisasi (id, instansi_id, kode, nama, jenis, path, depth)
       values (gen_random_uuid(), $1, 'PK-U', 'Unit PK', 'DINAS', 'pku', 0) returning id`,
      [instansiId],
    );
    const { body, headers } = multipartFile(bomb);
    const res = await app.inject({
      method: 'POST',
      url: `/api/instansi/${instansiId}/perjanjian-kinerja/impor?tahun=2030&unitId=${unit.rows[0].id}`,
      payload: body,
      headers: { ...headers, cookie },
    });
    expectErrorShape(res, 422, 'UPLOAD.LIMIT_EXCEEDED');
  });
});

describe('capped error reports', () => {
  const badRows = 1_500;
  // Every row lacks its NIP: one EXCHANGE.REQUIRED error per row.
  const file = Buffer.from(`NIP_BARU,NAMA,JENIS_ASN\n${',Tanpa NIP,PNS\n'.repeat(badRows)}`);

  it('keeps the first 1,000 errors and counts all of them per code and column (dry run)', async () => {
    const res = await upload(file, 'banyak.csv', '?dryRun=true');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.ok).toBe(false);
    expect(r.errors).toHaveLength(IMPORT_LIMITS.reportedIssues);
    expect(r.errors[0]).toMatchObject({ row: 2, column: 'NIP_BARU', code: 'EXCHANGE.REQUIRED' });
    expect(r.errorCount).toBe(badRows);
    expect(r.errorSummary).toEqual([{ code: 'EXCHANGE.REQUIRED', column: 'NIP_BARU', count: badRows }]);
    expect(res.body.length).toBeLessThan(600_000);
  });

  it('stores the capped report on the job, and the job status counts every error', async () => {
    const before = await footprint();
    const started = await upload(file, 'banyak.csv');
    expect(started.statusCode, started.body).toBe(202);
    const { jobId } = started.json();
    await waitForImportJobs();
    const detail = await app.inject({ url: `/api/instansi/${instansiId}/import/jobs/${jobId}`, headers: { cookie } });
    expect(detail.json()).toMatchObject({ status: 'FAILED', result: { errorCount: badRows } });
    expect(detail.json().result.errors).toHaveLength(IMPORT_LIMITS.reportedIssues);
    const job = await app.inject({
      url: `/api/instansi/${instansiId}/jobs/${jobId}`,
      headers: { cookie, 'accept-language': 'en' },
    });
    expect(job.json().error).toContain(`${badRows} errors`);
    // Only the job row itself was written.
    expect(await footprint()).toEqual({ ...before, jobs: before.jobs + 1 });
  });
});
