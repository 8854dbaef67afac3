/**
 * Bad connections and readable records (issue 9, items 6 and 7):
 * - a save with the network cut ends in a message in the UI language, the entry stays in the form,
 *   and saving again after reconnecting works — offline (the browser knows) and with the request
 *   dropped mid-way (it does not); a read that fails shows an error with a retry, not a spinner;
 * - the audit trail reads as sentences about people and documents, in Indonesian and English, with
 *   logins hidden until asked for.
 * The pegawai edited here gets its phone number back at the end.
 */
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { demoAccounts, openAsDemo } from './helpers.ts';

interface Pegawai {
  id: string;
  nip: string;
  nama: string;
  telepon: string | null;
  version: number;
}

const OFFLINE_MESSAGE = 'Koneksi terputus — data Anda masih di formulir. Coba lagi.';

/** A pegawai without a demo account, away from the head of the list other journeys edit. */
async function pickPegawai(request: APIRequestContext, instansiId: string): Promise<Pegawai> {
  const logins = new Set((await demoAccounts(request)).map((a) => a.username));
  const list = (await (await request.get(`/api/instansi/${instansiId}/pegawai?pageSize=40`)).json()) as {
    items: { id: string; nip: string }[];
  };
  const item = list.items.filter((p) => !logins.has(p.nip)).at(-1);
  if (!item) throw new Error('no pegawai without a demo account');
  return readPegawai(request, instansiId, item.id);
}

async function readPegawai(request: APIRequestContext, instansiId: string, id: string): Promise<Pegawai> {
  const res = await request.get(`/api/instansi/${instansiId}/pegawai/${id}`);
  expect(res.ok(), await res.text()).toBeTruthy();
  return ((await res.json()) as { pegawai: Pegawai }).pegawai;
}

async function instansiOf(page: Page): Promise<string> {
  return ((await (await page.request.get('/api/auth/me')).json()) as { instansi: { id: string } }).instansi.id;
}

