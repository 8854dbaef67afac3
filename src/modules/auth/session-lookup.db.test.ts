/** The prepared session lookup (auth.repository.ts findSession) still refuses what it must. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, login } from '../../../test/factories.ts';
import { buildApp } from '../../http/app.ts';

const database = useTestDatabase();

describe('session lookup', () => {
  it('answers the caller for a live session, and nobody once it expired or the account was deactivated', async () => {
    const app = await buildApp(database());
    const org = await buildOrg(database());
    const akun = await buildAkun(database(), { instansiId: org.instansi.id, pegawaiId: org.pegawai.staf.id });
    const me = async (cookie: string) =>
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode;

    const first = await login(app, akun.username);
    expect(await me(first)).toBe(200);
    await database().pool.query(`update sesi set expires_at = now() - interval '1 second' where akun_id = $1`, [
      akun.id,
    ]);
    expect(await me(first)).toBe(401);

    const second = await login(app, akun.username);
    expect(await me(second)).toBe(200);
    await database().pool.query('update akun set is_active = false where id = $1', [akun.id]);
    expect(await me(second)).toBe(401);
    await app.close();
  });
});
