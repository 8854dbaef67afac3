/**
 * Appraisal journey of issue 11 (item 2), desktop and 360 px phone: the demo appraiser opens
 * "Penilaian", picks the fourth quarter, opens a subordinate's form, marks each RHK, chooses both
 * ratings, sees the predikat the quadrant gives, saves the draft and finds the predikat on the list.
 * The whole cycle (calibration, setting, receipt, keberatan) is the lead's journey; axe on each page.
 */
import { expect, test } from '@playwright/test';
import { demoAccount, expectAccessible, loginViaApi } from './helpers.ts';

test('the appraiser rates a subordinate and sees the predikat @phone', async ({ page }) => {
  // The head of the demo OPD appraises several unit heads and staff whose SKP of this year is set.
  // Other journeys on the same server may open a perubahan on one of them (then it cannot be rated
  // until the change is set), so the journey takes the first subordinate the list offers to rate.
  const head = await demoAccount(page.request, /^Kepala OPD/);
  await loginViaApi(page, head.username, head.password);
  await page.goto('/penilaian');
  await expect(page.getByRole('heading', { name: 'Penilaian kinerja bawahan' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Periode' }).click();
  await page.getByRole('option', { name: 'Triwulan IV' }).click();
  const card = page
    .getByRole('article')
    .filter({ has: page.getByRole('link', { name: /^(Nilai|Lihat) / }) })
    .first();
  const open = card.getByRole('link', { name: /^(Nilai|Lihat) / });
  await expect(open).toBeVisible();
  const nama = (await card.getAttribute('aria-label')) as string;
  await expectAccessible(page, 'Penilaian');
  await open.click();
  await expect(page).toHaveURL(/\/evaluasi\/[0-9a-f-]{36}\/TW4$/);
  await expect(page.getByText('PERIODE: TRIWULAN IV-AKHIR')).toBeVisible();

  // Mark every RHK above expectations: the proposal follows the marks.
  const marks = page.getByRole('radiogroup', { name: 'Penilaian RHK ini' });
  const n = await marks.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) await marks.nth(i).getByText('Di atas ekspektasi').click();
  await page.getByRole('radiogroup', { name: 'Rating hasil kerja' }).getByText('Di atas ekspektasi').click();
  await page.getByRole('radiogroup', { name: 'Rating perilaku kerja' }).getByText('Sesuai ekspektasi').click();
  await expect(page.getByText('Pratinjau predikat: Baik')).toBeVisible();
  await expectAccessible(page, 'the appraisal form');
  await page.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(page.getByText('Draf penilaian tersimpan.')).toBeVisible();
  await expect(page.getByText(/Usulan Di Atas Ekspektasi/)).toBeVisible();

  // The list shows the proposal.
  await page.getByRole('main').getByRole('link', { name: 'Penilaian', exact: true }).click();
  await page.getByRole('combobox', { name: 'Periode' }).click();
  await page.getByRole('option', { name: 'Triwulan IV' }).click();
  await expect(page.getByRole('article', { name: nama }).getByText('Baik', { exact: true })).toBeVisible();
});
