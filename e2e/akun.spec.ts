/**
 * Golden journey of onboarding an imported organisation: the agency admin opens "Akun pengguna",
 * creates accounts in bulk for one small unit (dry-run count first), gets the XLSX of one-time
 * passwords as a download; a pegawai from that sheet logs in on the way to /skp, is held on the
 * one-time password screen, is told which rule a weak password breaks, replaces it, and lands on
 * /skp. Later wrong passwords lock the account for a while; the admin unlocks it on the same page.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { demoAccount, expectAccessible, LOGIN_PATH, loginViaApi, logout } from './helpers.ts';

interface UnitNode {
  id: string;
  parentId: string | null;
  kode: string;
  nama: string;
  jumlahPegawai: number;
}

/** A leaf unit with a few pegawai of whom some still have no account (so the journey stays quick). */
async function smallUnitWithoutAccounts(page: Page, instansiId: string) {
  const base = `/api/instansi/${instansiId}`;
  const units = (await (await page.request.get(`${base}/units`)).json()) as UnitNode[];
  const parents = new Set(units.map((u) => u.parentId));
  const leaves = units.filter((u) => !parents.has(u.id) && u.jumlahPegawai >= 2 && u.jumlahPegawai <= 6);
  for (const unit of leaves) {
    const res = await page.request.post(`${base}/akun/massal`, { data: { unitId: unit.id, dryRun: true } });
    const { jumlah } = (await res.json()) as { jumlah: number };
    if (jumlah > 0) return { unit, jumlah };
  }
  throw new Error('no small unit whose pegawai lack accounts');
}

async function firstCredential(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Akun');
  if (!sheet) throw new Error('the workbook has no Akun sheet');
  expect(sheet.getRow(1).values).toEqual([
    undefined,
    'No',
    'NIP',
    'Nama / Name',
    'Unit',
    'Nama pengguna / Username',
    'Sandi sekali pakai / One-time password',
  ]);
  const row = sheet.getRow(2);
  return { username: String(row.getCell(5).value), password: String(row.getCell(6).value), rows: sheet.rowCount - 1 };
}

test('admin creates accounts in bulk; a pegawai replaces the one-time password and goes on', async ({ page }) => {
  test.setTimeout(120_000);
  const admin = await demoAccount(page.request, /Admin instansi/i);
  await loginViaApi(page, admin.username, admin.password);
  const me = (await (await page.request.get('/api/auth/me')).json()) as { instansi: { id: string } };
  const { unit, jumlah } = await smallUnitWithoutAccounts(page, me.instansi.id);

  await page.goto('/akun-pengguna');
  await page.getByRole('button', { name: 'Buat akun massal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Buat akun massal' });
  await expect(dialog.getByText(/Sandi hanya ada di berkas yang diunduh/)).toBeVisible();
  await dialog.getByRole('combobox', { name: /Unit \(beserta sub-unitnya\)/ }).fill(unit.kode);
  // Searched on the server; each option reads "name (code)" and then where the unit sits.
  await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(`${unit.nama} (${unit.kode})`)}`) }).click();
  await expect(dialog.getByTestId('akun-massal-preview')).toContainText(`${jumlah} pegawai di ${unit.nama}`);
  await expectAccessible(page);

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: `Buat ${jumlah} akun dan unduh sandi` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^akun-.+\.xlsx$/);
  await expect(dialog.getByText(`${jumlah} akun dibuat`)).toBeVisible();
  const cred = await firstCredential(await download.path());
  expect(cred.rows).toBe(jumlah);
  await dialog.getByRole('button', { name: 'Selesai' }).click();
  await logout(page);

  // The pegawai follows a link into the app, logs in with the sheet's row and is held to the change.
  await page.goto('/skp');
  await expect(page).toHaveURL(new RegExp(`${LOGIN_PATH}\\?next=%2Fskp`));
  await page.getByRole('textbox', { name: /NIP atau nama pengguna/ }).fill(cred.username);
  await page
    .locator('input')
    .and(page.getByLabel(/^Kata sandi/))
    .first()
    .fill(cred.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(/\/ganti-sandi\?next=%2Fskp/);
  await expect(page.getByRole('heading', { name: 'Ganti sandi sekali pakai' })).toBeVisible();
  await page.getByLabel(/Sandi sekali pakai dari admin/).fill(cred.password);
  const fresh = page.getByLabel(/^Kata sandi baru/);
  const repeat = page.getByLabel(/^Ulangi kata sandi baru/);
  // The cheap rules are checked while typing (the NIP is the username here) …
  await fresh.fill(`sandi-${cred.username}`);
  await expect(page.getByText('Kata sandi tidak boleh memuat nama pengguna Anda.')).toBeVisible();
  // … the common-password list only by the server, whose answer names the rule.
  await fresh.fill('Password123!');
  await repeat.fill('Password123!');
  await page.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'termasuk yang paling sering dipakai' })).toBeVisible();
  await fresh.fill('sandi-saya-sendiri-2024');
  await repeat.fill('sandi-saya-sendiri-2024');
  await page.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
  await expect(page).toHaveURL(/\/skp$/);
  await expect(page.getByRole('heading', { name: 'SKP Saya' })).toBeVisible();
  await logout(page);

  // Someone guesses: after five wrong passwords the login page says the account is locked.
  for (let n = 0; n < 4; n++) {
    const res = await page.request.post('/api/auth/login', {
      data: { username: cred.username, password: `tebak-${n}-salah` },
    });
    expect(res.status()).toBe(401);
  }
  await page.goto(LOGIN_PATH);
  await page.getByRole('textbox', { name: /NIP atau nama pengguna/ }).fill(` ${cred.username} `);
  await page
    .locator('input')
    .and(page.getByLabel(/^Kata sandi/))
    .first()
    .fill('tebakan-kelima');
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'akun ini dikunci sementara' })).toBeVisible();

  // The admin sees the lock and lifts it; the owner logs in again at once.
  await loginViaApi(page, admin.username, admin.password);
  await page.goto('/akun-pengguna');
  await page.getByLabel('Cari').fill(cred.username);
  const row = page.getByRole('row').filter({ hasText: cred.username });
  await expect(row.getByText(/Terkunci s\.d\./)).toBeVisible();
  await row.getByRole('button', { name: 'Buka kunci' }).click();
  await expect(page.getByText(`Kunci akun ${cred.username} dibuka`)).toBeVisible();
  await expect(row.getByRole('button', { name: 'Buka kunci' })).toHaveCount(0);
  await logout(page);
  await loginViaApi(page, cred.username, 'sandi-saya-sendiri-2024');
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
