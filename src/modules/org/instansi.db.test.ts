import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildInstansi, login } from '../../../test/factories.ts';
import { auditLog, instansi } from '../../db/schema.ts';
import { buildApp } from '../../http/app.ts';

const database = useTestDatabase();

async function superAdmin() {
  const app = await buildApp(database());
  const root = await buildAkun(database(), { peran: ['SUPER_ADMIN'] });
  return { app, cookie: await login(app, root.username) };
}

const kode = () => `KOTA-${crypto.randomUUID().slice(0, 8)}`;

describe('creating an instansi', () => {
  it('creates an empty tenant with the head title of its kind, audited, and lists it', async () => {
    const { app, cookie } = await superAdmin();
    const k = kode();
    const res = await app.inject({
      method: 'POST',
      url: '/api/instansi',
      headers: { cookie },
      payload: { kode: k, nama: '  Pemerintah Kota Tirtajaya ', jenis: 'KOTA' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      kode: k,
      nama: 'Pemerintah Kota Tirtajaya',
      jenis: 'KOTA',
      jabatanPimpinan: 'Wali Kota',
      namaPimpinan: null,
      isDemo: false,
    });

    const list = (await app.inject({ url: '/api/instansi', headers: { cookie } })).json();
    expect(list.map((i: { id: string }) => i.id)).toContain(created.id);
    const units = await app.inject({ url: `/api/instansi/${created.id}/units`, headers: { cookie } });
    expect(units.json()).toEqual([]);

    const audit = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.instansiId, created.id), eq(auditLog.entity, 'instansi')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', entityId: created.id });
    expect(audit[0].actorLabel).toContain('user');
  });

  it('takes the top unit of the first import as the root of the new tenant', async () => {
    const { app, cookie } = await superAdmin();
    const created = (
      await app.inject({
        method: 'POST',
        url: '/api/instansi',
        headers: { cookie },
        payload: { kode: kode(), nama: 'Pemerintah Kabupaten Uji Impor', jenis: 'KABUPATEN' },
      })
    ).json();
    expect(created.jabatanPimpinan).toBe('Bupati');
    const csv =
      'UNOR_KODE,UNOR_NAMA,UNOR_INDUK_KODE,JENIS_UNOR\nPEMKAB,Pemerintah Kabupaten Uji Impor,,PEMDA\n01,Sekretariat Daerah,PEMKAB,SEKRETARIAT_DAERAH\n';
    const res = await app.inject({
      method: 'POST',
      url: `/api/instansi/${created.id}/import?dryRun=true&jenis=unor`,
      headers: { cookie },
      payload: { fileName: 'unor.csv', contentBase64: Buffer.from(csv).toString('base64') },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, dryRun: true, errors: [] });
  });

  it('refuses a taken kode (409, field kode) and a kode with spaces (400), changing nothing', async () => {
    const { app, cookie } = await superAdmin();
    const existing = await buildInstansi(database());
    const dup = await app.inject({
      method: 'POST',
      url: '/api/instansi',
      headers: { cookie, 'accept-language': 'id' },
      payload: { kode: existing.kode, nama: 'Instansi Kembar', jenis: 'PROVINSI' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'CONFLICT.DUPLICATE', details: { field: 'kode' } });

    const spaced = await app.inject({
      method: 'POST',
      url: '/api/instansi',
      headers: { cookie },
      payload: { kode: 'KAB SUKA', nama: 'Instansi Berspasi', jenis: 'KABUPATEN' },
    });
    expect(spaced.statusCode).toBe(400);
    expect(JSON.stringify(spaced.json().error.details)).toContain('body.kode');
    const rows = await database().db.select().from(instansi).where(eq(instansi.nama, 'Instansi Berspasi'));
    expect(rows).toEqual([]);
  });

  it('is for super admins only: an agency admin is refused', async () => {
    const app = await buildApp(database());
    const own = await buildInstansi(database());
    const admin = await buildAkun(database(), { instansiId: own.id, peran: ['ADMIN_INSTANSI'] });
    const cookie = await login(app, admin.username);
    const res = await app.inject({
      method: 'POST',
      url: '/api/instansi',
      headers: { cookie },
      payload: { kode: kode(), nama: 'Instansi Gelap', jenis: 'KOTA' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('ACCESS.FORBIDDEN');
  });
});

describe('editing an instansi', () => {
  it("lets its admin record the new regional head; a stale version is refused and the other tenant's admin sees nothing", async () => {
    const app = await buildApp(database());
    const own = await buildInstansi(database());
    const other = await buildInstansi(database());
    const admin = await buildAkun(database(), { instansiId: own.id, peran: ['ADMIN_INSTANSI'] });
    const stranger = await buildAkun(database(), { instansiId: other.id, peran: ['ADMIN_INSTANSI'] });
    const cookie = await login(app, admin.username);
    const url = `/api/instansi/${own.id}`;

    const ok = await app.inject({
      method: 'PATCH',
      url,
      headers: { cookie },
      payload: { version: own.version, namaPimpinan: 'Dr. H. Ahmad Fauzi, M.Si.' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ namaPimpinan: 'Dr. H. Ahmad Fauzi, M.Si.', version: own.version + 1 });

    const stale = await app.inject({
      method: 'PATCH',
      url,
      headers: { cookie },
      payload: { version: own.version, namaPimpinan: 'Nama Lama' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT.VERSION');
    const [row] = await database().db.select().from(instansi).where(eq(instansi.id, own.id));
    expect(row.namaPimpinan).toBe('Dr. H. Ahmad Fauzi, M.Si.');

    const foreign = await app.inject({
      method: 'PATCH',
      url,
      headers: { cookie: await login(app, stranger.username) },
      payload: { version: row.version, namaPimpinan: 'Penyusup' },
    });
    expect(foreign.statusCode).toBe(404);

    const audit = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.instansiId, own.id), eq(auditLog.entity, 'instansi')));
    expect(audit.map((a) => a.action)).toEqual(['update']);
    expect((audit[0].before as { namaPimpinan: string | null }).namaPimpinan).toBe(own.namaPimpinan ?? null);
  });
});
