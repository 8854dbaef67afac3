/**
 * Monitoring Kurva (issue 11 item 9): the admin instansi opens the page, sees the units penilaian
 * with their curve, filters, drills into one unit, and finds the Excel download and the
 * evaluation export; the auditor reads the same; the 360 px phone shows it without sideways scroll.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible, openAsDemo } from './helpers.ts';

test.describe('Monitoring kurva', () => {
  test('lists the units penilaian, drills into one and offers the downloads @phone', async ({ page }) => {
    await openAsDemo(page, /^Admin instansi/, '/monitoring-kurva');
    await expect(page.getByRole('heading', { name: 'Monitoring kurva distribusi predikat' })).toBeVisible();
    const summary = page.getByText(/unit penilaian · .* pegawai sudah dinilai/);
    await expect(summary).toBeVisible();
    await expectAccessible(page, 'monitoring kurva');

    const excel = page.getByRole('link', { name: 'Unduh Excel' });
    await expect(excel).toHaveAttribute('href', /\/evaluasi\/monitoring-kurva\/ekspor\?tahun=\d{4}&periode=TW[1-4]/);
    await expect(page.getByRole('link', { name: 'Ekspor hasil evaluasi (CSV)' })).toHaveAttribute(
      'href',
      /\/evaluasi\/ekspor\?tahun=\d{4}&periode=TW[1-4]&format=csv/,
    );
    const download = await page.request.get((await excel.getAttribute('href')) as string);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('spreadsheetml');

    await page.getByRole('combobox', { name: 'Periode' }).click();
    await page.getByRole('option', { name: 'Tahunan (akhir)' }).click();
    await expect(page.getByRole('link', { name: 'Unduh Excel' })).toHaveAttribute('href', /periode=TAHUNAN/);

    // The demo's units penilaian: the OPDs and their UPT/Puskesmas (setting evaluasi.unitPenilaian).
    await page.getByRole('button', { name: 'Dinas Pendidikan', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Dinas Pendidikan' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(/^Predikat organisasi:/)).toBeVisible();
    await expectAccessible(page, 'monitoring kurva, one unit');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByRole('combobox', { name: 'Tampilkan' }).click();
    await page.getByRole('option', { name: 'Melanggar pola' }).click();
    await expect(page.getByRole('combobox', { name: 'Tampilkan' })).toHaveValue('Melanggar pola');
  });

  test('the auditor reads it too, without the chance to change anything', async ({ page }) => {
    await openAsDemo(page, /^Auditor/, '/monitoring-kurva');
    await expect(page.getByRole('heading', { name: 'Monitoring kurva distribusi predikat' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Unduh Excel' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ekspor hasil evaluasi (Excel)' })).toBeVisible();
  });
});
