/**
 * Golden journey of issue 4 (performance planning): a staff member drafts an SKP whose RHK
 * intervenes in the appraiser's RHK while the appraiser's own SKP is still a draft (no deadlock),
 * submits it; the appraiser returns it with a general and a per-RHK note; the staff member sees the
 * notes, fixes the target and resubmits; the appraiser sets it; the PDF downloads and contains the
 * RHK. Issue 9: both people are demo accounts (the staff member and their own appraiser); Home says
 * each one's next step, opening the submitted SKP clears the appraiser's notification and highlights
 * SKP Bawahan, and the resubmission shows what changed since the return beside the note.
 * Issue 11: while reviewing, the appraiser writes an Ekspektasi Khusus Pimpinan and a Lampiran item,
 * which the staff member then reads (read-only) and the PDF prints.
 */
import { readFileSync } from 'node:fs';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { pdfHasText } from '../test/pdf-text.ts';
import { type DemoAccount, demoAccount, expectAccessible, loginViaApi, loginViaUi, logout } from './helpers.ts';

const TAHUN = new Date().getFullYear();
const RUN = Date.now().toString(36).slice(-5);
const RHK_ATASAN = `Terselenggaranya layanan kesekretariatan yang tertib (${RUN})`;
const RHK_STAFF = `Tersusunnya laporan pengelolaan persuratan bulanan (${RUN})`;
const CATATAN = 'Target terlalu rendah; sesuaikan dengan jumlah bulan.';
const CATATAN_RHK = 'Target laporan harus 12 dokumen setahun.';
const EKSPEKTASI = `Surat masuk diagendakan pada hari yang sama (${RUN})`;
const DUKUNGAN = `Aplikasi persuratan elektronik (${RUN})`;
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Credentials {
  username: string;
  password: string;
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()} answered ${response.status()}: ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

/** Instansi and pegawai of the staff account, read from /api/auth/me. */
async function whoAmI(page: Page, account: DemoAccount) {
  await loginViaApi(page, account.username, account.password);
  const me = await json<{ instansi: { id: string }; pegawai: { id: string; nama: string } }>(
    await page.request.get('/api/auth/me'),
  );
  await logout(page);
  return { instansiId: me.instansi.id, pegawaiId: me.pegawai.id, nama: me.pegawai.nama };
}

/**
 * The staff member's appraiser, as the API resolves it, is the demo account labelled
 * "Pejabat penilai — menilai <staff>" (issue 9: the demo can be tried without an admin).
 */
async function appraiserAccount(page: Page, staff: DemoAccount, instansiId: string, pegawaiId: string) {
  await loginViaApi(page, staff.username, staff.password);
  const explanation = await json<{ penilai: { pegawaiId: string; nama: string; nip: string } | null }>(
    await page.request.get(`/api/instansi/${instansiId}/pegawai/${pegawaiId}/penilai`),
  );
  await logout(page);
  const penilai = explanation.penilai;
  if (!penilai) throw new Error('the demo staff member has no appraiser');
  const account = await demoAccount(page.request, /^Pejabat penilai — menilai/);
  expect(account.username, 'the demo appraiser account is the resolved appraiser').toBe(penilai.nip);
  expect(staff.label).toContain(penilai.nama);
  return { username: account.username, password: account.password, nama: penilai.nama };
}

/**
 * The appraiser's own SKP becomes a draft with one RHK: created when missing; a set one (the demo
 * seeds some) is reopened with "perubahan SKP", so the staff member works against a draft parent.
 */
