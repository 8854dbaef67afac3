/**
 * The role × endpoint matrix: every role (including another tenant's admin) against every API
 * endpoint the app registers. A new endpoint without a row here fails the first test, so
 * authorisation can never be forgotten.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { penilaiOverride } from '../src/db/schema.ts';
import { buildApp } from '../src/http/app.ts';
import { type Fixture, matrixRows, ROLES, type Role } from './authz-matrix.rows.ts';
import { useTestDatabase } from './db.ts';
import { buildKalibrasiMatrixFixture } from './evaluasi-fixture-kalibrasi.ts';
import { buildKeberatanFixture } from './evaluasi-fixture-keberatan.ts';
import { buildAkun, buildOrg, login, makeNip } from './factories.ts';
import { buildSkpFixture } from './skp-fixture.ts';

const database = useTestDatabase();

async function fixtureFor(app: FastifyInstance, role: Role): Promise<Fixture> {
  const db = database();
  const org = await buildOrg(db);
  const other = await buildOrg(db);
  const [placement] = (await db.pool.query('select id from penempatan where pegawai_id = $1', [org.pegawai.staf.id]))
    .rows;
  const [override] = await db.db
    .insert(penilaiOverride)
    .values({
      instansiId: org.instansi.id,
      pegawaiId: org.pegawai.staf.id,
      penilaiPegawaiId: org.pegawai.kasi.id,
      mulai: '2020-01-01',
      alasan: 'uji',
    })
    .returning();
  const accountFor: Record<Role, () => Promise<{ username: string } | null>> = {
    anonim: async () => null,
    pegawai: () => buildAkun(db, { instansiId: org.instansi.id, pegawaiId: org.pegawai.staf.id }),
    pejabatPenilai: () => buildAkun(db, { instansiId: org.instansi.id, pegawaiId: org.pegawai.kasi.id }),
    adminUnit: () => buildAkun(db, { instansiId: org.instansi.id, peran: ['ADMIN_UNIT'], unitId: org.units.bidang.id }),
    adminUnitLain: () =>
      buildAkun(db, { instansiId: org.instansi.id, peran: ['ADMIN_UNIT'], unitId: org.units.sekolah.id }),
    adminInstansi: () => buildAkun(db, { instansiId: org.instansi.id, peran: ['ADMIN_INSTANSI'] }),
    auditor: () => buildAkun(db, { instansiId: org.instansi.id, peran: ['AUDITOR'] }),
    superAdmin: () => buildAkun(db, { peran: ['SUPER_ADMIN'] }),
    adminInstansiLain: () => buildAkun(db, { instansiId: other.instansi.id, peran: ['ADMIN_INSTANSI'] }),
  };
  const target = await buildAkun(db, { instansiId: org.instansi.id, pegawaiId: org.pegawai.kabid.id });
  const account = await accountFor[role]();
  const cookie = account ? await login(app, account.username) : undefined;
  const skp = await buildSkpFixture(db, org);
  return {
    org,
    cookie,
    placementId: placement.id,
    overrideId: override.id,
    targetAkunId: target.id,
    uniqueNip: makeNip,
    uid: randomUUID,
    skp,
    keberatan: await buildKeberatanFixture(db, org),
    kalibrasi: await buildKalibrasiMatrixFixture(db, org),
  };
}

describe('authorisation matrix', () => {
  it('has an expectation for every API endpoint', async () => {
    const app = await buildApp(database());
    const covered = new Set(matrixRows.map((r) => `${r.method} ${r.url}`));
    const missing = app.routeCatalog
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`)
      .filter((k) => !covered.has(k));
    expect(missing).toEqual([]);
    await app.close();
  });

  it('lets the read-only auditor write nothing but their own session, password and language (and use the public calculators)', () => {
    const writes = matrixRows
      .filter((r) => r.method !== 'GET' && r.allow.includes('auditor'))
      .map((r) => `${r.method} ${r.url}`)
      .filter((k) => !k.startsWith('POST /api/rules/'));
    expect(writes).toEqual(['POST /api/auth/logout', 'POST /api/auth/password', 'PUT /api/auth/bahasa']);
  });

  it.each(ROLES)('role %s is allowed exactly where the policy says', async (role) => {
    const app = await buildApp(database());
    const fx = await fixtureFor(app, role);
    const results: string[] = [];
    // Logout last: it ends the session the other requests use.
    const rows = [...matrixRows].sort((a, b) => Number(a.url.endsWith('/logout')) - Number(b.url.endsWith('/logout')));
    for (const row of rows) {
      const req = row.request(fx);
      const res = await app.inject({
        method: row.method as 'GET',
        url: req.url,
        payload: req.body as object | undefined,
        headers: { ...(fx.cookie ? { cookie: fx.cookie } : {}), ...(req.headers ?? {}) },
      });
      const denied = [401, 403, 404].includes(res.statusCode);
      const expectAllowed = row.allow.includes(role);
      const okStatus = row.allowedStatus ?? [200, 201];
      const pass = expectAllowed ? okStatus.includes(res.statusCode) : denied;
      if (!pass)
        results.push(
          `${row.method} ${row.url} → ${res.statusCode} (expected ${expectAllowed ? 'allow' : 'deny'}) ${res.body.slice(0, 200)}`,
        );
    }
    expect(results).toEqual([]);
    await app.close();
  });
});
