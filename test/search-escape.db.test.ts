/**
 * Search boxes match what was typed: `%`, `_` and `\` are literal characters, not LIKE wildcards
 * (src/db/like.ts), in the pegawai, account and audit searches.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { akun, auditLog } from '../src/db/schema.ts';
import { buildApp } from '../src/http/app.ts';
import { useTestDatabase } from './db.ts';
import { buildAkun, buildInstansi, buildPegawai, login } from './factories.ts';

const database = useTestDatabase();

describe('search escapes LIKE wildcards', () => {
  it('finds only the literal %, _ and \\ in pegawai, account and audit searches', async () => {
    const db = database();
    const app = await buildApp(db);
    const inst = await buildInstansi(db);
    const admin = await buildAkun(db, { instansiId: inst.id, peran: ['ADMIN_INSTANSI'] });
    const cookie = await login(app, admin.username);
    for (const nama of ['Diskon 100% Andi', 'Budi_Santoso', 'Citra\\Dewi', 'Budi Santoso', 'Eka Putri']) {
      await buildPegawai(db, inst.id, { nama });
    }
    for (const nama of ['Akun 50% Satu', 'akun_dua', 'akun tiga', 'akun\\empat']) {
      const a = await buildAkun(db, { instansiId: inst.id });
      await db.db.update(akun).set({ namaTampilan: nama }).where(eq(akun.id, a.id));
    }
    await db.db.insert(auditLog).values(
      ['operator 100% yakin', 'operator_dua', 'operator tiga', 'operator\\empat'].map((actorLabel) => ({
        instansiId: inst.id,
        actorLabel,
        action: 'uji',
        entity: 'uji',
      })),
    );

    const search = async (path: string, q: string) => {
      const res = await app.inject({
        url: `/api/instansi/${inst.id}/${path}?q=${encodeURIComponent(q)}`,
        headers: { cookie },
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const pegawai = async (q: string) =>
      ((await search('pegawai', q)).items as Array<{ nama: string }>).map((p) => p.nama).sort();
    expect(await pegawai('%')).toEqual(['Diskon 100% Andi']);
    expect(await pegawai('_')).toEqual(['Budi_Santoso']);
    expect(await pegawai('\\')).toEqual(['Citra\\Dewi']);
    expect(await pegawai('Budi')).toEqual(['Budi Santoso', 'Budi_Santoso']);

    const akunNama = async (q: string) =>
      ((await search('akun', q)) as Array<{ namaTampilan: string }>).map((a) => a.namaTampilan).sort();
    expect(await akunNama('%')).toEqual(['Akun 50% Satu']);
    expect(await akunNama('_')).toEqual(['akun_dua']);
    expect(await akunNama('\\')).toEqual(['akun\\empat']);

    const auditActors = async (q: string) =>
      ((await search('audit', q)).items as Array<{ actorLabel: string }>).map((a) => a.actorLabel).sort();
    expect(await auditActors('%')).toEqual(['operator 100% yakin']);
    expect(await auditActors('_')).toEqual(['operator_dua']);
    await app.close();
  });
});