test.describe('Bad connections', () => {
  test('a save with the network cut keeps the entry, says so, and saves on retry', async ({ page, context }) => {
    test.setTimeout(90_000);
    await openAsDemo(page, /admin instansi/i, '/');
    const instansiId = await instansiOf(page);
    const p = await pickPegawai(page.request, instansiId);
    const suffix = String(Date.now()).slice(-6);
    const offlinePhone = `0812 5100 ${suffix}`;
    const droppedPhone = `0812 5200 ${suffix}`;
    try {
      await page.goto(`/pegawai/${p.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(p.nama);
      const dialog = page.getByRole('dialog', { name: 'Ubah profil' });
      await page.getByRole('button', { name: 'Ubah profil' }).click();
      const telepon = dialog.getByLabel('Telepon');
      const save = dialog.getByRole('button', { name: 'Simpan' });

      // Offline: the browser knows, the save fails at once instead of waiting (or pausing) forever.
      await telepon.fill(offlinePhone);
      await context.setOffline(true);
      await save.click();
      await expect(dialog.getByRole('alert')).toContainText(OFFLINE_MESSAGE);
      await expect(telepon).toHaveValue(offlinePhone);
      await expect(save).toBeEnabled();
      expect((await readPegawai(page.request, instansiId, p.id)).telepon).toBe(p.telepon);
      await context.setOffline(false);
      await save.click();
      await expect(page.getByText('Profil pegawai disimpan.')).toBeVisible();
      await expect(dialog).toBeHidden();
      expect((await readPegawai(page.request, instansiId, p.id)).telepon).toBe(offlinePhone);

      // The connection drops under the request (the browser believes it is online).
      await page.getByRole('button', { name: 'Ubah profil' }).click();
      await telepon.fill(droppedPhone);
      await page.route(`**/api/instansi/${instansiId}/pegawai/${p.id}`, (route) =>
        route.request().method() === 'PATCH' ? route.abort('connectionreset') : route.fallback(),
      );
      await save.click();
      await expect(dialog.getByRole('alert')).toContainText(OFFLINE_MESSAGE);
      await expect(telepon).toHaveValue(droppedPhone);
      await page.unrouteAll();
      await save.click();
      await expect(dialog).toBeHidden();
      expect((await readPegawai(page.request, instansiId, p.id)).telepon).toBe(droppedPhone);
    } finally {
      await context.setOffline(false);
      const now = await readPegawai(page.request, instansiId, p.id);
      await page.request.patch(`/api/instansi/${instansiId}/pegawai/${p.id}`, {
        data: { version: now.version, telepon: p.telepon },
      });
    }
  });

  test('a save the server does not answer ends after its deadline with the same message', async ({ page }) => {
    test.setTimeout(90_000);
    await openAsDemo(page, /admin instansi/i, '/');
    const instansiId = await instansiOf(page);
    const p = await pickPegawai(page.request, instansiId);
    const slowPhone = `0812 5400 ${String(Date.now()).slice(-6)}`;
    // The PATCH is held, unanswered, well past the client's 20 s deadline.
    const held: Array<() => Promise<void>> = [];
    await page.route(`**/api/instansi/${instansiId}/pegawai/${p.id}`, async (route) => {
      if (route.request().method() !== 'PATCH') return route.fallback();
      await new Promise<void>((resolve) => held.push(async () => resolve()));
      await route.abort('timedout').catch(() => undefined);
    });
    try {
      await page.goto(`/pegawai/${p.id}`);
      const dialog = page.getByRole('dialog', { name: 'Ubah profil' });
      await page.getByRole('button', { name: 'Ubah profil' }).click();
      const telepon = dialog.getByLabel('Telepon');
      await telepon.fill(slowPhone);
      const started = Date.now();
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      await expect(dialog.getByRole('alert')).toContainText(OFFLINE_MESSAGE, { timeout: 30_000 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(19_000);
      await expect(telepon).toHaveValue(slowPhone);
      await expect(dialog.getByRole('button', { name: 'Simpan' })).toBeEnabled();
    } finally {
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      for (const release of held) await release();
    }
    // Nothing was saved: the held request never reached the server.
    expect((await readPegawai(page.request, instansiId, p.id)).telepon).toBe(p.telepon);
  });

  test('a read that fails shows an error with a retry, which loads once the connection is back', async ({
    page,
    context,
  }) => {
    test.setTimeout(60_000);
    await openAsDemo(page, /admin instansi/i, '/pegawai');
    const search = page.getByRole('searchbox', { name: 'Cari nama, NIP atau jabatan' });
    await expect(search).toBeVisible();
    await context.setOffline(true);
    await search.fill('a');
    // Two quick retries (1 s, 2 s), then the error with its button — no endless spinner.
    const alert = page.getByRole('alert').filter({ hasText: 'Koneksi terputus' });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await context.setOffline(false);
    await alert.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(alert).toBeHidden();
    await expect(page.getByRole('link').filter({ hasText: /a/i }).first()).toBeVisible();
  });
});

test.describe('Audit trail', () => {
  test('reads as sentences in both languages and hides logins until asked', async ({ page }) => {
    test.setTimeout(60_000);
    await openAsDemo(page, /admin instansi/i, '/');
    const instansiId = await instansiOf(page);
    const p = await pickPegawai(page.request, instansiId);
    // A change to audit: the phone set and set back.
    for (const telepon of [`0812 5300 ${String(Date.now()).slice(-6)}`, p.telepon]) {
      const now = await readPegawai(page.request, instansiId, p.id);
      const res = await page.request.patch(`/api/instansi/${instansiId}/pegawai/${p.id}`, {
        data: { version: now.version, telepon },
      });
      expect(res.ok(), await res.text()).toBeTruthy();
    }

    await page.goto('/audit');
    await expect(page.getByRole('heading', { name: 'Jejak audit' })).toBeVisible();
    await expect(page.getByText(`mengubah pegawai ${p.nama}`).first()).toBeVisible();
    // No raw action or entity codes in the rows.
    const table = page.getByRole('table');
    await expect(table.getByText(/\b(update|create|unit_organisasi|sesi|login|rhk\.\w+)\b/)).toHaveCount(0);
    // Logins are hidden by default; the switch shows them.
    const loggedIn = table.getByText(/ masuk$/);
    await expect(loggedIn).toHaveCount(0);
    await page.getByRole('switch', { name: 'Tampilkan masuk/keluar' }).click();
    await expect(loggedIn.first()).toBeVisible();

    await page.evaluate(() => localStorage.setItem('kinerja.lang', 'en'));
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
    await expect(page.getByText(`changed employee ${p.nama}`).first()).toBeVisible();
    await expect(page.getByRole('table').getByText(/ logged in$/)).toHaveCount(0);
    await page.evaluate(() => localStorage.setItem('kinerja.lang', 'id'));
  });
});
