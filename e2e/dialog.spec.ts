/**
 * Journey of issue 10 item 7 on a 360 px phone: the head of an OPD (a demo account) sees which of
 * the people they appraise have had no dialog this period, schedules one with their appraisee (the
 * demo "Pejabat penilai" account), records it — judging the development items of the previous
 * dialog, agreeing a new one and a follow-up date — confirms it; the appraisee finds it under
 * "Dialog saya", confirms, and the record is locked. axe on every page.
 */
import { expect, type Page, test } from '@playwright/test';
import { demoAccount, expectAccessible, loginViaApi, logout } from './helpers.ts';

const RUN = Date.now().toString(36).slice(-5);
const KOMPETENSI = `Penyusunan kebijakan teknis (${RUN})`;

/** 'YYYY-MM-DDTHH:mm' of a local time `hours` from now, for a datetime-local input. */
function localInput(hours: number): string {
  const d = new Date(Date.now() + hours * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function isoDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function pickOption(page: Page, combobox: ReturnType<Page['getByRole']>, option: string) {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('an appraiser schedules and records a dialog with a development item; the employee confirms @phone', async ({
  page,
}) => {
  const head = await demoAccount(page.request, /^Kepala OPD — atasan pejabat penilai/);
  const appraisee = await demoAccount(page.request, /^Pejabat penilai — menilai/);
  await loginViaApi(page, appraisee.username, appraisee.password);
  const me = (await (await page.request.get('/api/auth/me')).json()) as { pegawai: { nama: string } };
  await logout(page);
  const nama = me.pegawai.nama;

  // The head's list of appraisees for the current period.
  await loginViaApi(page, head.username, head.password);
  await page.goto('/dialog/bawahan');
  await expect(page.getByRole('heading', { name: 'Dialog kinerja bawahan' })).toBeVisible();
  await expect(page.getByText(/bawahan belum berdialog pada periode ini/)).toBeVisible();
  await expectAccessible(page, 'Dialog bawahan');

  // Schedule: earlier today, so the record can be closed in the same journey.
  await page.getByRole('button', { name: `Jadwalkan dialog dengan ${nama}` }).click();
  const modal = page.getByRole('dialog');
  await pickOption(page, modal.getByRole('combobox', { name: 'Jenis' }), 'Dialog kinerja');
  await modal.getByLabel('Waktu').fill(localInput(-2));
  await modal.getByLabel('Tempat atau tautan rapat daring').fill('Ruang rapat kepala dinas');
  await expectAccessible(page, 'the schedule form');
  await modal.getByRole('button', { name: 'Simpan jadwal' }).click();
  await expect(page).toHaveURL(/\/dialog\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  // The proposed agenda ends with career aspirations.
  await expect(page.getByRole('combobox', { name: 'Topik' }).last()).toHaveValue('Aspirasi karier');
  await expect(page.getByRole('link', { name: 'Undangan kalender (.ics)' })).toBeVisible();
  await expectAccessible(page, 'the dialog record');

  // Judge the previous dialog's development items (the demo gave the appraisee some).
  const hasil = page.getByRole('combobox', { name: 'Hasil' });
  const n = await hasil.count();
  for (let i = 0; i < n; i++) {
    await pickOption(page, hasil.nth(i), i === 0 ? 'Tidak tercapai' : 'Tercapai');
    await page.getByRole('textbox', { name: 'Penjelasan' }).nth(i).fill('Dibahas dalam dialog.');
  }
  await page.getByRole('textbox', { name: 'Hasil kerja' }).fill('Capaian triwulan sesuai rencana.');
  await page.getByRole('textbox', { name: 'Aspirasi karier jangka pendek' }).fill('Mengikuti pelatihan kepemimpinan');
  await page.getByRole('button', { name: 'Tambah rencana pengembangan' }).click();
  await page.getByRole('textbox', { name: 'Kompetensi' }).last().fill(KOMPETENSI);
  await pickOption(page, page.getByRole('combobox', { name: 'Metode' }).last(), 'Pelatihan');
  await page.getByLabel('Target waktu').last().fill(isoDate(60));
  await page.getByLabel('Tanggal tindak lanjut yang disepakati').fill(isoDate(30));
  await page.getByRole('button', { name: 'Simpan dan selesaikan' }).click();
  await expect(page.getByText('Selesai', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Konfirmasi catatan' }).click();
  await expect(page.getByText('Pejabat penilai: sudah mengonfirmasi')).toBeVisible();
  const url = page.url();
  await logout(page);

  // The appraisee finds it under "Dialog saya" with the new development item, and confirms.
  await loginViaApi(page, appraisee.username, appraisee.password);
  await page.goto('/dialog');
  await expect(page.getByRole('heading', { name: 'Dialog kinerja saya' })).toBeVisible();
  await expect(page.getByText(KOMPETENSI)).toBeVisible();
  await expectAccessible(page, 'Dialog saya');
  await page.goto(url);
  await expect(page.getByText(KOMPETENSI)).toBeVisible();
  await expectAccessible(page, "the employee's view of the record");
  await page.getByRole('button', { name: 'Konfirmasi catatan' }).click();
  await expect(page.getByText('Catatan ini sudah dikonfirmasi kedua pihak dan tidak dapat diubah.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Konfirmasi catatan' })).toHaveCount(0);
  // Nothing overflows the 360 px screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
