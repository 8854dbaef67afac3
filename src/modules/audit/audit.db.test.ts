import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { addRhk, createSkp, skpWorld, TAHUN, type World } from '../../../test/skp-kit.ts';

const database = useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await skpWorld(database());
});
afterAll(async () => {
  await w.app.close();
});

type Entry = {
  action: string;
  entity: string;
  entityId: string | null;
  targetLabel: string | null;
  actorLabel: string;
};

describe('audit trail browsing', () => {
  it('names each record as people know it: the SKP by year and owner', async () => {
    const skp = await createSkp(w, 'staf');
    await addRhk(w, 'staf', skp);
    const res = await w.call('admin', 'GET', `/audit?entity=skp&entityId=${skp.id}`);
    expect(res.status).toBe(200);
    const items = res.body.items as Entry[];
    expect(items.map((e) => e.action).sort()).toEqual(['create', 'rhk.tambah']);
    for (const e of items) {
      expect(e.targetLabel).toBe(`${TAHUN} Dewi Lestari`);
      expect(e.actorLabel).toContain(`(${w.accounts.staf.username})`);
    }
    const logins = (await w.call('admin', 'GET', '/audit?action=login')).body.items as Entry[];
    const own = logins.find((e) => e.actorLabel.includes(`(${w.accounts.staf.username})`));
    expect(own?.entity).toBe('sesi');
  });

  it('leaves out logins and logouts on request, and keeps them otherwise', async () => {
    await w.cookieOf('kabid');
    const all = (await w.call('auditor', 'GET', '/audit?pageSize=200')).body.items as Entry[];
    const quiet = (await w.call('auditor', 'GET', '/audit?pageSize=200&hideSessions=true')).body.items as Entry[];
    expect(all.some((e) => e.entity === 'sesi')).toBe(true);
    expect(quiet.length).toBeGreaterThan(0);
    expect(quiet.some((e) => e.entity === 'sesi')).toBe(false);
    expect(quiet.length).toBe(all.filter((e) => e.entity !== 'sesi').length);
  });

  it('refuses the trail to a staff member and to another tenant', async () => {
    expect((await w.call('staf', 'GET', '/audit')).status).toBe(404);
    expect((await w.call('lain', 'GET', '/audit?hideSessions=true')).status).toBe(404);
  });
});
