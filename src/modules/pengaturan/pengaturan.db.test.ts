import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, login } from '../../../test/factories.ts';
import { buildApp } from '../../http/app.ts';

const database = useTestDatabase();

describe('per-instansi rule settings', () => {
  it('starts from the national defaults, saves an overlay, refuses a stale version, and audits', async () => {
    const app = await buildApp(database());
    const org = await buildOrg(database());
    const admin = await buildAkun(database(), { instansiId: org.instansi.id, peran: ['ADMIN_INSTANSI'] });
    const cookie = await login(app, admin.username);
    const url = `/api/instansi/${org.instansi.id}/pengaturan`;
    const initial = (await app.inject({ url, headers: { cookie } })).json();
    expect(initial.version).toBe(0);
    expect(initial.settings.evaluasiPeriodik).toBe('QUARTERLY');
    expect(initial.settings.keberatan).toMatchObject({ jumlahHari: 14, jenisHari: 'CALENDAR' });

    const saved = await app.inject({
      method: 'PUT',
      url,
      headers: { cookie },
      payload: {
        version: 0,
        settings: { evaluasiPeriodik: 'MONTHLY', keberatan: { jumlahHari: 14, jenisHari: 'WORKING' } },
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 1,
      settings: { evaluasiPeriodik: 'MONTHLY', keberatan: { jenisHari: 'WORKING' } },
    });

    const stale = await app.inject({ method: 'PUT', url, headers: { cookie }, payload: { version: 0, settings: {} } });
    expect(stale.statusCode).toBe(409);

    const invalid = await app.inject({
      method: 'PUT',
      url,
      headers: { cookie },
      payload: { version: 1, settings: { evaluasiPeriodik: 'YEARLY' } },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.details[0].field).toBe('body.settings.evaluasiPeriodik');

    const audit = (
      await app.inject({
        url: `/api/instansi/${org.instansi.id}/audit?entity=pengaturan_instansi`,
        headers: { cookie },
      })
    ).json();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0].after.evaluasiPeriodik).toBe('MONTHLY');
  });
});
