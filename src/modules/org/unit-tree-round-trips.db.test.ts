/**
 * The unit tree of the caller's own tenant costs no query beyond the session lookup once cached:
 * the session lookup reads the tenant's org version (auth.repository.ts findSession), which keys
 * the cached tree; a change is seen by the next request, whose session lookup reads the new version.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, buildUnit, login } from '../../../test/factories.ts';
import { statementCounter } from '../../../test/statements.ts';
import { buildApp } from '../../http/app.ts';

const database = useTestDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  app = await buildApp(database());
});
afterAll(async () => app.close());

it('answers the cached first screen with the session lookup alone, and sees an org change at once', async () => {
  const org = await buildOrg(database());
  const other = await buildOrg(database());
  const record = statementCounter(database());
  const staf = await buildAkun(database(), { instansiId: org.instansi.id, pegawaiId: org.pegawai.staf.id });
  const admin = await buildAkun(database(), { instansiId: other.instansi.id, peran: ['ADMIN_INSTANSI'] });
  const cookie = await login(app, staf.username);
  const foreign = await login(app, admin.username);
  const get = (instansiId: string, c: string) =>
    app.inject({ method: 'GET', url: `/api/instansi/${instansiId}/units/cabang`, headers: { cookie: c } });
  expect((await get(org.instansi.id, cookie)).statusCode).toBe(200); // fills the cache
  const warm = await record(() => get(org.instansi.id, cookie));
  expect(warm.result.statusCode).toBe(200);
  expect(warm.statements.map((s) => s.name ?? s.text.slice(0, 40))).toEqual(['kinerja_find_session']);

  await buildUnit(database(), org.instansi.id, { nama: 'Dinas Kesehatan', jenis: 'DINAS', parent: org.units.pemda });
  await database().pool.query('update instansi set version = version + 1 where id = $1', [org.instansi.id]);
  const changed = await get(org.instansi.id, cookie);
  expect(changed.json().items.map((u: { nama: string }) => u.nama)).toContain('Dinas Kesehatan');

  // Another tenant's tree is not the caller's to read, whatever version the session carries.
  expect((await get(org.instansi.id, foreign)).statusCode).toBe(404);
});
