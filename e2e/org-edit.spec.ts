/**
 * Editing the organisation from the unit page: the admin renames a position and changes its class,
 * sees a duplicate code refused under the code field, and meets someone else's change as a conflict
 * notice (nothing overwritten) that reloads the latest data. Staff see no edit buttons. The position
 * gets its name, code and class back at the end, so other journeys find the demo data unchanged.
 */
import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectAccessible, openAsDemo } from './helpers.ts';

interface Jabatan {
  id: string;
  kode: string;
  nama: string;
  jenis: string;
  kelas: number | null;
  version: number;
  isKepala: boolean;
}
interface UnitDetail {
  unit: { id: string; nama: string };
  jabatan: Jabatan[];
}

/** A seksi with a pelaksana position whose name is unique in the unit, plus another position's code. */
async function pickPosition(request: APIRequestContext, instansiId: string) {
  const units = (await (await request.get(`/api/instansi/${instansiId}/units`)).json()) as {
    id: string;
    jenis: string;
  }[];
  for (const u of units.filter((x) => x.jenis === 'SEKSI')) {
    const detail = (await (await request.get(`/api/instansi/${instansiId}/units/${u.id}`)).json()) as UnitDetail;
    const staff = detail.jabatan.find(
      (j) => j.jenis === 'PELAKSANA' && !j.isKepala && detail.jabatan.filter((o) => o.nama === j.nama).length === 1,
    );
    const other = detail.jabatan.find((j) => j.id !== staff?.id);
    if (staff && other) return { detail, staff, otherKode: other.kode };
  }
  throw new Error('no seksi with a pelaksana position in the demo data');
}

async function currentJabatan(request: APIRequestContext, instansiId: string, unitId: string, id: string) {
  const detail = (await (await request.get(`/api/instansi/${instansiId}/units/${unitId}`)).json()) as UnitDetail;
  const found = detail.jabatan.find((j) => j.id === id);
  if (!found) throw new Error('position vanished');
  return found;
}

test.describe('Organisation editing', () => {
  test('admin edits a position, sees a duplicate code and a conflict with someone else’s change', async ({ page }) => {
    test.setTimeout(90_000);
    await openAsDemo(page, /admin instansi/i, '/');
    const me = await (await page.request.get('/api/auth/me')).json();
    const instansiId: string = me.instansi.id;
    const { detail, staff, otherKode } = await pickPosition(page.request, instansiId);
    const unitId = detail.unit.id;
    const suffix = String(Date.now()).slice(-5);
    const renamed = `Pengadministrasi Uji ${suffix}`;

    try {
      await page.goto(`/organisasi/${unitId}`);
      await expect(page.getByRole('heading', { level: 1, name: detail.unit.nama })).toBeVisible();

      // Rename and set the class.
      await page.getByRole('button', { name: `Ubah jabatan ${staff.nama}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Ubah jabatan' });
      await expect(dialog.getByLabel('Nama jabatan')).toHaveValue(staff.nama);
      await expectAccessible(page);
      await dialog.getByLabel('Nama jabatan').fill(renamed);
      await dialog.getByLabel('Kelas jabatan').fill('7');
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      await expect(page.getByText('Jabatan disimpan.')).toBeVisible();
      await expect(dialog).toBeHidden();
      // The positions table (the people table below also names the position of each holder).
      const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: `Ubah jabatan ${renamed}` }) });
      await expect(row).toContainText(renamed);
      await expect(row).toContainText('Kelas 7');

      // A code another position already has: refused, shown under the code field.
      await page.getByRole('button', { name: `Ubah jabatan ${renamed}` }).click();
      await dialog.getByLabel('Kode jabatan').fill(otherKode);
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      await expect(dialog.getByText('Data dengan kode ini sudah ada.').first()).toBeVisible();
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Batal' }).click();
      await expect(dialog).toBeHidden();

      // Someone else renames the position while the dialog is open: the save answers 409.
      await page.getByRole('button', { name: `Ubah jabatan ${renamed}` }).click();
      await expect(dialog.getByLabel('Kode jabatan')).toHaveValue(staff.kode);
      const before = await currentJabatan(page.request, instansiId, unitId, staff.id);
      const byOther = `${renamed} (diubah rekan)`;
      const patched = await page.request.patch(`/api/instansi/${instansiId}/jabatan/${staff.id}`, {
        data: { version: before.version, nama: byOther },
      });
      expect(patched.ok(), await patched.text()).toBeTruthy();
      await dialog.getByLabel('Nama jabatan').fill(`${renamed} versi saya`);
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      const notice = dialog.getByRole('alert').filter({ hasText: 'Jabatan ini telah diubah orang lain' });
      await expect(notice).toBeVisible();
      // The person's entry is still there until they reload.
      await expect(dialog.getByLabel('Nama jabatan')).toHaveValue(`${renamed} versi saya`);
      await notice.getByRole('button', { name: 'Muat ulang' }).click();
      await expect(dialog.getByLabel('Nama jabatan')).toHaveValue(byOther);
      await expect(notice).toBeHidden();
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      await expect(dialog).toBeHidden();
    } finally {
      const now = await currentJabatan(page.request, instansiId, unitId, staff.id);
      await page.request.patch(`/api/instansi/${instansiId}/jabatan/${staff.id}`, {
        data: { version: now.version, nama: staff.nama, kode: staff.kode, kelas: staff.kelas },
      });
    }

    // A staff member sees the positions but no edit button.
    await page.request.post('/api/auth/logout');
    await openAsDemo(page, /pegawai pelaksana/i, `/organisasi/${unitId}`);
    await expect(page.getByRole('heading', { level: 1, name: detail.unit.nama })).toBeVisible();
    await expect(page.getByText(staff.nama, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Ubah jabatan/ })).toHaveCount(0);
    await expectAccessible(page);
  });
});
