import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, login } from '../../../test/factories.ts';
import { auditLog, pegawai } from '../../db/schema.ts';
import { composeNip } from '../../domain/nip.ts';
import { buildApp } from '../../http/app.ts';

const database = useTestDatabase();

async function setup() {
  const app = await buildApp(database());
  const org = await buildOrg(database());
  const admin = await buildAkun(database(), { instansiId: org.instansi.id, peran: ['ADMIN_INSTANSI'] });
  const cookie = await login(app, admin.username);
  const staf = org.pegawai.staf;
  const url = `/api/instansi/${org.instansi.id}/pegawai/${staf.id}`;
  const patch = (payload: Record<string, unknown>) =>
    app.inject({ method: 'PATCH', url, headers: { cookie, 'accept-language': 'id' }, payload });
  const current = async () => (await database().db.select().from(pegawai).where(eq(pegawai.id, staf.id)))[0];
  return { app, org, cookie, staf, patch, current };
}

const corrected = composeNip({
  jenisAsn: 'PNS',
  tanggalLahir: '1988-04-17',
  tmtTahun: 2012,
  tmtBulan: 3,
  jenisKelamin: 'P',
  nomorUrut: 7,
});

describe('editing a pegawai', () => {
  it('corrects the NIP; birth date and gender follow the new NIP; the change is audited', async () => {
    const { org, staf, patch, current } = await setup();
    const res = await patch({ version: staf.version, nip: corrected, telepon: '0812 3456 7890' });
    expect(res.statusCode, res.body).toBe(200);
    const row = await current();
    expect(row).toMatchObject({
      nip: corrected,
      tanggalLahir: '1988-04-17',
      jenisKelamin: 'P',
      telepon: '0812 3456 7890',
      version: staf.version + 1,
    });
    const audit = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.instansiId, org.instansi.id), eq(auditLog.entityId, staf.id)));
    expect(audit.map((a) => (a.after as { nip?: string } | null)?.nip)).toContain(corrected);
  });

  it('keeps a birth date that did not come from the old NIP', async () => {
    const { staf, patch, current } = await setup();
    await database().db.update(pegawai).set({ tanggalLahir: '1979-12-31' }).where(eq(pegawai.id, staf.id));
    const res = await patch({ version: staf.version, nip: corrected });
    expect(res.statusCode, res.body).toBe(200);
    expect(await current()).toMatchObject({ nip: corrected, tanggalLahir: '1979-12-31', jenisKelamin: 'P' });
  });

  it('refuses an invalid NIP with the NIP problem under body.nip and changes nothing', async () => {
    const { staf, patch, current } = await setup();
    const res = await patch({ version: staf.version, nip: `19881332${corrected.slice(8)}`, telepon: '0811' });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('PEGAWAI.NIP_INVALID');
    expect(error.details[0]).toMatchObject({ field: 'body.nip', code: 'NIP.BIRTH_DATE_INVALID' });
    expect(error.message).toMatch(/bukan tanggal lahir/);
    expect(await current()).toMatchObject({ nip: staf.nip, telepon: null, version: staf.version });
  });

  it('refuses the NIP of another pegawai of the instansi as a duplicate of the NIP field', async () => {
    const { org, staf, patch, current } = await setup();
    const res = await patch({ version: staf.version, nip: org.pegawai.kasi.nip });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'CONFLICT.DUPLICATE',
      message: 'NIP ini sudah dipakai pegawai lain.',
      details: { field: 'nip' },
    });
    expect((await current()).nip).toBe(staf.nip);
  });

  it('accepts the unchanged NIP (written with separators) as no change', async () => {
    const { staf, patch, current } = await setup();
    const spaced = `${staf.nip.slice(0, 8)} ${staf.nip.slice(8, 14)} ${staf.nip.slice(14, 15)} ${staf.nip.slice(15)}`;
    const res = await patch({ version: staf.version, nip: spaced, email: 'staf@example.go.id' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await current()).toMatchObject({ nip: staf.nip, email: 'staf@example.go.id' });
  });

  it('refuses a stale version (someone else saved first) without overwriting their change', async () => {
    const { staf, patch, current } = await setup();
    expect((await patch({ version: staf.version, telepon: '0811 1111' })).statusCode).toBe(200);
    const stale = await patch({ version: staf.version, telepon: '0822 2222', nip: corrected });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT.VERSION');
    expect(await current()).toMatchObject({ nip: staf.nip, telepon: '0811 1111', version: staf.version + 1 });
  });

  it('names the date field, in the caller’s language, when placement or override dates are refused', async () => {
    const { app, org, cookie, staf } = await setup();
    const base = `/api/instansi/${org.instansi.id}/pegawai/${staf.id}`;
    const plt = await app.inject({
      method: 'POST',
      url: `${base}/penempatan`,
      headers: { cookie, 'accept-language': 'id' },
      payload: { jabatanId: org.jabatan.jKasi.id, jenis: 'PLT', mulai: '2025-01-01' },
    });
    expect(plt.statusCode).toBe(400);
    expect(plt.json().error.details).toEqual([
      { field: 'body.selesai', message: 'PLT/PLH wajib memiliki tanggal selesai.' },
    ]);
    const override = await app.inject({
      method: 'POST',
      url: `${base}/penilai-khusus`,
      headers: { cookie, 'accept-language': 'en' },
      payload: {
        penilaiPegawaiId: org.pegawai.kabid.id,
        mulai: '2025-03-01',
        selesai: '2025-02-01',
        alasan: 'Surat 1/2025',
      },
    });
    expect(override.statusCode).toBe(400);
    expect(override.json().error.details[0]).toEqual({
      field: 'body.selesai',
      message: 'The end date must not be before the start date.',
    });
  });
});
