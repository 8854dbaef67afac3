/**
 * Golden journey: the public Kalkulator (/kalkulator) without logging in — distribution check with
 * its violations, the predikat quadrant, angka kredit and the talent box; and the phone layout.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers.ts';

test.describe('Kalkulator', () => {
  test('checks a distribution without logging in and fixes it with the example @phone', async ({ page }) => {
    await page.goto('/kalkulator');
    await expect(page.getByRole('heading', { name: 'Kalkulator aturan kinerja' })).toBeVisible();
    await page.getByLabel('Predikat kinerja organisasi').selectOption('KURANG');
    await page.getByLabel('Jumlah pegawai (N)').fill('10');
    await page.getByLabel('Sangat Baik', { exact: true }).fill('2');
    await page.getByLabel('Baik', { exact: true }).fill('3');
    await page.getByLabel('Butuh Perbaikan', { exact: true }).fill('0');
    await page.getByLabel('Kurang/Misconduct', { exact: true }).fill('5');
    await page.getByLabel('Sangat Kurang', { exact: true }).fill('0');

    const alert = page.getByRole('alert').filter({ hasText: 'Distribusi tidak sesuai pola' });
    await expect(alert).toBeVisible();
    await expectAccessible(page);
    await expect(alert).toContainText(
      'Kurang/Misconduct: 5 dari 10 pegawai (50%), kurang dari batas minimal 60%, yaitu 6 pegawai',
    );
    await expect(alert).toContainText('Butuh Perbaikan: 0 dari 10 pegawai');
    await expect(alert).toContainText('Sangat Baik: 2 dari 10 pegawai (20%), melebihi batas maksimal 10%');
    await expect(page.getByTestId('rentang-KURANG')).toContainText('6–10');

    await page.getByRole('button', { name: 'Isi usulan dengan contoh yang sesuai' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Distribusi sesuai pola' })).toBeVisible();
  });

  test('asks to complete a proposal that does not add up to N', async ({ page }) => {
    await page.goto('/kalkulator');
    await page.getByLabel('Jumlah pegawai (N)').fill('12');
    await expect(page.getByText('Usulan berjumlah 10 dari 12 pegawai')).toBeVisible();
  });

  test('reads the predikat off the quadrant and highlights the cell @phone', async ({ page }) => {
    await page.goto('/kalkulator?tab=predikat');
    await page.getByLabel('Rating hasil kerja').selectOption('DI_ATAS');
    await page.getByLabel('Rating perilaku kerja').selectOption('DI_ATAS');
    await expect(page.getByTestId('predikat-hasil')).toHaveText('Sangat Baik');
    await expect(page.getByTestId('kuadran-DI_ATAS-DI_ATAS')).toHaveAttribute('aria-pressed', 'true');

    await page.getByTestId('kuadran-DI_BAWAH-SESUAI').click();
    await expect(page.getByTestId('predikat-hasil')).toHaveText('Butuh Perbaikan');
    await expect(page.getByLabel('Rating hasil kerja')).toHaveValue('DI_BAWAH');
  });

  test('converts a predikat into angka kredit and shows progress', async ({ page }) => {
    await page.goto('/kalkulator?tab=angka-kredit');
    await page.getByLabel('Jenjang jabatan fungsional').selectOption('AHLI_PERTAMA');
    await page.getByLabel('Predikat kinerja').selectOption('BAIK');
    await page.getByLabel('Jumlah bulan periode').fill('2');
    await expect(page.getByTestId('ak-hasil')).toHaveText('2,083');
    await page.getByLabel(/Angka kredit kumulatif/).fill('48');
    await expect(page.getByText('Tercapai (minimal 50)')).toBeVisible();
  });

  test('places an employee in the talent box with the recommendations', async ({ page }) => {
    await page.goto('/kalkulator?tab=talenta');
    await page.getByLabel('Kinerja', { exact: true }).selectOption('SANGAT_BAIK');
    await page.getByLabel('Potensial', { exact: true }).selectOption('TINGGI');
    await expect(page.getByTestId('kotak-label')).toHaveText('Kinerja di atas ekspektasi dan potensial tinggi');
    await expect(page.getByText('Kelompok rencana suksesi', { exact: true })).toBeVisible();
    await page.getByTestId('kotak-1').click();
    await expect(page.getByText('Diproses sesuai ketentuan peraturan perundangan')).toBeVisible();
  });

  test('switches to English', async ({ page }) => {
    await page.goto('/kalkulator?tab=predikat');
    await page.getByText('EN', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Performance rules calculator' })).toBeVisible();
    await expect(page.getByTestId('predikat-hasil')).toHaveText('Good');
  });

  test('fits a 360 px phone without horizontal scrolling @phone', async ({ page }) => {
    for (const tab of ['distribusi', 'predikat', 'angka-kredit', 'talenta']) {
      await page.goto(`/kalkulator?tab=${tab}`);
      await expect(page.getByRole('heading', { name: 'Kalkulator aturan kinerja' })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `tab ${tab}`).toBeLessThanOrEqual(0);
    }
  });
});
