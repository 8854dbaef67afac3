/**
 * Usernames belong to their tenant (decision 0206): one tenant's admin cannot take the NIP of
 * another tenant's pegawai, a duplicate answer never reveals other tenants' usernames, bulk
 * accounts are not blocked by other tenants, and a login name shared by several tenants opens the
 * account whose password it is (or asks for the tenant when the password fits more than one).
 */
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, login, loginFirstTime } from '../../../test/factories.ts';
import { akun } from '../../db/schema.ts';
import { buildApp } from '../../http/app.ts';
import { createAccount, hashPassword } from '../auth/index.ts';
import { unlockAkunAsOperator } from './akun.service.ts';

const database = useTestDatabase();

async function twoTenants() {
  const app = await buildApp(database());
  const a = await buildOrg(database());
  const b = await buildOrg(database());
  const adminA = await buildAkun(database(), { instansiId: a.instansi.id, peran: ['ADMIN_INSTANSI'] });
  const adminB = await buildAkun(database(), { instansiId: b.instansi.id, peran: ['ADMIN_INSTANSI'] });
  return { app, a, b, cookieA: await login(app, adminA.username), cookieB: await login(app, adminB.username) };
}

function createAkun(app: FastifyInstance, instansiId: string, cookie: string, payload: object) {
  return app.inject({ method: 'POST', url: `/api/instansi/${instansiId}/akun`, headers: { cookie }, payload });
}

/**
 * A login from its own made-up address: the PostgreSQL test database is shared by the test files,
 * and wrong passwords from 127.0.0.1 would count against the others' per-address limit.
 */
