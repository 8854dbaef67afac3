/**
 * Appraisal journey of issue 11 (item 2), desktop and 360 px phone: the demo appraiser opens
 * "Penilaian", picks the fourth quarter, opens a subordinate's form, marks each RHK, chooses both
 * ratings, sees the predikat the quadrant gives, saves the draft and finds the predikat on the list.
 * The whole cycle (calibration, setting, receipt, keberatan) is the lead's journey; axe on each page.
 */
import { expect, test } from '@playwright/test';
import { demoAccount, expectAccessible, loginViaApi, logout } from './helpers.ts';

test('the appraiser rates a subordinate and sees the predikat @phone', async ({ page }) => {
  // The head of the OPD appraises the demo "Pejabat penilai", whose SKP of this year is set.
  const appraisee = await demoAccount(page.request, /^Pejabat penilai — menilai/);
  await loginViaApi(page, appraisee.username, appraisee.password);
  const me = (await (await page.request.get('/api/auth/me')).json()) as { pegawai: { nama: string } };
  await logout(page);
  const head = await demoAccount(page.request, /^Kepala OPD/);
  await loginViaApi(page, head.username, head.password);
  await page.goto('/penilaian');
  await expect(page.getByRole('heading', { name: 'Penilaian kinerja bawahan' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Periode' }).click();
  await page.getByRole('option', { name: 'Triwulan IV' }).click();
  const card = page.getByRole('article', { name: me.pegawai.nama });
  const open = card.getByRole('link', { name: /^(Nilai|Lihat) / });
  await expect(open).toBeVisible();
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
  await expect(page.getByRole('article', { name: me.pegawai.nama }).getByText('Baik', { exact: true })).toBeVisible();
});