async function appraiserDraftsRhk(page: Page, cred: Credentials, instansiId: string) {
  await loginViaApi(page, cred.username, cred.password);
  const base = `/api/instansi/${instansiId}/skp`;
  const mine = await json<{ id: string; status: string; version: number }[]>(
    await page.request.get(`${base}/saya`, { params: { tahun: TAHUN } }),
  );
  let skp = mine.find((s) => s.status !== 'DITUTUP');
  if (!skp) {
    const made = await json<{ id: string; version: number }>(
      await page.request.post(base, { data: { tahun: TAHUN, pendekatan: 'KUANTITATIF' } }),
    );
    skp = { ...made, status: 'DRAFT' };
  }
  if (skp.status === 'DITETAPKAN') {
    const reopened = await json<{ version: number }>(
      await page.request.post(`${base}/${skp.id}/ubah`, { data: { version: skp.version } }),
    );
    skp = { ...skp, status: 'DRAFT', version: reopened.version };
  }
  expect(['DRAFT', 'DIKEMBALIKAN'], `the appraiser's SKP is ${skp.status}`).toContain(skp.status);
  await json(
    await page.request.post(`${base}/${skp.id}/rhk`, {
      data: {
        version: skp.version,
        jenis: 'UTAMA',
        teks: RHK_ATASAN,
        sumber: 'PENUGASAN',
        penugasanDari: 'Kepala Dinas',
        iki: [
          {
            aspek: 'KUANTITAS',
            indikator: 'Persentase surat yang diproses tepat waktu',
            targetNilai: 95,
            targetSatuan: '%',
          },
        ],
      },
    }),
  );
  await logout(page);
}

async function switchTo(page: Page, cred: Credentials, path: string) {
  await logout(page);
  await loginViaApi(page, cred.username, cred.password);
  await page.goto(path);
}

