/**
 * Password guessing is bounded (issue 8, decision 0004): per client address (believed from
 * X-Forwarded-For only behind a configured proxy), per account on the normalised username, on the
 * password-change route too; locks end, grow, and an admin can lift them; addresses are audited;
 * weak passwords are refused by rule; the session cookie is Secure over HTTPS.
 *
 * Every request that fails a login comes from its own made-up socket address (`remoteAddress`):
 * on PostgreSQL the test database is shared, and failures from 127.0.0.1 would count against the
 * other test files' logins.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, login, TEST_PASSWORD } from '../../../test/factories.ts';
import { buildApp } from '../../http/app.ts';
import { MAX_FAILURES_PER_IP } from './auth.service.ts';
import { LOCK_AFTER_FAILURES } from './login-throttle.ts';

const database = useTestDatabase();

/** A socket address no other test uses (198.18.0.0/15 is reserved for benchmarks; nothing is sent). */
const freshIp = () => `198.18.${randomInt(256)}.${randomInt(1, 255)}`;

function tryLogin(
  app: FastifyInstance,
  username: string,
  password: string,
  opts: { ip?: string; headers?: Record<string, string> } = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: opts.ip ?? freshIp(),
    headers: opts.headers,
  });
}

async function auditRows(action: string, entityId: string) {
  const res = await database().pool.query(
    'select akun_id, after, before from audit_log where action = $1 and entity_id = $2 order by id',
    [action, entityId],
  );
  return res.rows as Array<{ akun_id: string | null; after: Record<string, unknown>; before: unknown }>;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the client address', () => {
  it('without a trusted proxy is the socket address: rotating X-Forwarded-For does not escape the limit', async () => {
    const app = await buildApp(database());
    const ip = freshIp();
    for (let n = 0; n < MAX_FAILURES_PER_IP; n++) {
      // Different unknown names, so that only the per-address limit can stop them.
      const res = await tryLogin(app, `tebakan-${randomUUID()}`, 'salah-salah-salah', {
        ip,
        headers: { 'x-forwarded-for': `203.0.113.${n + 1}` },
      });
      expect(res.statusCode, `attempt ${n + 1}`).toBe(401);
    }
    const blocked = await tryLogin(app, `tebakan-${randomUUID()}`, 'salah-salah-salah', {
      ip,
      headers: { 'x-forwarded-for': '203.0.113.250' },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('AUTH.RATE_LIMITED');
    const recorded = await database().pool.query(
      "select count(*)::int as n from login_attempt where ip = $1 and not success and at > now() - interval '1 hour'",
      [ip],
    );
    expect(recorded.rows[0].n).toBe(MAX_FAILURES_PER_IP);
  });

  it('behind a trusted proxy is the forwarded one, and it is what the audit records', async () => {
    const proxy = freshIp();
    const app = await buildApp(database(), { trustProxy: [proxy] });
    const a = await buildAkun(database());
    const viaProxy = await tryLogin(app, a.username, TEST_PASSWORD, {
      ip: proxy,
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(viaProxy.statusCode).toBe(200);
    const cookie = `kinerja_sid=${viaProxy.cookies.find((c) => c.name === 'kinerja_sid')?.value}`;
    expect((await auditRows('login', a.id)).map((r) => r.after)).toEqual([{ ip: '203.0.113.7' }]);
    const sesi = await database().pool.query('select ip from sesi where akun_id = $1', [a.id]);
    expect(sesi.rows).toEqual([{ ip: '203.0.113.7' }]);

    // A client that reaches the server directly is not believed.
    const direct = freshIp();
    await tryLogin(app, a.username, 'salah-salah-salah', { ip: direct, headers: { 'x-forwarded-for': '203.0.113.8' } });
    const attempts = await database().pool.query(
      'select ip from login_attempt where username = $1 and not success order by id',
      [a.username],
    );
    expect(attempts.rows).toEqual([{ ip: direct }]);

    const out = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-forwarded-for': '203.0.113.9' },
      remoteAddress: proxy,
    });
    expect(out.statusCode).toBe(200);
    expect((await auditRows('logout', a.id)).map((r) => r.after)).toEqual([{ ip: '203.0.113.9' }]);
  });

  it('behind a trusted proxy, rotating forwarded addresses still meets the per-account lock', async () => {
    const proxy = freshIp();
    const app = await buildApp(database(), { trustProxy: [proxy] });
    const a = await buildAkun(database());
    const codes: string[] = [];
    for (let n = 0; n < LOCK_AFTER_FAILURES + 3; n++) {
      const res = await tryLogin(app, a.username, `salah-${n}-salah-salah`, {
        ip: proxy,
        headers: { 'x-forwarded-for': `203.0.113.${n + 20}` },
      });
      codes.push(res.json().error.code);
    }
    expect(codes).toEqual([
      ...Array(LOCK_AFTER_FAILURES - 1).fill('AUTH.INVALID_CREDENTIALS'),
      ...Array(4).fill('AUTH.ACCOUNT_LOCKED'),
    ]);
    const lockout = await auditRows('akun.lockout', a.id);
    expect(lockout).toHaveLength(1);
    expect(lockout[0].after).toMatchObject({ ip: `203.0.113.${LOCK_AFTER_FAILURES - 1 + 20}`, failedLogins: 5 });
  });
});

describe('the per-account lock', () => {
  it('counts padded and re-cased usernames against the same account and refuses them all while locked', async () => {
    const app = await buildApp(database());
    const a = await buildAkun(database());
    const variants = [` ${a.username}`, `${a.username} `, `${a.username}\t`, a.username.toUpperCase(), a.username];
    const ip = freshIp();
    for (const [n, v] of variants.entries()) {
      const res = await tryLogin(app, v, `salah-salah-${n}`, { ip });
      expect(res.json().error.code, JSON.stringify(v)).toBe(
        n < LOCK_AFTER_FAILURES - 1 ? 'AUTH.INVALID_CREDENTIALS' : 'AUTH.ACCOUNT_LOCKED',
      );
    }
    const stored = await database().pool.query('select failed_logins from akun where id = $1', [a.id]);
    expect(stored.rows[0].failed_logins).toBe(LOCK_AFTER_FAILURES);
    const attemptNames = await database().pool.query('select distinct username from login_attempt where ip = $1', [ip]);
    expect(attemptNames.rows).toEqual([{ username: a.username }]);

    // The right password does not get through either, however the name is written.
    const written = [
      ` ${a.username}`,
      `${a.username}\r\n`,
      `\u00a0${a.username.toUpperCase()}`,
      `${a.username}\u200b`,
      [...a.username].map((c) => String.fromCodePoint((c.codePointAt(0) as number) + 0xfee0)).join(''), // full-width
      a.username,
    ];
    // A NUL never reaches the lookup: the input guard refuses it in any request string (issue 8, point 9).
    const withNul = await tryLogin(app, `\u0000${a.username}`, TEST_PASSWORD);
    expect(withNul.statusCode).toBe(400);
    expect(withNul.json().error.code).toBe('VALIDATION.FAILED');
    for (const v of written) {
      const res = await tryLogin(app, v, TEST_PASSWORD, { headers: { 'accept-language': 'en' } });
      expect(res.statusCode, JSON.stringify(v)).toBe(429);
      expect(res.json().error).toMatchObject({
        code: 'AUTH.ACCOUNT_LOCKED',
        message: expect.stringMatching(/locked for a while\. Try again in 1 minute/),
        details: { retryAfterSeconds: expect.any(Number) },
      });
    }
  });

  it('answers a username without an account exactly like a locked account (no enumeration)', async () => {
    const app = await buildApp(database());
    const a = await buildAkun(database());
    const ghost = `tidak-ada-${randomUUID()}`;
    const answers = async (name: string) => {
      const out: Array<{ status: number; code: string; message: string }> = [];
      for (let n = 0; n < LOCK_AFTER_FAILURES + 1; n++) {
        const res = await tryLogin(app, name, 'salah-salah-salah');
        out.push({ status: res.statusCode, code: res.json().error.code, message: res.json().error.message });
      }
      return out;
    };
    const real = await answers(a.username);
    const unknown = await answers(ghost);
    expect(unknown).toEqual(real);
    expect(real.at(-1)).toMatchObject({ status: 429, code: 'AUTH.ACCOUNT_LOCKED' });
  });

  it('ends by itself after a minute, and the next lock is longer', async () => {
    const app = await buildApp(database());
    const a = await buildAkun(database());
    const start = new Date();
    vi.useFakeTimers({ toFake: ['Date'], now: start });
    for (let n = 0; n < LOCK_AFTER_FAILURES; n++) await tryLogin(app, a.username, `salah-salah-${n}`);
    const locked = await tryLogin(app, a.username, TEST_PASSWORD);
    expect(locked.json().error.details.retryAfterSeconds).toBe(60);
    expect(locked.headers['retry-after']).toBe('60');

    vi.setSystemTime(new Date(start.getTime() + 61_000));
    const again = await tryLogin(app, a.username, 'salah-lagi-salah');
    expect(again.json().error).toMatchObject({ code: 'AUTH.ACCOUNT_LOCKED', details: { retryAfterSeconds: 120 } });

    vi.setSystemTime(new Date(start.getTime() + 61_000 + 121_000));
    expect((await tryLogin(app, a.username, TEST_PASSWORD)).statusCode).toBe(200);
    // A success starts the count again: four more failures do not lock.
    for (let n = 0; n < LOCK_AFTER_FAILURES - 1; n++) {
      expect((await tryLogin(app, a.username, `salah-salah-${n}`)).json().error.code).toBe('AUTH.INVALID_CREDENTIALS');
    }
  });

  it('does not let parallel guesses slip past the count', async () => {
    const app = await buildApp(database());
    const a = await buildAkun(database());
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, n) => tryLogin(app, a.username, `paralel-salah-${n}`)),
    );
    const wrong = results.filter((r) => r.json().error.code === 'AUTH.INVALID_CREDENTIALS');
    expect(wrong.length).toBeLessThan(LOCK_AFTER_FAILURES);
    const stored = await database().pool.query('select failed_logins from akun where id = $1', [a.id]);
    expect(stored.rows[0].failed_logins).toBe(LOCK_AFTER_FAILURES);
  });

  it('is lifted by an admin of the account, audited with the address; others may not', async () => {
    const app = await buildApp(database());
    const org = await buildOrg(database());
    const other = await buildOrg(database());
    const user = await buildAkun(database(), { instansiId: org.instansi.id, pegawaiId: org.pegawai.staf.id });
    const admin = await buildAkun(database(), { instansiId: org.instansi.id, peran: ['ADMIN_INSTANSI'] });
    const unitAdmin = await buildAkun(database(), {
      instansiId: org.instansi.id,
      peran: ['ADMIN_UNIT'],
      unitId: org.units.seksi.id,
    });
    const otherAdmin = await buildAkun(database(), { instansiId: other.instansi.id, peran: ['ADMIN_INSTANSI'] });
    const colleague = await buildAkun(database(), { instansiId: org.instansi.id, pegawaiId: org.pegawai.guru.id });
    for (let n = 0; n < LOCK_AFTER_FAILURES; n++) await tryLogin(app, user.username, `salah-salah-${n}`);
    expect((await tryLogin(app, user.username, TEST_PASSWORD)).statusCode).toBe(429);

    const unlockUrl = `/api/instansi/${org.instansi.id}/akun/${user.id}/buka-kunci`;
    const unlockAs = async (username: string, instansiId = org.instansi.id) =>
      app.inject({
        method: 'POST',
        url: `/api/instansi/${instansiId}/akun/${user.id}/buka-kunci`,
        headers: { cookie: await login(app, username) },
        remoteAddress: '192.0.2.44',
      });
    expect((await unlockAs(otherAdmin.username)).statusCode).toBe(404);
    expect((await unlockAs(otherAdmin.username, other.instansi.id)).statusCode).toBe(404);
    expect((await unlockAs(unitAdmin.username)).statusCode).toBe(403);
    expect((await unlockAs(colleague.username)).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: unlockUrl })).statusCode).toBe(401);
    expect((await tryLogin(app, user.username, TEST_PASSWORD)).statusCode).toBe(429);

    const adminCookie = await login(app, admin.username);
    const list = await app.inject({ url: `/api/instansi/${org.instansi.id}/akun`, headers: { cookie: adminCookie } });
    const row = list.json().find((r: { id: string }) => r.id === user.id);
    expect(new Date(row.lockedUntil).getTime()).toBeGreaterThan(Date.now());

    expect((await unlockAs(admin.username)).statusCode).toBe(200);
    const audit = await auditRows('akun.unlock', user.id);
    expect(audit).toEqual([
      {
        akun_id: admin.id,
        before: { failedLogins: LOCK_AFTER_FAILURES, lockedUntil: expect.any(String) },
        after: { failedLogins: 0, lockedUntil: null, ip: '192.0.2.44' },
      },
    ]);
    expect((await tryLogin(app, user.username, TEST_PASSWORD)).statusCode).toBe(200);
    const after = await app.inject({ url: `/api/instansi/${org.instansi.id}/akun`, headers: { cookie: adminCookie } });
    expect(after.json().find((r: { id: string }) => r.id === user.id).lockedUntil).toBeNull();
  });
});

