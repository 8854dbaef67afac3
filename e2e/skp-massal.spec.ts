/**
 * SKP documents from the planning UI (issue 4, items 9 and 12):
 * - the admin opens Monitoring pengisian, drills into the smallest OPD, starts "Unduh SKP massal
 *   (zip)" for its smallest sub-unit, watches the progress finish, still sees the job after a
 *   reload, and downloads a zip holding PDFs; a unit head (who may see the unit but not bulk-print
 *   it) gets no such button;
 * - the head of an OPD changes their set SKP ("perubahan SKP", then edits an RHK) and opens the
 *   frozen version 1 from the version history: it shows the RHK as set, not as edited.
 */

import { readFileSync } from 'node:fs';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { demoAccount, expectAccessible, loginViaApi, logout } from './helpers.ts';

const TAHUN = new Date().getFullYear();
const RUN = Date.now().toString(36).slice(-5);
const ZIP_BUTTON = 'Unduh SKP massal (zip)';
const ADMIN = /Admin instansi/i;
const KEPALA_OPD = /Kepala OPD/i;

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()} answered ${response.status()}: ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

interface Baris {
  unitId: string;
  nama: string;
  langsung: boolean;
  total: number;
  belumMulai: number;
}

async function instansiId(page: Page): Promise<string> {
  return (await json<{ instansi: { id: string } }>(await page.request.get('/api/auth/me'))).instansi.id;
}

/** The row with the fewest people among those that have at least one SKP. */
function smallest(rows: Baris[]): Baris {
  const withSkp = rows.filter((r) => !r.langsung && r.total - r.belumMulai > 0).sort((a, b) => a.total - b.total);
  if (!withSkp[0]) throw new Error('no unit with an SKP in the demo');
  return withSkp[0];
}

test('the admin downloads every SKP of a small unit as PDFs in a zip, from Monitoring pengisian', async ({ page }) => {
  test.setTimeout(60_000);
  const admin = await demoAccount(page.request, ADMIN);
  await loginViaApi(page, admin.username, admin.password);
  const base = `/api/instansi/${await instansiId(page)}/monitoring-pengisian`;
  const root = await json<{ baris: Baris[] }>(await page.request.get(base, { params: { tahun: TAHUN } }));
  const opd = smallest(root.baris);
  const inOpd = await json<{ baris: Baris[] }>(
    await page.request.get(base, { params: { tahun: TAHUN, unitId: opd.unitId } }),
  );
  const unit = smallest(inOpd.baris);

  await page.goto('/monitoring-pengisian');
  await expect(page.getByRole('heading', { name: 'Monitoring Pengisian' })).toBeVisible();
  await page.getByRole('button', { name: opd.nama, exact: true }).click();
  // The OPD on screen has its own button; each sub-unit row has one too.
  await expect(page.getByRole('button', { name: ZIP_BUTTON, exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: `${ZIP_BUTTON} ${unit.nama}`, exact: true }).click();

  const job = page.getByRole('region', { name: 'Pembuatan zip SKP' });
  await expect(job.getByText(`Zip SKP ${TAHUN} · ${unit.nama}`)).toBeVisible();
  await expect(job.getByRole('progressbar', { name: 'Kemajuan pembuatan PDF' })).toBeVisible();
  await expect(job.getByText('Selesai', { exact: true })).toBeVisible();
  await expect(job.getByText(/^(\d+) dari \1 SKP · 100%$/)).toBeVisible();

  // The API cannot list jobs: the page remembers the one it follows across a reload.
  await page.reload();
  const download = job.getByRole('link', { name: 'Unduh zip' });
  await expect(download).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toMatch(new RegExp(`^SKP-${TAHUN}-.+\\.zip$`));
  const entries = unzipSync(new Uint8Array(readFileSync(await file.path())));
  const pdfs = Object.entries(entries).filter(([name]) => name.endsWith('.pdf'));
  expect(pdfs.length).toBeGreaterThanOrEqual(1);
  for (const [name, bytes] of pdfs) {
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1'), name).toBe('%PDF-');
  }

  await test.step('a unit head sees their unit but is not offered the bulk zip', async () => {
    await logout(page);
    const kepala = await demoAccount(page.request, KEPALA_OPD);
    await loginViaApi(page, kepala.username, kepala.password);
    await page.goto('/monitoring-pengisian');
    await expect(page.getByText(/SKP ditetapkan$/).first()).toBeVisible();
    await expect(page.getByRole('button', { name: new RegExp(ZIP_BUTTON.replace(/[()]/g, '\\$&')) })).toHaveCount(0);
  });
});

test('the admin monitors realisasi of a period per unit and opens the SKPs behind a count @phone', async ({ page }) => {
  const admin = await demoAccount(page.request, ADMIN);
  await loginViaApi(page, admin.username, admin.password);
  await page.goto('/monitoring-pengisian');
  await page.getByText('Realisasi', { exact: true }).click();
  await expect(
    page.getByRole('columnheader', { name: 'SKP ditetapkan' }).or(page.getByText('SKP ditetapkan').first()),
  ).toBeVisible();
  await expect(page.getByText(/SKP sudah mengisi realisasi semua IKI$/)).toBeVisible();
  await expectAccessible(page);
  // A count opens the SKPs behind it, each with IKI entered / IKI total.
  await page
    .getByRole('button', { name: /^Lihat \d[\d.]* SKP Belum diisi di / })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/^\d+ \/ \d+$/).first()).toBeVisible();
  await expectAccessible(page);
  await dialog.press('Escape');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ekspor Excel realisasi' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(
    new RegExp(`^monitoring-realisasi-${TAHUN}-(TW[1-4]|B\\d\\d|AKHIR)\\.xlsx$`),
  );
});

