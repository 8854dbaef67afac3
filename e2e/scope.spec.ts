/**
 * Issue 9, item 3: each role starts in its own scope and is offered only forms it may submit.
 * The unit admin lands on their own unit in Perjanjian Kinerja and Pohon Kinerja (not the whole
 * kabupaten's ACCESS.DENIED) with a PK form they may save; the OPD head's appraised unit head sees
 * another unit's PK read-only; Home gives admins figures of their scope.
 */
import { expect, test } from '@playwright/test';
import { demoAccount, openAsDemo } from './helpers.ts';

const DENIED = 'Data tidak ditemukan atau Anda tidak berhak mengaksesnya.';

test('a unit admin starts on their own unit, with figures and forms of their scope', async ({ page }) => {
  const account = await demoAccount(page.request, /^Admin unit/);
  const unitNama = /^Admin unit \(([^)]+)\)/.exec(account.label)?.[1] ?? '';
  await openAsDemo(page, /^Admin unit/, '/');
  await expect(page.getByRole('heading', { name: /Pengisian SKP \d{4} — unit Anda/ })).toBeVisible();
  await expect(page.getByText(/masalah penentuan penilai di unit Anda/)).toBeVisible();

  await page.goto('/perjanjian-kinerja');
  await expect(page.getByRole('heading', { name: 'Perjanjian Kinerja', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Unit kerja' })).toHaveValue(new RegExp(unitNama));
  await expect(page.getByRole('button', { name: 'Simpan' })).toBeVisible();
  await expect(page.getByText(DENIED)).toHaveCount(0);

  await page.goto('/pohon-kinerja');
  await expect(page.getByRole('heading', { name: 'Pohon Kinerja', level: 1 })).toBeVisible();
  await expect(page.getByText(unitNama).first()).toBeVisible();
  await expect(page.getByText(DENIED)).toHaveCount(0);
});

test("an appraiser sees a unit's PK they may not change read-only, without a save button", async ({ page }) => {
  const head = await demoAccount(page.request, /^Kepala OPD/);
  const opd = /\(([^)]+)\)/.exec(head.label)?.[1] ?? '';
  await openAsDemo(page, /^Pejabat penilai — menilai/, '/perjanjian-kinerja');
  await expect(page.getByRole('heading', { name: 'Perjanjian Kinerja', level: 1 })).toBeVisible();
  // Their own unit first (they head it): the form can be saved.
  await expect(page.getByRole('button', { name: 'Simpan' })).toBeVisible();
  // The OPD above them: read-only, and told why.
  await page.getByRole('combobox', { name: 'Unit kerja' }).fill(opd);
  await page
    .getByRole('option', { name: new RegExp(`^${opd.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`) })
    .first()
    .click();
  await expect(
    page.getByText(/Anda dapat melihat Perjanjian Kinerja unit ini, tetapi tidak mengubahnya/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simpan' })).toHaveCount(0);
});