describe('password change', () => {
  it('limits wrong current passwords per account, audits each with the address, and locks login too', async () => {
    const app = await buildApp(database());
    const a = await buildAkun(database());
    const cookie = await login(app, a.username);
    const change = (currentPassword: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: { cookie },
        payload: { currentPassword, newPassword: 'sandi-baru-yang-kuat-sekali' },
        remoteAddress: '192.0.2.77',
      });
    const codes: string[] = [];
    for (let n = 0; n < LOCK_AFTER_FAILURES + 1; n++) codes.push((await change(`tebakan-${n}`)).json().error.code);
    expect(codes).toEqual([
      ...Array(LOCK_AFTER_FAILURES - 1).fill('AUTH.WRONG_PASSWORD'),
      'AUTH.ACCOUNT_LOCKED',
      'AUTH.ACCOUNT_LOCKED',
    ]);
    // Even the right current password waits for the lock to end.
    const right = await change(TEST_PASSWORD);
    expect(right.statusCode).toBe(429);
    expect((await tryLogin(app, a.username, TEST_PASSWORD)).json().error.code).toBe('AUTH.ACCOUNT_LOCKED');

    const failed = await auditRows('password.change.failed', a.id);
    expect(failed.map((r) => r.after)).toEqual(
      Array.from({ length: LOCK_AFTER_FAILURES }, (_, n) => ({
        ip: '192.0.2.77',
        failedLogins: n + 1,
        locked: n + 1 === LOCK_AFTER_FAILURES,
      })),
    );
    expect((await auditRows('akun.lockout', a.id)).map((r) => r.after)).toEqual([
      expect.objectContaining({ ip: '192.0.2.77', via: 'password.change' }),
    ]);
    const changed = await database().pool.query(
      "select count(*)::int as n from audit_log where action = 'password.change' and entity_id = $1",
      [a.id],
    );
    expect(changed.rows[0].n).toBe(0);
  });

  it('refuses each kind of weak password with its own code and message', async () => {
    const app = await buildApp(database());
    const org = await buildOrg(database());
    const a = await buildAkun(database(), { instansiId: org.instansi.id, pegawaiId: org.pegawai.staf.id });
    const cookie = await login(app, a.username);
    const cases: Array<[string, string]> = [
      [' '.repeat(14), 'AUTH.PASSWORD_BLANK'],
      ['\t\r\n\u00a0\u200b'.repeat(3), 'AUTH.PASSWORD_BLANK'],
      ['pendek', 'AUTH.WEAK_PASSWORD'],
      ['xxxxxxxxxxxxxxxx', 'AUTH.PASSWORD_ONE_CHARACTER'],
      [`sandi-${a.username.toUpperCase()}`, 'AUTH.PASSWORD_HAS_USERNAME'],
      [`nip-saya-${org.pegawai.staf.nip}`, 'AUTH.PASSWORD_HAS_NIP'],
      ['password1234', 'AUTH.PASSWORD_COMMON'],
      ['Password123!', 'AUTH.PASSWORD_COMMON'],
    ];
    const messages = new Set<string>();
    for (const [newPassword, code] of cases) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: { cookie, 'accept-language': 'en' },
        payload: { currentPassword: TEST_PASSWORD, newPassword },
      });
      expect(res.statusCode, JSON.stringify(newPassword)).toBe(400);
      expect(res.json().error.code, JSON.stringify(newPassword)).toBe(code);
      messages.add(res.json().error.message);
    }
    expect(messages.size).toBe(6);
    // None of them counted as a wrong guess: the current password was right each time.
    expect((await database().pool.query('select failed_logins from akun where id = $1', [a.id])).rows[0]).toEqual({
      failed_logins: 0,
    });
    await login(app, a.username);
  });
});

describe('the session cookie', () => {
  it('is Secure when the request came over HTTPS through a trusted proxy, and only then', async () => {
    const proxy = freshIp();
    const app = await buildApp(database(), { trustProxy: [proxy] });
    const a = await buildAkun(database());
    const cookieOf = async (ip: string, headers: Record<string, string>) => {
      const res = await tryLogin(app, a.username, TEST_PASSWORD, { ip, headers });
      expect(res.statusCode).toBe(200);
      return res.cookies.find((c) => c.name === 'kinerja_sid');
    };
    expect(await cookieOf(proxy, { 'x-forwarded-proto': 'https' })).toMatchObject({ secure: true, httpOnly: true });
    expect((await cookieOf(proxy, { 'x-forwarded-proto': 'http' }))?.secure).toBeFalsy();
    expect((await cookieOf(proxy, {}))?.secure).toBeFalsy();
    // A client talking plain HTTP directly cannot ask for it (nor fool the server about the scheme).
    expect((await cookieOf(freshIp(), { 'x-forwarded-proto': 'https' }))?.secure).toBeFalsy();
  });
});
