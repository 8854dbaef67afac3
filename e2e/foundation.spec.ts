/**
 * Golden journey of the foundation (issue 2): the demo admin logs in from the demo panel, browses
 * the organisation tree, imports pegawai from a CSV with a bad row (an impossible NIP birth date),
 * reads the row-level error, imports the corrected file and finds the new people with their
 * appraiser. Plus the phone layout: a staff member sees who appraises them and uses the burger menu.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible, loginAsDemo } from './helpers.ts';

/** A link of the main menu (the navbar; a burger menu on phones). */
const menuLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name });

interface UnitNode {
  id: string;
  nama: string;
  jenis: string;
  kepalaNama: string | null;
  kepalaVia: string | null;
}
interface UnitDetail {
  jabatan: { kode: string; nama: string; jenis: string; isKepala: boolean }[];
}

/**
 * A seksi/subbagian with a definitive head (a pengawas, so the head appraises its staff), a
 * pelaksana position to place the new people in, and a name no other unit has.
 */
async function pickUnit(request: APIRequestContext, instansiId: string) {
  const units = (await (await request.get(`/api/instansi/${instansiId}/units`)).json()) as UnitNode[];
  const names = new Map<string, number>();
  for (const u of units) names.set(u.nama, (names.get(u.nama) ?? 0) + 1);
  for (const u of units) {
    if (!['SEKSI', 'SUBBAGIAN'].includes(u.jenis) || names.get(u.nama) !== 1) continue;
    if (!u.kepalaNama || u.kepalaVia !== 'DEFINITIF') continue;
    const detail = (await (await request.get(`/api/instansi/${instansiId}/units/${u.id}`)).json()) as UnitDetail;
    const head = detail.jabatan.find((j) => j.isKepala);
    const staff = detail.jabatan.find((j) => j.jenis === 'PELAKSANA' && !j.isKepala);
    if (head?.jenis === 'PENGAWAS' && staff) return { unit: u, jabatanKode: staff.kode, jabatanNama: staff.nama };
  }
  throw new Error('no suitable seksi/subbagian in the demo data');
}

/** A PNS NIP: born 15 Jan 1990, CPNS May 2015, male, random sequence (unique per run). */
function nip(birth: string, seq: number): string {
  return `${birth}2015051${String(seq).padStart(3, '0')}`;
}

function csv(rows: string[][]): string {
  const header = ['NIP_BARU', 'NAMA', 'JENIS_ASN', 'GOL_RUANG', 'JABATAN_KODE', 'TMT_JABATAN'];
  return `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`;
}

