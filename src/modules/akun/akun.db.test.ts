import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, login, loginFirstTime } from '../../../test/factories.ts';
import { buildApp } from '../../http/app.ts';

const database = useTestDatabase();

async function setup() {
  const app = await buildApp(database());
  const org = await buildOrg(database());
  const admin = await buildAkun(database(), { instansiId: org.instansi.id, peran: ['ADMIN_INSTANSI'] });
  return { app, org, cookie: await login(app, admin.username) };
}

describe('account administration', () => {
  it('creates an account for a pegawai with a one-time password that logs in by NIP', async () => {
    const { app, org, cookie } = await setup();
    const res = await app.inject({
      method: 'POST',
      url: `/api/instansi/${org.instansi.id}/akun`,
      headers: { cookie },
      payload: { pegawaiId: org.pegawai.guru.id, peran: [] },
    });
    expect(res.statusCode).toBe(201);
    const { username, password } = res.json();
    expect(username).toBe(org.pegawai.guru.nip);
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await login(app, org.pegawai.guru.nip, password);
    const again = await app.inject({
      method: 'POST',
      url: `/api/instansi/${org.instansi.id}/akun`,
      headers: { cookie },
      payload: { pegawaiId: org.pegawai.guru.id },
    });
    expect(again.statusCode).toBe(409);
  });

  it('requires a unit for a unit admin and scopes the new admin to it', async () => {
    const { app, org, cookie } = await setup();
    const url = `/api/instansi/${org.instansi.id}/akun`;
    const noUnit = await app.inject({
      method: 'POST',
      url,
      headers: { cookie },
      payload: { username: 'admin-bidang', peran: [{ peran: 'ADMIN_UNIT' }] },
    });
    expect(noUnit.statusCode).toBe(400);
    const ok = await app.inject({
      method: 'POST',
      url,
      headers: { cookie },
      payload: { username: 'admin-bidang', peran: [{ peran: 'ADMIN_UNIT', unitId: org.units.bidang.id }] },
    });
    const unitAdmin = await loginFirstTime(app, 'admin-bidang', ok.json().password);
    const inside = await app.inject({
      url: `/api/instansi/${org.instansi.id}/pegawai/${org.pegawai.staf.id}`,
      headers: { cookie: unitAdmin },
    });
    const outside = await app.inject({
      url: `/api/instansi/${org.instansi.id}/pegawai/${org.pegawai.guru.id}`,
      headers: { cookie: unitAdmin },
    });
    expect(inside.statusCode).toBe(200);
    expect(outside.statusCode).toBe(404);
  });

  it('ends the sessions of a disabled account and refuses its login', async () => {
    const { app, org, cookie } = await setup();
    const user = await buildAkun(database(), { instansiId: org.instansi.id, pegawaiId: org.pegawai.staf.id });
    const userCookie = await login(app, user.username);
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/instansi/${org.instansi.id}/akun/${user.id}`,
      headers: { cookie },
      payload: { isActive: false },
    });
    expect(res.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: userCookie } })).statusCode).toBe(401);
    await expect(login(app, user.username)).rejects.toThrow(/403/);
  });

  it('resets a password: the old one stops working, the new one works', async () => {
    const { app, org, cookie } = await setup();
    const user = await buildAkun(database(), { instansiId: org.instansi.id });
    const res = await app.inject({
      method: 'POST',
      url: `/api/instansi/${org.instansi.id}/akun/${user.id}/reset-sandi`,
      headers: { cookie },
    });
    await expect(login(app, user.username)).rejects.toThrow();
    await login(app, user.username, res.json().password);
  });
});