interface Rhk {
  id: string;
  jenis: string;
  teks: string;
  sumber: string;
  parentRhkId: string | null;
  pkIndikatorId: string | null;
  cascading: string | null;
  perspektif: string | null;
  penugasanDari: string | null;
  iki: {
    aspek: string;
    indikator: string;
    targetNilai: string | null;
    targetSatuan: string | null;
    targetTeks: string | null;
  }[];
}
interface Skp {
  id: string;
  status: string;
  version: number;
  rhk: Rhk[];
  versi: { revisi: number }[];
}

test('the head of an OPD opens a frozen version of their SKP and sees its RHK as set', async ({ page }) => {
  test.setTimeout(60_000);
  const kepala = await demoAccount(page.request, KEPALA_OPD);
  await loginViaApi(page, kepala.username, kepala.password);
  const base = `/api/instansi/${await instansiId(page)}/skp`;
  const mine = await json<{ id: string }[]>(await page.request.get(`${base}/saya`, { params: { tahun: TAHUN } }));
  let skp: Skp | null = null;
  for (const s of mine) {
    const detail = await json<Skp>(await page.request.get(`${base}/${s.id}`));
    if (detail.versi.length > 0) skp = detail;
  }
  if (!skp) throw new Error('the demo head of OPD has no SKP with a frozen version');
  const revisi = Math.min(...skp.versi.map((v) => v.revisi));
  const frozen = await json<{ isi: { rhk: Rhk[] } }>(await page.request.get(`${base}/${skp.id}/versi/${revisi}`));
  const rhkAsSet = frozen.isi.rhk[0].teks;

  // Perubahan SKP: back to a draft, and the first RHK gets a new text.
  if (skp.status === 'DITETAPKAN') {
    await json(await page.request.post(`${base}/${skp.id}/ubah`, { data: { version: skp.version } }));
    skp = await json<Skp>(await page.request.get(`${base}/${skp.id}`));
  }
  const edited = `${rhkAsSet} — perubahan ${RUN}`;
  const target = skp.rhk.find((r) => r.teks === rhkAsSet);
  if (target && ['DRAFT', 'DIKEMBALIKAN'].includes(skp.status)) {
    const { id, ...input } = target;
    await json(
      await page.request.put(`${base}/${skp.id}/rhk/${id}`, {
        data: {
          version: skp.version,
          jenis: input.jenis,
          teks: edited,
          sumber: input.sumber,
          parentRhkId: input.parentRhkId,
          pkIndikatorId: input.pkIndikatorId,
          cascading: input.cascading,
          perspektif: input.perspektif,
          penugasanDari: input.penugasanDari,
          iki: input.iki.map(({ aspek, indikator, targetNilai, targetSatuan, targetTeks }) => ({
            aspek,
            indikator,
            targetNilai,
            targetSatuan,
            targetTeks,
          })),
        },
      }),
    );
  }

  await page.goto(`/skp/${skp.id}`);
  await expect(page.getByRole('heading', { name: 'Riwayat versi' })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: `Revisi ${revisi}`, exact: true }) });
  await row.getByRole('link', { name: 'Lihat versi ini' }).click();
  await expect(page).toHaveURL(new RegExp(`/skp/${skp.id}/versi/${revisi}$`));
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Versi ${revisi} SKP `) })).toBeVisible();
  await expect(page.getByText('Salinan beku — hanya baca')).toBeVisible();
  await expect(page.getByText(/^Isi SKP seperti saat ditetapkan pada .+ oleh .+\./)).toBeVisible();
  await expect(page.getByRole('article', { name: `RHK A1: ${rhkAsSet}` })).toBeVisible();
  await expect(page.getByText(edited)).toHaveCount(0);
  // Read-only: nothing to add, change or save.
  await expect(page.getByRole('button', { name: /^Tambah RHK|^Ubah RHK|^Simpan/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Kembali ke SKP' }).click();
  await expect(page).toHaveURL(new RegExp(`/skp/${skp.id}$`));
  if (target) await expect(page.getByRole('article', { name: `RHK A1: ${edited}` })).toBeVisible();
});

test('a frozen SKP version fits a 360 px phone @phone', async ({ page }) => {
  const kepala = await demoAccount(page.request, KEPALA_OPD);
  await loginViaApi(page, kepala.username, kepala.password);
  const base = `/api/instansi/${await instansiId(page)}/skp`;
  const mine = await json<{ id: string }[]>(await page.request.get(`${base}/saya`, { params: { tahun: TAHUN } }));
  const first = mine[0];
  if (!first) throw new Error('the demo head of OPD has no SKP');
  const detail = await json<Skp>(await page.request.get(`${base}/${first.id}`));
  test.skip(detail.versi.length === 0, 'no frozen version');
  await page.goto(`/skp/${first.id}/versi/${detail.versi[0].revisi}`);
  await expect(page.getByText('Salinan beku — hanya baca')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hasil Kerja' })).toBeVisible();
  await expectAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
