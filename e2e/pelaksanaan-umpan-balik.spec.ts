/**
 * Journey of issue 10 items 5, 6 and 8 at phone width (360 px): the appraiser, from the Bawahan
 * screen, comments on an RHK and on a BerAKHLAK value of their staff member's set SKP; the employee
 * opens the notification and replies; the appraiser sees the thread waiting for them. Then the
 * employee asks three colleagues for 360° input: with two answers nothing shows, with the third (all
 * asked have answered) the aggregate does. Demo accounts: the employee is the demo appraiser (their
 * SKP is set in the demo), their appraiser the OPD head; the respondents are the other demo people.
 */
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { type DemoAccount, demoAccount, expectAccessible, loginViaApi, logout } from './helpers.ts';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const RUN = Date.now().toString(36).slice(-5);

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()} answered ${response.status()}: ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

async function as(page: Page, who: DemoAccount) {
  await logout(page);
  await loginViaApi(page, who.username, who.password);
  return json<{ instansi: { id: string }; pegawai: { id: string; nama: string } }>(
    await page.request.get('/api/auth/me'),
  );
}

const noHorizontalScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(362);

test('feedback threads and 360° input at phone width', async ({ page }) => {
  test.setTimeout(180_000);
  const employee = await demoAccount(page.request, /^Pejabat penilai — menilai/);
  const appraiser = await demoAccount(page.request, /^Kepala OPD/);
  const staff = await demoAccount(page.request, /^Pegawai pelaksana/);
  const guru = await demoAccount(page.request, /^Guru/);

  const me = await as(page, employee);
  const iid = me.instansi.id;
  const mine = await json<Array<{ id: string; status: string }>>(
    await page.request.get(`/api/instansi/${iid}/skp/saya`),
  );
  const skp = mine.find((s) => s.status === 'DITETAPKAN');
  expect(skp, 'the demo appraiser has a set SKP').toBeTruthy();
  const skpId = skp?.id as string;

  // ── The appraiser gives feedback in place, from Bawahan ─────────────────────────────────────
  await as(page, appraiser);
  await page.goto('/bawahan');
  const card = page.getByRole('article', { name: me.pegawai.nama });
  await expect(card).toBeVisible();
  await expectAccessible(page, 'Bawahan');
  await card.getByRole('button', { name: 'Beri umpan balik' }).click();
  await card.getByRole('button', { name: /^RHK A1\./ }).click();
  const rhkPanel = card.getByRole('region', { name: /^RHK A1\./ });
  const onRhk = `Progres RHK ini bagus, lampirkan notulennya ya 👍 (${RUN})`;
  await rhkPanel.getByRole('textbox', { name: 'Umpan balik baru: RHK A1' }).fill(onRhk);
  await rhkPanel.getByRole('button', { name: 'Kirim umpan balik' }).click();
  await expect(rhkPanel.getByText(onRhk)).toBeVisible();

  await card.getByRole('button', { name: /^Berorientasi Pelayanan/ }).click();
  const valuePanel = card.getByRole('region', { name: /^Berorientasi Pelayanan/ });
  const onValue = `Responsif melayani pertanyaan warga 🙏 (${RUN})`;
  await valuePanel.getByRole('textbox', { name: /^Umpan balik baru/ }).fill(onValue);
  await valuePanel.getByRole('button', { name: 'Kirim umpan balik' }).click();
  await expect(valuePanel.getByText(onValue)).toBeVisible();
  await expectAccessible(page, 'Bawahan with feedback panels open');
  await noHorizontalScroll(page);

  // ── The employee opens the notification and replies ─────────────────────────────────────────
  await as(page, employee);
  const notifs = await json<Array<{ jenis: string; tautan: string; isi: string }>>(
    await page.request.get(`/api/instansi/${iid}/notifikasi`),
  );
  const link = notifs.find((n) => n.jenis === 'UMPAN_BALIK_BARU' && n.isi.includes('RHK'))?.tautan;
  expect(link, 'the employee is told of the new thread').toMatch(new RegExp(`^/skp/${skpId}\\?utas=`));
  await page.goto(link as string);
  const thread = page.locator(`#utas-${(link as string).split('utas=')[1]}`);
  await expect(thread.getByText(onRhk)).toBeVisible();
  const reply = `Siap, notulennya menyusul Jumat (${RUN})`;
  await thread.getByRole('textbox', { name: /^Balas / }).fill(reply);
  await thread.getByRole('button', { name: 'Kirim balasan' }).click();
  await expect(thread.getByText(reply)).toBeVisible();
  await expectAccessible(page, 'the SKP page with a feedback thread');
  await noHorizontalScroll(page);

  // The appraiser sees a thread waiting for them.
  await as(page, appraiser);
  await page.goto('/bawahan');
  await expect(page.getByRole('article', { name: me.pegawai.nama }).getByText(/^\d+ balasan menunggu$/)).toBeVisible();

  // ── 360° input: the employee asks three people ──────────────────────────────────────────────
  await as(page, employee);
  await page.goto(`/skp/${skpId}`);
  const section = page.getByRole('region', { name: 'Masukan 360°' });
  await section.getByRole('button', { name: 'Minta masukan' }).click();
  // Search by NIP (the demo usernames are NIPs) and add each.
  for (const who of [staff, guru, appraiser]) {
    await section.getByRole('textbox', { name: /^Cari pegawai/ }).fill(who.username);
    await section
      .getByRole('button', { name: /^Tambah / })
      .first()
      .click();
  }
  await expect(section.getByText('3 dipilih')).toBeVisible();
  await section.getByRole('combobox', { name: 'Periode' }).click();
  await page.getByRole('option', { name: 'AKHIR' }).click();
  await section.getByRole('button', { name: 'Kirim permintaan' }).click();
  const request = section.getByRole('article').filter({ hasText: 'AKHIR' });
  await expect(request.getByText(/^Hasil belum tampil/)).toBeVisible();
  await expectAccessible(page, 'the SKP page with a 360° request');

  // Two answers: the staff member through the page, the teacher through the API.
  await as(page, staff);
  await page.goto('/masukan-360');
  const form = page.getByRole('article', { name: `Masukan untuk ${me.pegawai.nama}` }).filter({ hasText: 'AKHIR' });
  await expectAccessible(page, 'Masukan 360°');
  for (const radio of await form.getByRole('radio', { name: /: 4$/ }).all()) await radio.check();
  await form.getByRole('textbox', { name: 'Komentar (opsional)' }).fill(`Selalu siap membantu (${RUN})`);
  await form.getByRole('button', { name: 'Kirim jawaban' }).click();
  await expect(form).toHaveCount(0);
  await noHorizontalScroll(page);

  const skor = (n: number) =>
    Object.fromEntries(
      ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'].map((k) => [
        k,
        n,
      ]),
    );
  const answerViaApi = async (who: DemoAccount, n: number) => {
    await as(page, who);
    const tugas = await json<{ tugas: Array<{ id: string; periodeKode: string | null; pegawaiNama: string }> }>(
      await page.request.get(`/api/instansi/${iid}/masukan360/saya`),
    );
    const t = tugas.tugas.find((x) => x.periodeKode === 'AKHIR' && x.pegawaiNama === me.pegawai.nama);
    expect(t, `${who.label} was asked`).toBeTruthy();
    await json(await page.request.post(`/api/instansi/${iid}/masukan360/${t?.id}/jawab`, { data: { skor: skor(n) } }));
  };
  await answerViaApi(guru, 2);

  await as(page, employee);
  await page.goto(`/skp/${skpId}`);
  await expect(request.getByText(/^Hasil belum tampil/)).toBeVisible();
  await expect(request.getByRole('table')).toHaveCount(0);

  // The third and last answer: everyone asked has answered, so the aggregate shows.
  await answerViaApi(appraiser, 3);
  await as(page, employee);
  await page.goto(`/skp/${skpId}`);
  await expect(request.getByText('3 jawaban')).toBeVisible();
  const table = request.getByRole('table');
  await expect(table.getByRole('row', { name: /^Berorientasi Pelayanan 3 / })).toBeVisible();
  await expect(request.getByText(`“Selalu siap membantu (${RUN})”`)).toBeVisible();
  await expectAccessible(page, 'the SKP page with the 360° aggregate');
});
