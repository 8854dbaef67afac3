/**
 * A provincial BKD hosting a new agency on the same install: the super admin (created with the CLI
 * before the server starts, or the demo's) adds an instansi — a kode with a space is refused under its field —,
 * is switched to it, finds the empty organisation page pointing at the import, imports the agency's
 * units and positions from a file, and sees its tree; the demo government is untouched.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { demoAccount, E2E_ROOT_USERNAME, e2eRootPassword, expectAccessible, loginViaUi } from './helpers.ts';

test('a super admin creates an agency, imports its organisation and browses it', async ({ page }) => {
  // The super admin playwright.config.ts creates with the CLI; against a server started elsewhere
  // (KINERJA_E2E_BASE_URL), the demo's own super admin.
  const password = e2eRootPassword();
  const root = password ? { username: E2E_ROOT_USERNAME, password } : await demoAccount(page.request, /^Super admin/);
  const suffix = Date.now().toString(36).toUpperCase();
  const kode = `KOTA-TIRTA-${suffix}`;
  const nama = `Pemerintah Kota Tirtajaya ${suffix}`;

  await loginViaUi(page, root.username, root.password);
  await page.goto('/instansi');
  await expect(page.getByRole('heading', { level: 1, name: 'Instansi' })).toBeVisible();
  await expect(page.getByText('Pemerintah Kabupaten Sukamaju').first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Tambah instansi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah instansi' });
  // The e2e server runs the demo: its accounts are public, and the dialog says so.
  await expect(dialog.getByText('Mode demo')).toBeVisible();
  await dialog.getByLabel('Kode').fill('KOTA TIRTA');
  await dialog.getByLabel('Nama instansi').fill(nama);
  await dialog.getByRole('combobox', { name: 'Jenis' }).click();
  await page.getByRole('option', { name: 'Kota', exact: true }).click();
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText(/Kode hanya boleh berisi huruf/)).toBeVisible();
  await expect(dialog.getByLabel('Nama instansi')).toHaveValue(nama);

  await dialog.getByLabel('Kode').fill(kode);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Langkah berikutnya untuk ${nama}`)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: nama });
  await expect(row).toContainText('Wali Kota');
  await expect(row).toContainText('sedang dipilih');

  // The new agency is empty; the organisation page leads to the import.
  await page.goto('/organisasi');
  await expect(page.getByText('Instansi ini belum punya unit organisasi.')).toBeVisible();
  await page.getByRole('link', { name: 'Impor dari berkas' }).click();
  await expect(page.getByRole('heading', { name: 'Impor & ekspor' })).toBeVisible();

  const dir = mkdtempSync(join(tmpdir(), 'kinerja-e2e-instansi-'));
  const file = join(dir, 'unor.csv');
  writeFileSync(
    file,
    [
      'UNOR_KODE;UNOR_NAMA;UNOR_INDUK_KODE;JENIS_UNOR',
      `PEMKOT;${nama};;PEMDA`,
      'SETDA;Sekretariat Daerah;PEMKOT;SEKRETARIAT_DAERAH',
      'DISKOMINFO;Dinas Komunikasi dan Informatika;PEMKOT;DINAS',
      '',
    ].join('\n'),
  );
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByTestId('selected-file')).toContainText('unor.csv');
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await expect(page.getByText('Impor selesai.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/3 baru/)).toBeVisible();

  await page.goto('/organisasi');
  const tree = page.getByRole('list', { name: /pohon|unit/i });
  await expect(tree.getByText(nama)).toBeVisible();
  await expect(tree.getByText('Dinas Komunikasi dan Informatika')).toBeVisible();
});