test.describe('Foundation', () => {
  test('admin browses the tree, imports pegawai after fixing a bad NIP and sees their appraiser', async ({ page }) => {
    test.setTimeout(90_000);
    await loginAsDemo(page, /admin instansi/i);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);

    const me = await (await page.request.get('/api/auth/me')).json();
    const instansiId: string = me.instansi.id;
    const { unit, jabatanKode, jabatanNama } = await pickUnit(page.request, instansiId);

    // Organisation tree: search the unit, open it.
    await menuLink(page, 'Struktur organisasi').click();
    await expect(page.getByRole('heading', { name: 'Struktur organisasi' })).toBeVisible();
    await page.getByLabel('Cari unit').fill(unit.nama);
    await expect(page.getByText(/unit cocok/)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: unit.nama, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: unit.nama })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kepala unit' })).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByText(unit.kepalaNama ?? '').first()).toBeVisible();

    // Files: one good row and one with an impossible birth date (month 13), then the corrected file.
    const seq = 100 + Math.floor(Math.random() * 800);
    const suffix = String(Date.now()).slice(-5);
    const good = ['Uji', `Impor Satu ${suffix}`];
    const second = `Uji Impor Dua ${suffix}`;
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-e2e-import-'));
    const badFile = join(dir, 'pegawai-salah.csv');
    const fixedFile = join(dir, 'pegawai-benar.csv');
    const badNip = nip('19901315', seq + 1);
    writeFileSync(
      badFile,
      csv([
        [nip('19900115', seq), good.join(' '), 'PNS', 'II/a', jabatanKode, '2025-01-02'],
        [badNip, second, 'PNS', 'II/a', jabatanKode, '2025-01-02'],
      ]),
    );
    writeFileSync(
      fixedFile,
      csv([
        [nip('19900115', seq), good.join(' '), 'PNS', 'II/a', jabatanKode, '2025-01-02'],
        [nip('19900215', seq + 1), second, 'PNS', 'II/a', jabatanKode, '2025-01-02'],
      ]),
    );

    // Import with the bad row: the row-level report names row 3, column NIP_BARU and the reason.
    await menuLink(page, 'Impor & ekspor').click();
    await expect(page.getByRole('heading', { name: 'Impor & ekspor' })).toBeVisible();
    await page.locator('input[type="file"]').setInputFiles(badFile);
    await expect(page.getByTestId('selected-file')).toContainText('pegawai-salah.csv');
    await page.getByRole('button', { name: 'Periksa saja' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Ditemukan 1 kesalahan' })).toBeVisible();
    const errorRow = page.getByRole('row').filter({ hasText: 'NIP_BARU' });
    await expect(errorRow).toHaveCount(1);
    await expect(errorRow).toContainText('3');
    await expect(errorRow).toContainText('bukan tanggal lahir yang mungkin');
    await expect(errorRow).toContainText(badNip);
    await expectAccessible(page);

    // The corrected file imports (background job with a progress bar) and reports two new people.
    await page.locator('input[type="file"]').setInputFiles(fixedFile);
    await expect(page.getByTestId('selected-file')).toContainText('pegawai-benar.csv');
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await expect(page.getByText('Impor selesai.')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/2 baru/)).toBeVisible();

    // The new people are in the pegawai list; one of them shows the head of the unit as appraiser.
    await page.getByRole('link', { name: 'Lihat daftar pegawai' }).click();
    await page.getByLabel('Cari nama, NIP atau jabatan').fill(`Impor Dua ${suffix}`);
    const link = page.getByRole('link', { name: second });
    await expect(link).toBeVisible();
    await page.getByLabel('Cari nama, NIP atau jabatan').fill(`Impor Satu ${suffix}`);
    await expect(page.getByRole('link', { name: good.join(' ') })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: good.join(' ') }).click();

    await expect(page.getByRole('heading', { level: 1, name: good.join(' ') })).toBeVisible();
    await expect(page.getByText('19900115 201505 1', { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: `Siapa yang menilai ${good.join(' ')}` })).toBeVisible();
    await expect(page.getByText('Pejabat penilai', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: unit.kepalaNama ?? '' }).first()).toBeVisible();
    await expect(page.getByText('Mengapa demikian')).toBeVisible();
    await expect(page.getByText(`${jabatanNama}`).first()).toBeVisible();
    await expectAccessible(page);
  });

  test('a staff member sees who appraises them and navigates with the burger menu @phone', async ({ page }) => {
    await loginAsDemo(page, /pegawai pelaksana/i);
    await expect(page.getByRole('heading', { name: 'Siapa yang menilai saya' })).toBeVisible();
    await expect(page.getByText('Pejabat penilai', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('Mengapa demikian')).toBeVisible();
    await expectAccessible(page);

    const burger = page.getByRole('button', { name: 'Buka menu' });
    if (await burger.isVisible()) await burger.click();
    await menuLink(page, 'Struktur organisasi').click();
    await expect(page.getByRole('heading', { name: 'Struktur organisasi' })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    const viewport = page.viewportSize()?.width ?? 0;
    expect(width, 'no horizontal scrolling').toBeLessThanOrEqual(viewport);
    await expectAccessible(page);
  });
});
