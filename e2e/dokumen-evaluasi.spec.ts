/**
 * Evaluation documents from the UI (issue 11 item 6): the admin opens "Cetak dokumen evaluasi",
 * picks a unit penilaian, the year and period, builds the zip, watches it finish and downloads a
 * zip that holds exactly the PDFs the page announced; the page is accessible. The read-only auditor
 * has no such menu entry.
 */
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { demoAccount, expectAccessible, loginViaApi } from './helpers.ts';

interface UnitNode {
  id: string;
  parentId: string | null;
  kode: string;
  nama: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the admin builds and downloads the evaluation PDFs of a unit penilaian as a zip', async ({ page }) => {
  test.setTimeout(90_000);
  const admin = await demoAccount(page.request, /Admin instansi/i);
  await loginViaApi(page, admin.username, admin.password);
  const me = (await (await page.request.get('/api/auth/me')).json()) as { instansi: { id: string } };
  const units = (await (await page.request.get(`/api/instansi/${me.instansi.id}/units`)).json()) as UnitNode[];
  const root = units.find((u) => u.parentId === null);
  const opd = units.find((u) => u.parentId === root?.id);
  if (!opd) throw new Error('no OPD in the demo');

  await page.goto('/dokumen-evaluasi');
  await expect(page.getByRole('heading', { level: 1, name: 'Cetak dokumen evaluasi kinerja' })).toBeVisible();
  await page.getByRole('combobox', { name: /Unit penilaian/ }).fill(opd.kode);
  await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(`${opd.nama} (${opd.kode})`)}`) }).click();
  // The period is TW1 unless changed.
  await expect(
    page.getByRole('textbox', { name: 'Periode' }).or(page.getByRole('combobox', { name: 'Periode' })),
  ).toHaveValue('Triwulan I');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Buat zip PDF' }).click();

  const link = page.getByRole('link', { name: /^Unduh EVALUASI-\d{4}-TW1-.+\.zip \(\d+ PDF\)$/ });
  await expect(link).toBeVisible({ timeout: 60_000 });
  const n = Number(/\((\d+) PDF\)/.exec((await link.textContent()) ?? '')?.[1]);
  const href = await link.getAttribute('href');
  const zip = await page.request.get(href as string);
  expect(zip.ok()).toBeTruthy();
  expect(zip.headers()['content-type']).toBe('application/zip');
  const entries = Object.keys(unzipSync(new Uint8Array(await zip.body())));
  expect(entries).toHaveLength(n);
  for (const name of entries) expect(name).toMatch(/^EVALUASI-\d{4}-TW1-.+\.pdf$/);
  await expectAccessible(page);
});

test('the read-only auditor is not offered the bulk print', async ({ page }) => {
  const auditor = await demoAccount(page.request, /Auditor/i);
  await loginViaApi(page, auditor.username, auditor.password);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.mantine-AppShell-navbar a[href="/dokumen-evaluasi"]')).toHaveCount(0);
});