function loginRes(app: FastifyInstance, payload: object) {
  const ip = `198.19.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
  return app.inject({ method: 'POST', url: '/api/auth/login', payload, remoteAddress: ip });
}

const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

describe('usernames belong to their tenant', () => {
  it("refuses another tenant's NIP, or any NIP that is not the account's pegawai, as a username", async () => {
    const { app, a, b, cookieB } = await twoTenants();
    const nipOfA = a.pegawai.guru.nip;
    const planted = await createAkun(app, b.instansi.id, cookieB, { username: nipOfA, peran: [] });
    expect(planted.statusCode).toBe(400);
    expect(planted.json().error).toMatchObject({ code: 'AKUN.USERNAME_NIP_RESERVED', details: { field: 'username' } });
    // Not even for one of B's own pegawai whose NIP differs.
    const forOther = await createAkun(app, b.instansi.id, cookieB, {
      pegawaiId: b.pegawai.staf.id,
      username: nipOfA,
      peran: [],
    });
    expect(forOther.json().error.code).toBe('AKUN.USERNAME_NIP_RESERVED');
    // A's own bulk accounts still reach that person.
    const adminA = await buildAkun(database(), { instansiId: a.instansi.id, peran: ['ADMIN_INSTANSI'] });
    const bulk = await app.inject({
      method: 'POST',
      url: `/api/instansi/${a.instansi.id}/akun/massal`,
      headers: { cookie: await login(app, adminA.username) },
      payload: { unitId: a.units.sekolah.id, dryRun: true },
    });
    expect(bulk.json().dilewati).toEqual([]);
  });

  it('answers a duplicate only within the tenant and never about other tenants', async () => {
    const { app, a, b, cookieA, cookieB } = await twoTenants();
    const name = unique('operator.bkpsdm');
    expect((await createAkun(app, a.instansi.id, cookieA, { username: name, peran: [] })).statusCode).toBe(201);
    // B may use the same name: nothing tells B that A has it.
    const inB = await createAkun(app, b.instansi.id, cookieB, { username: name.toUpperCase(), peran: [] });
    expect(inB.statusCode).toBe(201);
    const again = await createAkun(app, b.instansi.id, cookieB, { username: name, peran: [] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'AKUN.USERNAME_TAKEN', details: { field: 'username' } });
    expect(again.body).not.toContain(a.instansi.id);
  });

  it('refuses usernames with spaces, control characters or odd symbols', async () => {
    const { app, b, cookieB } = await twoTenants();
    for (const username of ['budi santoso', 'budi\tsantoso', 'budi<script>', 'bu\u200bdi']) {
      const res = await createAkun(app, b.instansi.id, cookieB, { username, peran: [] });
      expect(res.statusCode, username).toBe(400);
      expect(res.json().error.code, username).toBe('AKUN.USERNAME_INVALID');
    }
    // The operator's CLI goes through the same rule.
    await expect(
      createAccount(database(), {
        username: 'root admin',
        password: `${'x'.repeat(6)}Y7!kqz`,
        instansiId: null,
        peran: [],
      }),
    ).rejects.toMatchObject({ code: 'AKUN.USERNAME_INVALID' });
  });

  it('opens the account whose password it is when tenants share a username, and asks for the tenant when both fit', async () => {
    const { app, a, b, cookieA, cookieB } = await twoTenants();
    const name = unique('petugas');
    const inA = await createAkun(app, a.instansi.id, cookieA, { username: name, peran: [] });
    const inB = await createAkun(app, b.instansi.id, cookieB, { username: name, peran: [] });
    // Each one-time password opens its own tenant's account.
    const meA = await loginRes(app, { username: name, password: inA.json().password });
    expect(meA.statusCode).toBe(200);
    expect(meA.json().instansi.id).toBe(a.instansi.id);
    const meB = await loginRes(app, { username: ` ${name} `, password: inB.json().password });
    expect(meB.json().instansi.id).toBe(b.instansi.id);
    expect((await loginRes(app, { username: name, password: 'bukan-sandi-siapa-pun' })).statusCode).toBe(401);

    // The same person chose the same password in both: the login asks which agency.
    const chosen = 'sandi-yang-sama-di-dua-instansi';
    await loginFirstTime(app, name, inA.json().password, chosen);
    await loginFirstTime(app, name, inB.json().password, chosen);
    const ambiguous = await loginRes(app, { username: name, password: chosen });
    expect(ambiguous.statusCode).toBe(409);
    expect(ambiguous.json().error.code).toBe('AUTH.INSTANSI_REQUIRED');
    expect(ambiguous.json().error.details.instansi).toEqual(
      expect.arrayContaining([
        { kode: a.instansi.kode, nama: a.instansi.nama },
        { kode: b.instansi.kode, nama: b.instansi.nama },
      ]),
    );
    const chosenB = await loginRes(app, { username: name, password: chosen, instansi: b.instansi.kode });
    expect(chosenB.statusCode).toBe(200);
    expect(chosenB.json().instansi.id).toBe(b.instansi.id);
    // A wrong password never learns which agencies have the name.
    const wrong = await loginRes(app, { username: name, password: 'sandi-yang-salah-sekali' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).not.toContain(a.instansi.kode);
  });

  it("does not count one tenant's successful logins as wrong guesses at the other account with that name", async () => {
    const { app, a, b, cookieA, cookieB } = await twoTenants();
    const name = unique('operator');
    const inA = await createAkun(app, a.instansi.id, cookieA, { username: name, peran: [] });
    const inB = await createAkun(app, b.instansi.id, cookieB, { username: name, peran: [] });
    for (let i = 0; i < 8; i++) {
      expect((await loginRes(app, { username: name, password: inA.json().password })).statusCode).toBe(200);
    }
    const [rowB] = await database().db.select().from(akun).where(eq(akun.id, inB.json().id));
    expect(rowB.failedLogins).toBe(0);
    expect((rowB.lockedUntil?.getTime() ?? 0) <= Date.now()).toBe(true);
    expect((await loginRes(app, { username: name, password: inB.json().password })).statusCode).toBe(200);
    // Wrong guesses at the shared name count against both, and lock both.
    for (let i = 0; i < 5; i++) await loginRes(app, { username: name, password: `salah-salah-salah-${i}` });
    const locked = await loginRes(app, { username: name, password: inA.json().password });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('AUTH.ACCOUNT_LOCKED');
  });

  it('lets the operator unlock an account by name in its scope, audited', async () => {
    const { app, a, cookieA } = await twoTenants();
    const name = unique('kasubag');
    const created = await createAkun(app, a.instansi.id, cookieA, { username: name, peran: [] });
    for (let i = 0; i < 5; i++) await loginRes(app, { username: name, password: `salah-salah-salah-${i}` });
    expect((await loginRes(app, { username: name, password: created.json().password })).statusCode).toBe(429);
    // Not found in the wrong scope (install level), found in its tenant.
    expect(await unlockAkunAsOperator(database(), { instansiId: null, username: name }, { label: 'cli (ops)' })).toBe(
      null,
    );
    const done = await unlockAkunAsOperator(
      database(),
      { instansiId: a.instansi.id, username: ` ${name.toUpperCase()} ` },
      { label: 'cli (ops)' },
    );
    expect(done).toEqual({ id: created.json().id, wasLocked: true });
    expect((await loginRes(app, { username: name, password: created.json().password })).statusCode).toBe(200);
    const audit = await database().pool.query(
      "select actor_label from audit_log where action = 'akun.unlock' and entity_id = $1",
      [created.json().id],
    );
    expect(audit.rows).toEqual([{ actor_label: 'cli (ops)' }]);
  });

  it("lets a person keep logging in by NIP when legacy data left another tenant's account on that NIP", async () => {
    const { app, a, b } = await twoTenants();
    const nip = a.pegawai.guru.nip;
    // Before decision 0206 usernames were global; an account of B may already carry A's NIP.
    await database()
      .db.insert(akun)
      .values({
        username: nip,
        passwordHash: await hashPassword('sandi-akun-lama-milik-b'),
        namaTampilan: 'akun lama',
        instansiId: b.instansi.id,
      });
    const adminA = await buildAkun(database(), { instansiId: a.instansi.id, peran: ['ADMIN_INSTANSI'] });
    const created = await createAkun(app, a.instansi.id, await login(app, adminA.username), {
      pegawaiId: a.pegawai.guru.id,
      peran: [],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().username).toBe(nip);
    const me = await loginRes(app, { username: nip, password: created.json().password });
    expect(me.statusCode).toBe(200);
    expect(me.json().pegawai.id).toBe(a.pegawai.guru.id);
    const old = await loginRes(app, { username: nip, password: 'sandi-akun-lama-milik-b' });
    expect(old.json().instansi.id).toBe(b.instansi.id);
  });
});
