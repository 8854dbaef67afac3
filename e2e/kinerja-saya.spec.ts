/**
 * Execution through the year (issue 10, realisasi part) at phone width: the demo teacher (a set SKP)
 * logs a daily entry with a photo from Home in two taps (the photo lands in "Bukti saya"), enters the current period's realisasi on Kinerja Saya
 * and sees the progress against the target — kept after a reload.
 */
import { expect, test } from '@playwright/test';
import { samplePng } from '../src/modules/bukti/bukti.samples.ts';
import { expectAccessible, openAsDemo } from './helpers.ts';

test.use({ viewport: { width: 360, height: 740 } });

test('the employee logs a daily entry with a photo, enters a realisasi and sees the progress @phone', async ({
  page,
}) => {
  await openAsDemo(page, /^Guru/i, '/');
  const text = `Menyusun modul ajar (e2e ${Date.now().toString(36)})`;

  // Home → "Catat progres harian": one screen.
  await page.getByRole('link', { name: 'Catat progres harian' }).first().click();
  await expect(page.getByRole('heading', { name: 'Catat progres harian' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Yang saya kerjakan' }).fill(text);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'foto-kelas.png',
    mimeType: 'image/png',
    buffer: samplePng(48, 32, [30, 120, 200]),
  });
  await expectAccessible(page, 'the daily progress screen');
  await page.getByRole('button', { name: 'Simpan progres' }).click();
  await expect(page.getByText('Progres tersimpan.')).toBeVisible();
  await expect(page.getByText(/foto.*(gagal|tidak)/i)).toHaveCount(0);
  await expect(page.getByText(text)).toBeVisible();
  // The draft on the device is gone once the server has the entry.
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kinerja.progres-harian'))),
  ).toEqual([]);

  // The photo is evidence in the employee's library, titled with the entry.
  await page.goto('/bukti');
  await expect(page.getByText(text).first()).toBeVisible();

  // Kinerja Saya: what is due at the top, then the period's RHK with the entry rolled up.
  await page.goto('/kinerja-saya');
  await expect(page.getByRole('heading', { name: 'Kinerja Saya' })).toBeVisible();
  await expect(page.getByText('Yang harus diisi')).toBeVisible();
  await expect(page.getByText(text).first()).toBeVisible();
  const form = page
    .locator('form')
    .filter({ has: page.getByRole('button', { name: 'Simpan realisasi' }) })
    .first();
  const iki = form.locator('xpath=..');
  const input = form.getByRole('textbox', { name: /^Realisasi/ });
  await input.fill('7');
  await form.getByRole('button', { name: 'Simpan realisasi' }).click();
  await expect(iki.getByRole('progressbar')).toBeVisible();
  await expect(iki.getByText(/Capaian [\d.,]+% dari target/)).toBeVisible();
  await expectAccessible(page, 'Kinerja Saya');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'no horizontal scrolling').toBeLessThanOrEqual(360);

  await page.reload();
  await expect(
    page
      .locator('form')
      .filter({ has: page.getByRole('button', { name: 'Simpan realisasi' }) })
      .first()
      .getByRole('textbox', { name: /^Realisasi/ }),
  ).toHaveValue('7');
});
