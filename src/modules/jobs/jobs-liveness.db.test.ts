/**
 * Background jobs end when their process dies: a RUNNING job owned by a dead process is failed with
 * its reason in both languages — at start (failAbandonedJobs) or when read — and its partial files
 * are removed; a job whose owner is alive elsewhere (fresh heartbeat) is left alone; a full disk
 * during a bulk-document job ends it as FAILED with that reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, login } from '../../../test/factories.ts';
import { buildApp } from '../../http/app.ts';
import { type FileStore, LocalFileStore, setFileStore, waitForDokumenJobs } from '../dokumen/index.ts';
import { wireModules } from '../wiring.ts';
import { BOOT_ID, failAbandonedJobs, JOB_FAILURES, STALE_AFTER_MS } from './index.ts';

const database = useTestDatabase();

/** A pid that certainly belongs to no process now: one that just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

let app: FastifyInstance;
let org: Awaited<ReturnType<typeof buildOrg>>;
let cookie: string;
let filesDir: string;
let base: string;

beforeAll(async () => {
  wireModules();
  filesDir = mkdtempSync(join(tmpdir(), 'kinerja-liveness-'));
  setFileStore(new LocalFileStore(filesDir));
  app = await buildApp(database());
  org = await buildOrg(database());
  const admin = await buildAkun(database(), { instansiId: org.instansi.id, peran: ['ADMIN_INSTANSI'] });
  cookie = await login(app, admin.username);
  base = `/api/instansi/${org.instansi.id}`;
});
afterAll(async () => {
  await waitForDokumenJobs();
  setFileStore(null);
  await app.close();
  rmSync(filesDir, { recursive: true, force: true });
});

async function insertRunning(row: { jenis: string; owner: string | null; heartbeatAgoMs: number | null }) {
  const id = crypto.randomUUID();
  await database().pool.query(
    `insert into job (id, instansi_id, akun_id, jenis, status, total, processed, phase, result, owner, heartbeat_at)
     values ($1, $2, null, $3, 'RUNNING', 10, 4, 'membuat', $4::jsonb, $5,
             case when $6::int is null then null else now() - make_interval(secs => $6::int / 1000.0) end)`,
    [
      id,
      org.instansi.id,
      row.jenis,
      // A bulk job carries its unit from the start; an import has no result until it ends.
      row.jenis === 'import' ? null : JSON.stringify({ unitId: org.units.bidang.id, tahun: 2030 }),
      row.owner,
      row.heartbeatAgoMs,
    ],
  );
  return id;
}

const statusOf = async (id: string) =>
  (await database().pool.query('select status, result from job where id = $1', [id])).rows[0] as {
    status: string;
    result: Record<string, unknown>;
  };

/** A partial zip as LocalFileStore.put leaves it when its process is killed mid-write. */
function partFileOf(jobId: string): string {
  const dir = join(filesDir, 'dokumen', org.instansi.id);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${jobId}.zip.0123456789ab.part`);
  writeFileSync(path, 'PK half a zip');
  return path;
}

describe('abandoned jobs', () => {
  it('fails at start a job whose process on this host is dead, with its reason in both languages, and removes its .part', async () => {
    const dead = await insertRunning({
      jenis: 'dokumen.skp-massal',
      owner: `${hostname()}/${deadPid()}/deadbeef`,
      heartbeatAgoMs: 1000,
    });
    const part = partFileOf(dead);
    // Another node's job with a fresh heartbeat is running somewhere: never touched.
    const alive = await insertRunning({ jenis: 'import', owner: 'node-b.example/4242/cafe0001', heartbeatAgoMs: 5000 });
    await failAbandonedJobs(database(), () => {});
    expect(await statusOf(dead)).toMatchObject({
      status: 'FAILED',
      result: { errorCode: 'JOB.ABANDONED', errorMessage: JOB_FAILURES['JOB.ABANDONED'] },
    });
    expect(existsSync(part)).toBe(false);
    expect(readdirSync(join(filesDir, 'dokumen', org.instansi.id))).toEqual([]);
    if (database().engine === 'postgres') expect((await statusOf(alive)).status).toBe('RUNNING');
    // On PGlite the data-directory lock means no other process can run it: it is failed too.
    else expect((await statusOf(alive)).status).toBe('FAILED');

    const id = await app.inject({ url: `${base}/jobs/${dead}`, headers: { cookie } });
    expect(id.json()).toMatchObject({ status: 'FAILED', error: JOB_FAILURES['JOB.ABANDONED'].id });
    const en = await app.inject({ url: `${base}/jobs/${dead}`, headers: { cookie, 'accept-language': 'en' } });
    expect(en.json().error).toBe(JOB_FAILURES['JOB.ABANDONED'].en);
    const own = await app.inject({ url: `${base}/dokumen/skp-massal/${dead}`, headers: { cookie } });
    expect(own.json()).toMatchObject({ status: 'FAILED', errorMessage: JOB_FAILURES['JOB.ABANDONED'] });
  });

  it('fails on read a job of another node whose heartbeat is stale, and of an earlier run of this very process', async () => {
    const stale = await insertRunning({
      jenis: 'import',
      owner: 'node-b.example/4242/cafe0002',
      heartbeatAgoMs: STALE_AFTER_MS + 60_000,
    });
    const fresh = await insertRunning({ jenis: 'import', owner: 'node-b.example/4242/cafe0003', heartbeatAgoMs: 2000 });
    // Same host and pid, another boot id: a restart (as in a container, where the pid repeats).
    const restarted = await insertRunning({
      jenis: 'import',
      owner: `${hostname()}/${process.pid}/0ldb00t0`,
      heartbeatAgoMs: 1000,
    });
    // This process, but not running here: its run ended without writing the end.
    const lost = await insertRunning({ jenis: 'import', owner: BOOT_ID, heartbeatAgoMs: 1000 });
    for (const jobId of [stale, restarted, lost]) {
      const res = await app.inject({ url: `${base}/import/jobs/${jobId}`, headers: { cookie } });
      expect(res.json(), jobId).toMatchObject({
        status: 'FAILED',
        result: { errorCode: 'JOB.ABANDONED', errorMessage: JOB_FAILURES['JOB.ABANDONED'] },
      });
    }
    const running = await app.inject({ url: `${base}/import/jobs/${fresh}`, headers: { cookie } });
    expect(running.json().status).toBe('RUNNING');
  });

  it('ends a bulk-document job as FAILED with the disk-full reason when its file cannot be written (ENOSPC)', async () => {
    const full: FileStore = {
      async put(_key: string, body: Readable) {
        body.resume();
        await new Promise((r) => setTimeout(r, 20));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
      get: async () => null,
      delete: async () => {},
      removeIncomplete: async () => 0,
    };
    setFileStore(full);
    try {
      const started = await app.inject({
        method: 'POST',
        url: `${base}/dokumen/skp-massal`,
        headers: { cookie },
        payload: { unitId: org.units.bidang.id, tahun: 2001 },
      });
      expect(started.statusCode, started.body).toBe(202);
      await waitForDokumenJobs();
      const job = await app.inject({ url: `${base}/jobs/${started.json().jobId}`, headers: { cookie } });
      expect(job.json()).toMatchObject({ status: 'FAILED', error: JOB_FAILURES['JOB.DISK_FULL'].id });
    } finally {
      setFileStore(new LocalFileStore(filesDir));
    }
  });
});
