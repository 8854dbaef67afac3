/**
 * Editing a pegawai from the pegawai page: the admin changes the contact details, sees a mistyped NIP
 * refused under the NIP field, meets someone else's change as a conflict notice that keeps the typed
 * entry (nothing overwritten) and reloads the latest data, and sees a definitive placement that
 * overlaps the current one refused under its dates. The contact details get their values back at the
 * end (the refused placement changed nothing), so other journeys find the demo data unchanged.
 */
import { type APIRequestContext, expect, test } from '@playwright/test';
import { demoAccounts, expectAccessible, openAsDemo } from './helpers.ts';

interface Placement {
  id: string;
  jenis: string;
  mulai: string;
  selesai: string | null;
  jabatanNama: string;
  unitId: string;
  unitNama: string;
}
interface PegawaiDetail {
  pegawai: { id: string; nip: string; nama: string; email: string | null; telepon: string | null; version: number };
  riwayat: Placement[];
}

/** A pegawai in a definitive position who has no demo account (their data is nobody's login). */
async function pickPegawai(request: APIRequestContext, instansiId: string) {
  const logins = new Set((await demoAccounts(request)).map((a) => a.username));
  const page = (await (await request.get(`/api/instansi/${instansiId}/pegawai?pageSize=30`)).json()) as {
    items: { id: string; nip: string; jabatanId: string | null }[];
  };
  for (const item of page.items.filter((p) => p.jabatanId && !logins.has(p.nip))) {
    const detail = await currentDetail(request, instansiId, item.id);
    const current = detail.riwayat.find((r) => r.jenis === 'DEFINITIF' && !r.selesai);
    if (current) return { detail, current };
  }
  throw new Error('no placed pegawai without a demo account in the demo data');
}

async function currentDetail(request: APIRequestContext, instansiId: string, pegawaiId: string) {
  const res = await request.get(`/api/instansi/${instansiId}/pegawai/${pegawaiId}`);
  expect(res.ok(), await res.text()).toBeTruthy();
  return (await res.json()) as PegawaiDetail;
}

test.describe('Pegawai editing', () => {
  test('admin edits the contact, sees a NIP error under the field and a conflict that keeps the entry', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await openAsDemo(page, /admin instansi/i, '/');
    const me = await (await page.request.get('/api/auth/me')).json();
    const instansiId: string = me.instansi.id;
    const { detail, current } = await pickPegawai(page.request, instansiId);
    const p = detail.pegawai;
    const suffix = String(Date.now()).slice(-6);
    const phone = `0812 7000 ${suffix}`;

    try {
      await page.goto(`/pegawai/${p.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(p.nama);
      const dialog = page.getByRole('dialog', { name: 'Ubah profil' });
      const openDialog = async () => {
        await page.getByRole('button', { name: 'Ubah profil' }).click();
        await expect(dialog.getByLabel('Nama lengkap')).toHaveValue(p.nama);
      };

      // Contact details.
      await openDialog();
      await dialog.getByLabel('Telepon').fill(phone);
      await dialog.getByLabel('Email').fill(`uji.${suffix}@example.go.id`);
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      await expect(page.getByText('Profil pegawai disimpan.')).toBeVisible();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('link', { name: phone })).toBeVisible();
      await expectAccessible(page);

      // A NIP whose digits 1–8 are no date: refused, the reason under the NIP field (once).
      await openDialog();
      const nip = dialog.getByRole('textbox', { name: 'NIP', exact: true });
      await nip.fill(`19881332${p.nip.slice(8)}`);
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      await expect(nip).toHaveAttribute('aria-invalid', 'true');
      await expect(nip).toHaveAccessibleDescription(/Digit 1–8 NIP \(19881332\) bukan tanggal lahir/);
      await expect(dialog.getByText(/bukan tanggal lahir/)).toHaveCount(1);
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Batal' }).click();
      await expect(dialog).toBeHidden();

      // Someone else changes the phone while the dialog is open: the save answers 409.
      await openDialog();
      await expect(dialog.getByLabel('Telepon')).toHaveValue(phone);
      const before = await currentDetail(page.request, instansiId, p.id);
      const byOther = `0813 9000 ${suffix}`;
      const patched = await page.request.patch(`/api/instansi/${instansiId}/pegawai/${p.id}`, {
        data: { version: before.pegawai.version, telepon: byOther },
      });
      expect(patched.ok(), await patched.text()).toBeTruthy();
      const mine = `0814 1000 ${suffix}`;
      await dialog.getByLabel('Telepon').fill(mine);
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      const notice = dialog.getByRole('alert').filter({ hasText: 'Profil pegawai ini telah diubah orang lain' });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('isian Anda tetap ada');
      await expect(dialog.getByLabel('Telepon')).toHaveValue(mine);
      expect((await currentDetail(page.request, instansiId, p.id)).pegawai.telepon).toBe(byOther);
      await notice.getByRole('button', { name: 'Muat ulang' }).click();
      await expect(dialog.getByLabel('Telepon')).toHaveValue(byOther);
      await expect(notice).toBeHidden();
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      await expect(dialog).toBeHidden();

      // A definitive placement starting before the current one overlaps it: refused under the dates.
      await page.getByRole('button', { name: 'Tambah penempatan' }).click();
      const placement = page.getByRole('dialog', { name: 'Tambah penempatan' });
      await placement.getByRole('combobox', { name: 'Unit' }).fill(current.unitNama);
      await page
        .getByRole('option', { name: new RegExp(`^${escapeRegExp(current.unitNama)} \\(`) })
        .first()
        .click();
      await placement.getByRole('combobox', { name: 'Jabatan' }).click();
      await page.getByRole('option').first().click();
      await placement.getByLabel('Mulai').fill('2000-01-01');
      await placement.getByRole('button', { name: 'Simpan' }).click();
      const mulai = placement.getByLabel('Mulai');
      await expect(mulai).toHaveAttribute('aria-invalid', 'true');
      await expect(mulai).toHaveAccessibleDescription(/tumpang tindih dengan penempatan lain/);
      await expect(mulai).toHaveAccessibleDescription(
        new RegExp(`Tumpang tindih dengan: ${escapeRegExp(current.jabatanNama)}`),
      );
      await placement.getByRole('button', { name: 'Batal' }).click();
      const after = await currentDetail(page.request, instansiId, p.id);
      expect(after.riwayat.map((r) => r.id)).toEqual(detail.riwayat.map((r) => r.id));
    } finally {
      const now = await currentDetail(page.request, instansiId, p.id);
      await page.request.patch(`/api/instansi/${instansiId}/pegawai/${p.id}`, {
        data: { version: now.pegawai.version, telepon: p.telepon, email: p.email },
      });
    }
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
