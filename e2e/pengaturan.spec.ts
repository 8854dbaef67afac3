/**
 * Rule settings (Pengaturan aturan): another admin's change made while this admin is typing is not
 * overwritten and does not wipe the form — the save is refused with a notice, the typed value stays
 * until "Muat ulang" loads the latest settings. The settings are restored at the end.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible, openAsDemo } from './helpers.ts';

interface SettingsView {
  version: number;
  settings: { evaluasiPeriodik: string; batasPenetapanSkp: { bulan: number; tanggal: number } } & Record<
    string,
    unknown
  >;
}

test('a stale save of the rule settings is refused with a notice and keeps what was typed', async ({ page }) => {
  await openAsDemo(page, /admin instansi/i, '/pengaturan');
  const me = await (await page.request.get('/api/auth/me')).json();
  const url = `/api/instansi/${me.instansi.id}/pengaturan`;
  const original = (await (await page.request.get(url)).json()) as SettingsView;
  const tanggal = page.getByRole('textbox', { name: 'Batas penetapan SKP: tanggal' });
  await expect(tanggal).toHaveValue(String(original.settings.batasPenetapanSkp.tanggal));
  await expectAccessible(page);
  const typed = original.settings.batasPenetapanSkp.tanggal === 20 ? '21' : '20';
  const otherRhythm = original.settings.evaluasiPeriodik === 'MONTHLY' ? 'QUARTERLY' : 'MONTHLY';

  try {
    await tanggal.fill(typed);
    // Meanwhile another admin changes the periodic rhythm.
    const other = await page.request.put(url, {
      data: { version: original.version, settings: { ...original.settings, evaluasiPeriodik: otherRhythm } },
    });
    expect(other.ok(), await other.text()).toBeTruthy();
    // Focus changes must not quietly replace the form with the new server data.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));

    await page.getByRole('button', { name: 'Simpan' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Data telah diubah orang lain' });
    await expect(notice).toBeVisible();
    await expect(tanggal).toHaveValue(typed);
    const stored = (await (await page.request.get(url)).json()) as SettingsView;
    expect(stored.settings.evaluasiPeriodik).toBe(otherRhythm);
    expect(stored.settings.batasPenetapanSkp.tanggal).toBe(original.settings.batasPenetapanSkp.tanggal);

    await notice.getByRole('button', { name: 'Muat ulang' }).click();
    await expect(notice).toBeHidden();
    await expect(tanggal).toHaveValue(String(original.settings.batasPenetapanSkp.tanggal));
    await expect(
      page
        .getByRole('textbox', { name: 'Evaluasi periodik' })
        .or(page.getByRole('combobox', { name: 'Evaluasi periodik' }))
        .first(),
    ).toHaveValue(otherRhythm === 'MONTHLY' ? 'Bulanan' : 'Triwulanan');
  } finally {
    const latest = (await (await page.request.get(url)).json()) as SettingsView;
    await page.request.put(url, { data: { version: latest.version, settings: original.settings } });
  }
});
