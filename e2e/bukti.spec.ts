/**
 * Evidence journey of issue 10 (item 3) at phone width: a teacher uploads a photo to "Bukti saya"
 * (with the upload progress), then on their set SKP attaches that same evidence to two IKI for the
 * current period without uploading it again, and the library shows where it is used. A file that
 * claims to be a PDF but is a PNG is refused with a message naming both, and nothing is added.
 */
import { expect, type Page, test } from '@playwright/test';
import { samplePng } from '../src/modules/bukti/bukti.samples.ts';
import { expectAccessible, openAsDemo } from './helpers.ts';

const RUN = Date.now().toString(36).slice(-5);
const JUDUL = `Foto kegiatan kelas ${RUN}`;

async function mySetSkp(page: Page): Promise<string> {
  const me = await (await page.request.get('/api/auth/me')).json();
  const tahun = new Date().getFullYear();
  const list = (await (await page.request.get(`/api/instansi/${me.instansi.id}/skp/saya?tahun=${tahun}`)).json()) as {
    id: string;
    status: string;
  }[];
  const set = list.find((s) => s.status === 'DITETAPKAN');
  if (!set) throw new Error('the demo teacher has no set SKP this year');
  return set.id;
}

test.describe('bukti dukung', () => {
  test('uploads a photo once and attaches it to two IKI @phone', async ({ page }) => {
    await openAsDemo(page, /^Guru/, '/bukti');
    await expect(page.getByRole('heading', { name: 'Bukti saya' })).toBeVisible();
    await page.getByRole('button', { name: 'Tambah bukti' }).click();

    // A PNG named .pdf: refused, with both types named; nothing added.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'laporan.pdf',
      mimeType: 'application/pdf',
      buffer: samplePng(32, 24),
    });
    await page.getByLabel('Judul').fill(`Salah jenis ${RUN}`);
    await page.getByRole('button', { name: 'Unggah' }).click();
    await expect(page.getByText(/berakhiran \.pdf, tetapi isinya PNG/)).toBeVisible();

    // The real photo.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'foto-kegiatan.png',
      mimeType: 'image/png',
      buffer: samplePng(64, 48, [200, 120, 40]),
    });
    await page.getByLabel('Judul').fill(JUDUL);
    await expectAccessible(page, 'the evidence form');
    await page.getByRole('button', { name: 'Unggah' }).click();
    await expect(page.getByRole('article', { name: JUDUL })).toBeVisible();
    await expect(page.getByRole('article', { name: `Salah jenis ${RUN}` })).toHaveCount(0);
    await expect(
      page.getByRole('article', { name: JUDUL }).getByText('Belum dilampirkan ke IKI mana pun.'),
    ).toBeVisible();
    await expectAccessible(page, 'Bukti saya');

    // On the set SKP: the same evidence under two IKI, from the library.
    const skpId = await mySetSkp(page);
    await page.goto(`/skp/${skpId}`);
    const toggles = page.getByRole('button', { name: /^Bukti dukung (TW\d|B\d\d|AKHIR) untuk IKI/ });
    await expect(toggles.first()).toBeVisible();
    expect(await toggles.count()).toBeGreaterThanOrEqual(2);
    for (const n of [0, 1]) {
      await toggles.nth(n).click();
      const panel = page.getByTestId('bukti-iki-panel').nth(n);
      await panel.getByRole('button', { name: 'Lampirkan dari Bukti saya' }).click();
      await panel.getByRole('button', { name: `Lampirkan ${JUDUL}` }).click();
      await expect(panel.getByRole('link', { name: new RegExp(`Buka berkas ${JUDUL}`) })).toBeVisible();
      await expect(panel.getByText('Belum dilihat penilai').first()).toBeVisible();
    }
    await expectAccessible(page, 'the SKP page with its evidence');

    // The library says where it is used: two IKI, one upload.
    await page.goto('/bukti');
    const item = page.getByRole('article', { name: JUDUL });
    await expect(item.getByText('Dipakai untuk:')).toBeVisible();
    await expect(item.locator('.mantine-Badge-root')).toHaveCount(2);
    const me = await (await page.request.get('/api/auth/me')).json();
    const lib = await (
      await page.request.get(`/api/instansi/${me.instansi.id}/bukti?cari=${encodeURIComponent(JUDUL)}`)
    ).json();
    expect(lib.total).toBe(1);
    expect(lib.items[0].dipakai).toHaveLength(2);
  });
});