async function confirmAction(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('SKP: draft against the draft RHK of the appraiser, return with notes, fix, set, PDF', async ({ page }) => {
  test.setTimeout(180_000);
  const staff = await demoAccount(page.request, /Pegawai pelaksana/i);
  const who = await whoAmI(page, staff);
  const penilai = await appraiserAccount(page, staff, who.instansiId, who.pegawaiId);
  await appraiserDraftsRhk(page, penilai, who.instansiId);

  let skpUrl = '';
  await test.step('staff drafts an SKP cascading from the appraiser’s draft RHK and submits', async () => {
    await loginViaUi(page, staff.username, staff.password);
    // Home names the next step and the appraiser, with one tap to act.
    await expect(
      page.getByRole('heading', { name: /SKP masih draf — lengkapi lalu ajukan|Belum ada SKP — buat/ }),
    ).toBeVisible();
    await expect(page.getByText(`Pejabat penilai Anda: ${penilai.nama}`)).toBeVisible();
    await expect(page.getByText(/Batas penetapan SKP/)).toBeVisible();
    await page.goto('/skp');
    await expect(page.getByRole('heading', { name: 'SKP Saya' })).toBeVisible();
    await expectAccessible(page);
    // The demo may already hold a draft for this year (then it is opened); otherwise "Buat SKP".
    const existing = page.getByRole('link', { name: new RegExp(`SKP ${TAHUN}`) }).first();
    await expect(page.getByText(/Anda belum memiliki SKP|SKP \d{4}/).first()).toBeVisible();
    if (await existing.isVisible()) {
      await existing.click();
    } else {
      await page.getByRole('button', { name: 'Buat SKP' }).first().click();
      const create = page.getByRole('dialog');
      await expect(create.getByLabel('Kuantitatif')).toBeChecked();
      await create.getByRole('button', { name: 'Buat SKP' }).click();
    }
    await page.waitForURL(/\/skp\/[0-9a-f-]{36}$/);
    skpUrl = new URL(page.url()).pathname;
    await expect(page.getByText(penilai.nama).first()).toBeVisible();

    await page.getByRole('button', { name: /Tambah RHK ke A\. Kinerja Utama/ }).click();
    const form = page.getByRole('dialog');
    const parent = form.getByRole('radio', { name: new RegExp(RUN) });
    await expect(parent).toBeVisible();
    await expect(form.getByText('draf atasan').first()).toBeVisible();
    await expectAccessible(page);
    await parent.check();
    await form.getByText('Cascading tidak langsung').click();
    await form.getByLabel('Rencana Hasil Kerja').fill(RHK_STAFF);
    await form.getByRole('textbox', { name: /^Indikator/ }).fill('Jumlah laporan persuratan');
    await form.getByRole('textbox', { name: /^Target$/ }).fill('4');
    await form.getByRole('textbox', { name: /^Satuan$/ }).fill('dokumen');
    await form.getByRole('button', { name: 'Simpan RHK' }).click();
    await expect(form).toBeHidden();

    const card = page.getByRole('article', { name: new RegExp(`^RHK A\\d+: ${escapeRe(RHK_STAFF)}$`) });
    await expect(card).toBeVisible();
    await expect(card.getByText(RHK_ATASAN)).toBeVisible();
    await expect(card.getByText('draf atasan')).toBeVisible();
    await expect(card.getByText('4 dokumen', { exact: true })).toBeVisible();
    await expectAccessible(page);

    await confirmAction(page, 'Ajukan');
    await expect(page.getByText('Diajukan', { exact: true }).first()).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('heading', { name: `Menunggu persetujuan ${penilai.nama}` })).toBeVisible();
  });

  await test.step('the appraiser sees it waiting on Home, opens it (notification cleared) and returns it', async () => {
    await switchTo(page, penilai, '/');
    await expect(page.getByRole('heading', { name: 'Menunggu Anda sebagai pejabat penilai' })).toBeVisible();
    await page.getByRole('link', { name: `Periksa SKP ${who.nama}` }).click();
    await expect(page).toHaveURL(new RegExp(`${skpUrl}$`));
    // Opened as appraiser: the menu says SKP Bawahan, and the notification about it is read.
    const menu = page.getByRole('navigation', { name: 'Menu utama' });
    await expect(menu.getByRole('link', { name: 'SKP Bawahan' })).toHaveAttribute('aria-current', 'page');
    await expect(menu.getByRole('link', { name: 'SKP Saya' })).not.toHaveAttribute('aria-current', 'page');
    await expect
      .poll(async () => {
        const notes = await json<{ tautan: string; dibacaAt: string | null }[]>(
          await page.request.get(`/api/instansi/${who.instansiId}/notifikasi`),
        );
        return notes.filter((n) => n.tautan === skpUrl && !n.dibacaAt).length;
      })
      .toBe(0);
    await page.goto('/skp/bawahan');
    await expect(page.getByRole('heading', { name: 'SKP Bawahan' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: who.nama }).filter({ hasText: 'Diajukan' });
    await expect(row).toBeVisible();
    await expectAccessible(page);
    await row.getByRole('link', { name: 'Tinjau' }).click();
    await expect(page).toHaveURL(new RegExp(`${skpUrl}$`));
    await page.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Catatan untuk pegawai').fill(CATATAN);
    await dialog.getByLabel(new RegExp(`^RHK \\d+: ${escapeRe(RHK_STAFF)}$`)).fill(CATATAN_RHK);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Dikembalikan', { exact: true }).first()).toBeVisible();
  });

  await test.step('the staff member sees both notes, fixes the target and resubmits', async () => {
    await switchTo(page, staff, '/');
    await expect(page.getByRole('heading', { name: 'SKP dikembalikan — perbaiki' })).toBeVisible();
    await expect(page.getByText(CATATAN)).toBeVisible();
    await page.goto('/skp');
    await page
      .getByRole('link', { name: new RegExp(`SKP ${TAHUN}`) })
      .first()
      .click();
    await expect(page.getByRole('alert').filter({ hasText: CATATAN })).toBeVisible();
    const card = page.getByRole('article', { name: new RegExp(`^RHK A\\d+: ${escapeRe(RHK_STAFF)}$`) });
    await expect(card.getByText(CATATAN_RHK)).toBeVisible();
    await card.getByRole('button', { name: /^Ubah RHK/ }).click();
    const form = page.getByRole('dialog');
    await form.getByRole('textbox', { name: /^Target$/ }).fill('12');
    await form.getByRole('button', { name: 'Simpan RHK' }).click();
    await expect(form).toBeHidden();
    await expect(card.getByText('12 dokumen', { exact: true })).toBeVisible();
    await confirmAction(page, 'Ajukan');
    await expect(page.getByText('Diajukan', { exact: true }).first()).toBeVisible();
  });

  await test.step('the appraiser sees what changed since the return beside the note, and sets it', async () => {
    await switchTo(page, penilai, skpUrl);
    const changes = page.getByRole('region', { name: 'Yang berubah sejak dikembalikan' });
    await expect(changes).toBeVisible();
    await expect(changes.getByText(/12/).first()).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: CATATAN })).toBeVisible();
    // Issue 11 item 7: while reviewing, the appraiser writes an Ekspektasi Khusus Pimpinan and
    // adds to the Lampiran; the owner's side (RHK) stays read-only for them.
    await expect(page.getByRole('button', { name: /Tambah RHK/ })).toHaveCount(0);
    await page.getByLabel('Ekspektasi khusus pimpinan — Akuntabel').fill(EKSPEKTASI);
    await page.getByRole('button', { name: 'Simpan ekspektasi' }).click();
    await expect(page.getByText('Ekspektasi khusus disimpan.')).toBeVisible();
    await page.getByRole('button', { name: 'Tambah butir Dukungan sumber daya' }).click();
    await page.getByLabel('Dukungan sumber daya 1').fill(DUKUNGAN);
    await page.getByRole('button', { name: 'Simpan lampiran' }).click();
    await expect(page.getByText('Lampiran disimpan.')).toBeVisible();
    await expectAccessible(page);
    await confirmAction(page, 'Tetapkan');
    await expect(page.getByText('Ditetapkan', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: /Revisi 1/ })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('the staff member reads the appraiser’s expectation and cannot change it', async () => {
    await switchTo(page, staff, skpUrl);
    const perilaku = page.getByRole('region', { name: 'Perilaku Kerja' });
    await expect(perilaku.getByText(EKSPEKTASI)).toBeVisible();
    await expect(perilaku.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Lampiran SKP' }).getByText(DUKUNGAN)).toBeVisible();
    const notes = await json<{ jenis: string; tautan: string }[]>(
      await page.request.get(`/api/instansi/${who.instansiId}/notifikasi`),
    );
    expect(notes.some((n) => n.jenis === 'SKP_EKSPEKTASI_PENILAI' && n.tautan === skpUrl)).toBe(true);
  });

  await test.step('the PDF downloads and contains the RHK', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh PDF' }).click(),
    ]);
    const file = await download.path();
    const pdf = readFileSync(file);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfHasText(pdf, RHK_STAFF)).toBe(true);
    expect(pdfHasText(pdf, RHK_ATASAN)).toBe(true);
    expect(pdfHasText(pdf, EKSPEKTASI)).toBe(true);
  });
});

test('SKP pages fit a 360 px phone @phone', async ({ page }) => {
  const staff = await demoAccount(page.request, /Pegawai pelaksana/i);
  await loginViaApi(page, staff.username, staff.password);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  // Home: the next step and its button fit the phone.
  await page.goto('/');
  await expect(
    page.getByRole('heading', {
      name: /^(Belum ada SKP|SKP masih draf|SKP dikembalikan|Menunggu persetujuan|SKP sudah ditetapkan)/,
    }),
  ).toBeVisible();
  await expectAccessible(page);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto('/skp');
  await expect(page.getByRole('heading', { name: 'SKP Saya' })).toBeVisible();
  await expectAccessible(page);
  expect(await overflow()).toBeLessThanOrEqual(0);
  const first = page.getByRole('link', { name: new RegExp(`SKP ${TAHUN}`) }).first();
  if (await first.isVisible()) {
    await first.click();
    await expect(page.getByRole('heading', { name: 'Hasil Kerja' })).toBeVisible();
    await expectAccessible(page);
    expect(await overflow()).toBeLessThanOrEqual(0);
  }
});
