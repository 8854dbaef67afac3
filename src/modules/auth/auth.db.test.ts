import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, login, TEST_PASSWORD } from '../../../test/factories.ts';
import { buildApp } from '../../http/app.ts';
import { createAccount } from './auth.service.ts';

const database = useTestDatabase();

describe('authentication API', () => {
  it('logs in with a username and sets an HttpOnly SameSite session cookie', async () => {
    const app = await buildApp(database());
    const org = await buildOrg(database());
    const a = await buildAkun(database(), { instansiId: org.instansi.id, pegawaiId: org.pegawai.kasi.id });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: a.username, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kinerja_sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.json().peran).toEqual(expect.arrayContaining(['PEGAWAI', 'PEJABAT_PENILAI']));
    expect(res.json().jumlahBawahan).toBe(1);
  });

  it('logs in with the NIP of the linked pegawai', async () => {
    const app = await buildApp(database());
    const org = await buildOrg(database());
    await buildAkun(database(), { instansiId: org.instansi.id, pegawaiId: org.pegawai.staf.id });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: org.pegawai.staf.nip, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().pegawai.nip).toBe(org.pegawai.staf.nip);
    expect(res.json().peran).toEqual(['PEGAWAI']);
  });

  it('refuses a wrong password with the same message as an unknown user', async () => {
    const app = await buildApp(database());
    const a = await buildAkun(database());
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: a.username, password: 'salah-salah-salah' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'tidak-ada-orangnya', password: 'x' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toEqual(unknown.json().error);
  });

  it('answers me, then forgets the session after logout', async () => {
    const app = await buildApp(database());
    const a = await buildAkun(database());
    const cookie = await login(app, a.username);
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(200);
    const after = await app.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('AUTH.REQUIRED');
  });

  it('changes the password, refusing a short one, and the new one works', async () => {
    const app = await buildApp(database());
    const a = await buildAkun(database());
    const cookie = await login(app, a.username);
    const short = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'pendek' },
    });
    expect(short.json().error.code).toBe('AUTH.WEAK_PASSWORD');
    const ok = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'kata-sandi-baru-panjang' },
    });
    expect(ok.statusCode).toBe(200);
    await expect(login(app, a.username)).rejects.toThrow();
    await login(app, a.username, 'kata-sandi-baru-panjang');
  });

  it('holds an account with a generated password to the password change, then lets it work', async () => {
    const app = await buildApp(database());
    const org = await buildOrg(database());
    const admin = await buildAkun(database(), { instansiId: org.instansi.id, peran: ['ADMIN_INSTANSI'] });
    const adminCookie = await login(app, admin.username);
    const created = await app.inject({
      method: 'POST',
      url: `/api/instansi/${org.instansi.id}/akun`,
      headers: { cookie: adminCookie },
      payload: { pegawaiId: org.pegawai.guru.id },
    });
    const oneTime: string = created.json().password;
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: org.pegawai.guru.nip, password: oneTime },
    });
    expect(res.json().wajibGantiSandi).toBe(true);
    const cookie = await login(app, org.pegawai.guru.nip, oneTime);
    const own = `/api/instansi/${org.instansi.id}/pegawai/${org.pegawai.guru.id}`;

    for (const blocked of [own, `/api/instansi/${org.instansi.id}/units`, '/api/instansi']) {
      const r = await app.inject({ url: blocked, headers: { cookie } });
      expect(r.statusCode, blocked).toBe(403);
      expect(r.json().error.code).toBe('AUTH.GANTI_SANDI_WAJIB');
    }
    const english = await app.inject({ url: own, headers: { cookie, 'accept-language': 'en' } });
    expect(english.json().error.message).toMatch(/generated by the system/);
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().wajibGantiSandi).toBe(true);

    const change = (payload: object) =>
      app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie }, payload });
    const same = await change({ currentPassword: oneTime, newPassword: oneTime });
    expect(same.json().error.code).toBe('AUTH.SAME_PASSWORD');
    expect((await change({ currentPassword: oneTime, newPassword: 'sandi-pilihan-saya-sendiri' })).statusCode).toBe(
      200,
    );

    expect((await app.inject({ url: '/api/auth/me', headers: { cookie } })).json().wajibGantiSandi).toBe(false);
    expect((await app.inject({ url: own, headers: { cookie } })).statusCode).toBe(200);
    await expect(login(app, org.pegawai.guru.nip, oneTime)).rejects.toThrow();
    const audit = await database().pool.query(
      "select before, after from audit_log where instansi_id = $1 and action = 'password.change' and entity_id = $2",
      [org.instansi.id, created.json().id],
    );
    expect(audit.rows).toEqual([
      { before: { wajibGantiSandi: true }, after: { wajibGantiSandi: false, ip: '127.0.0.1' } },
    ]);
  });

  it('a session that predates a reset ends, and the reset password must be replaced again', async () => {
    const app = await buildApp(database());
    const org = await buildOrg(database());
    const admin = await buildAkun(database(), { instansiId: org.instansi.id, peran: ['ADMIN_INSTANSI'] });
    const user = await buildAkun(database(), { instansiId: org.instansi.id, pegawaiId: org.pegawai.staf.id });
    const adminCookie = await login(app, admin.username);
    const before = await login(app, user.username);
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: before } })).json().wajibGantiSandi).toBe(false);
    const reset = await app.inject({
      method: 'POST',
      url: `/api/instansi/${org.instansi.id}/akun/${user.id}/reset-sandi`,
      headers: { cookie: adminCookie },
    });
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: before } })).statusCode).toBe(401);
    const after = await login(app, user.username, reset.json().password);
    const blocked = await app.inject({
      url: `/api/instansi/${org.instansi.id}/pegawai/${org.pegawai.staf.id}`,
      headers: { cookie: after },
    });
    expect(blocked.json().error.code).toBe('AUTH.GANTI_SANDI_WAJIB');
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: after } })).statusCode).toBe(
      200,
    );
  });

  it('refuses a state-changing request from another site', async () => {
    const app = await buildApp(database());
    const a = await buildAkun(database());
    const cookie = await login(app, a.username);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, origin: 'https://evil.example', host: 'kinerja.local' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('AUTH.CSRF');
    const fetchMeta = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(fetchMeta.statusCode).toBe(403);
    const sameOrigin = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, origin: 'http://kinerja.local', host: 'kinerja.local', 'sec-fetch-site': 'same-origin' },
    });
    expect(sameOrigin.statusCode).toBe(200);
  });

  it('creates an admin with no default password and audits it', async () => {
    const app = await buildApp(database());
    await expect(
      createAccount(database(), { username: 'lemah', password: 'short', instansiId: null, peran: ['SUPER_ADMIN'] }),
    ).rejects.toThrow();
    await createAccount(database(), {
      username: 'admin-super-uji',
      password: 'sandi-admin-yang-kuat',
      instansiId: null,
      peran: ['SUPER_ADMIN'],
    });
    const cookie = await login(app, 'admin-super-uji', 'sandi-admin-yang-kuat');
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(me.json().peran).toEqual(['SUPER_ADMIN']);
    // An operator-chosen password is not a generated one: nothing to replace.
    expect(me.json().wajibGantiSandi).toBe(false);
    const audit = await database().pool.query(
      "select count(*)::int as n from audit_log where action = 'akun.create' and after->>'username' = 'admin-super-uji'",
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it('answers healthz and the OpenAPI document', async () => {
    const app = await buildApp(database());
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const spec = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toContain('/api/auth/login');
  });
});
