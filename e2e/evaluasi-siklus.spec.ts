/**
 * The golden journey of issue 11, through the UI on the desktop: an appraiser rates five
 * subordinates for the annual evaluation, the calibration board shows the violation of the pattern
 * in plain words, a rating is changed there with a reason and the board is finalised with an
 * override and its justification; the appraiser sets the evaluations; one employee logs in, opens
 * "Evaluasi saya", receives theirs and files a keberatan; the appraiser writes an explanation; the
 * atasan pejabat penilai decides (UBAH, with the decision text); the Dokumen Evaluasi PDF offered on
 * the evaluation page contains that text. axe on each page.
 *
 * The unit: a unit penilaian of the demo whose annual board is open (TERBUKA) with a predikat
 * organisasi Baik, already breaking the pattern, every evaluation on it rated (a board with unrated
 * rows cannot be finalised), and an appraiser there with at least five subordinates in DRAFT —
 * one of the OPDs the demo makes "propose against the pattern" (decision 0203). The demo OPD head's
 * own OPD does not qualify: the demo appraiser's team there is deliberately unrated and is only three.
 */
import { expect, type Page, test } from '@playwright/test';
import { pdfHasText } from '../test/pdf-text.ts';
import { demoAccount, expectAccessible, loginViaApi, loginViaUi, logout, replaceOneTimePassword } from './helpers.ts';

const RUN = Date.now().toString(36).slice(-5);
const TAHUN = new Date().getFullYear();
const ALASAN_KALIBRASI = `Kinerja tahun ini sesuai ekspektasi, belum di atasnya (${RUN}).`;
const ALASAN_OVERRIDE = `Unit memang berkinerja tinggi tahun ini; pola tidak dipaksakan (${RUN}).`;
const ALASAN_KEBERATAN = `Seluruh target RHK saya tercapai di atas ekspektasi dengan bukti lengkap (${RUN}).`;
const PENJELASAN = `Kalibrasi menurunkan rating agar unit mendekati pola distribusi (${RUN}).`;
const KEPUTUSAN = `Bukti capaian mendukung rating di atas ekspektasi; keberatan dikabulkan (${RUN}).`;

interface UnitKurva {
  unit: { id: string; nama: string };
  predikatOrganisasi: string | null;
  dinilai: number;
  pelanggaran: unknown[];
  status: Record<string, number>;
  kalibrasi: { status: string } | null;
}
interface BarisPapan {
  pegawaiId: string;
  nama: string;
  penilaiPegawaiId: string | null;
  predikat: string | null;
  status: string;
}
type Cred = { username: string; password: string };

const tanpaGelar = (nama: string) => nama.split(', ')[0];
const escapeRegExp = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Creates an account for a pegawai as the admin would on "Akun pengguna"; null if they have one. */
async function buatAkun(page: Page, iid: string, pegawaiId: string): Promise<Cred | null> {
  const res = await page.request.post(`/api/instansi/${iid}/akun`, { data: { pegawaiId } });
  return res.status() === 201 ? ((await res.json()) as Cred) : null;
}

/**
 * Setup by API, as the admin: finds the unit, the appraiser, their five subordinates and the
 * atasan, and creates the accounts of the three people who have none in the demo (the demo's
 * appraiser account has too few subordinates for this journey). Account creation is not part of
 * this journey (akun.spec.ts walks it), so it is done here without the UI.
 */
async function siapkan(page: Page) {
  const admin = await demoAccount(page.request, /^Admin instansi/);
  await loginViaApi(page, admin.username, admin.password);
  const me = (await (await page.request.get('/api/auth/me')).json()) as { instansi: { id: string } };
  const iid = me.instansi.id;
  const kurva = (await (
    await page.request.get(`/api/instansi/${iid}/evaluasi/monitoring-kurva?tahun=${TAHUN}&periode=AKHIR`)
  ).json()) as { units: UnitKurva[] };
  const calon = kurva.units.filter(
    (u) =>
      u.kalibrasi?.status === 'TERBUKA' &&
      u.predikatOrganisasi === 'BAIK' &&
      u.pelanggaran.length >= 2 &&
      u.dinilai === (u.status.DRAFT ?? 0) &&
      u.dinilai >= 10,
  );
  for (const u of calon) {
    const papan = (await (
      await page.request.get(`/api/instansi/${iid}/kalibrasi/${u.unit.id}/${TAHUN}/AKHIR`)
    ).json()) as { evaluasi: BarisPapan[] };
    const tim = new Map<string, BarisPapan[]>();
    for (const r of papan.evaluasi) {
      if (!r.penilaiPegawaiId || r.status !== 'DRAFT' || !r.predikat) continue;
      tim.set(r.penilaiPegawaiId, [...(tim.get(r.penilaiPegawaiId) ?? []), r]);
    }
    for (const [penilaiId, anggota] of tim) {
      // The atasan pejabat penilai of the team: the appraiser's own appraiser, on the same board.
      const atasanId = papan.evaluasi.find((r) => r.pegawaiId === penilaiId)?.penilaiPegawaiId;
      if (anggota.length < 5 || !atasanId) continue;
      const lima = anggota.slice(0, 5);
      const pegawai = lima[0];
      const akunPenilai = await buatAkun(page, iid, penilaiId);
      if (!akunPenilai) continue;
      const akunAtasan = await buatAkun(page, iid, atasanId);
      const akunPegawai = await buatAkun(page, iid, pegawai.pegawaiId);
      if (!akunAtasan || !akunPegawai) continue;
      await logout(page);
      return {
        unit: u.unit,
        // The appraiser's list names people without their academic titles; the board with them.
        lima: lima.map((r) => tanpaGelar(r.nama)),
        pegawai: pegawai.nama,
        pegawaiTanpaGelar: tanpaGelar(pegawai.nama),
        penilai: await replaceOneTimePassword(page, akunPenilai),
        atasan: await replaceOneTimePassword(page, akunAtasan),
        pegawaiAkun: await replaceOneTimePassword(page, akunPegawai),
        admin,
      };
    }
  }
  throw new Error('no open annual board with an appraiser of five rated subordinates in the demo');
}

async function pilihPeriodeTahunan(page: Page) {
  await page.getByRole('combobox', { name: 'Periode' }).click();
  await page.getByRole('option', { name: 'Tahunan (akhir)' }).click();
}

test('appraise, calibrate, set, receive, object, explain, decide and print the decision', async ({ page }) => {
  test.setTimeout(180_000);
  const s = await siapkan(page);

  // 1. The appraiser rates five subordinates "above expectations" on both dimensions.
  await loginViaApi(page, s.penilai.username, s.penilai.password);
  await page.goto('/penilaian');
  await expect(page.getByRole('heading', { name: 'Penilaian kinerja bawahan' })).toBeVisible();
  await pilihPeriodeTahunan(page);
  let first = true;
  for (const nama of s.lima) {
    await page
      .getByRole('article', { name: nama })
      .getByRole('link', { name: /^(Nilai|Lihat) / })
      .click();
    await expect(page).toHaveURL(/\/evaluasi\/[0-9a-f-]{36}\/AKHIR$/);
    const marks = page.getByRole('radiogroup', { name: 'Penilaian RHK ini' });
    await expect(marks.first()).toBeVisible();
    for (let i = 0, n = await marks.count(); i < n; i++) await marks.nth(i).getByText('Di atas ekspektasi').click();
    await page.getByRole('radiogroup', { name: 'Rating hasil kerja' }).getByText('Di atas ekspektasi').click();
    await page.getByRole('radiogroup', { name: 'Rating perilaku kerja' }).getByText('Di atas ekspektasi').click();
    await expect(page.getByText('Pratinjau predikat: Sangat Baik')).toBeVisible();
    if (first) await expectAccessible(page, 'the appraisal form');
    first = false;
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await expect(page.getByText('Draf penilaian tersimpan.').last()).toBeVisible();
    // Back to the list, still on the annual period.
    await page.getByRole('main').getByRole('link', { name: 'Penilaian', exact: true }).click();
    await expect(page.getByRole('article', { name: nama }).getByText('Sangat Baik', { exact: true })).toBeVisible();
  }
  await expectAccessible(page, 'Penilaian');
  await logout(page);

  // 2. The admin opens the unit's calibration board: the violation in plain words; one rating is
  // lowered with a reason; the board is finalised with an override and its justification.
  await loginViaApi(page, s.admin.username, s.admin.password);
  await page.goto(`/kalibrasi?unit=${s.unit.id}&tahun=${TAHUN}&periode=AKHIR`);
  await expect(page.getByRole('heading', { name: 'Kalibrasi predikat kinerja' })).toBeVisible();
  const pelanggaran = page.getByRole('alert').filter({ hasText: /melanggar \d+ aturan pola/ });
  await expect(pelanggaran).toContainText(/Pindahkan \d+ orang dari Sangat Baik ke/);
  await expectAccessible(page, 'the calibration board');
  await page.getByRole('button', { name: `Ubah: ${s.pegawai}` }).click();
  const ubah = page.getByRole('dialog', { name: `Ubah rating — ${s.pegawai}` });
  await ubah.getByRole('combobox', { name: 'Rating hasil kerja' }).click();
  await page.getByRole('option', { name: 'Sesuai ekspektasi' }).click();
  await ubah.getByRole('combobox', { name: 'Rating perilaku kerja' }).click();
  await page.getByRole('option', { name: 'Sesuai ekspektasi' }).click();
  await expect(ubah.getByText('Predikat menurut kuadran: Baik')).toBeVisible();
  await ubah.getByRole('textbox', { name: 'Alasan perubahan' }).fill(ALASAN_KALIBRASI);
  await expectAccessible(page, 'the change dialog');
  await ubah.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(ubah).toBeHidden();
  await expect(page.getByText(ALASAN_KALIBRASI, { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Finalkan kalibrasi' }).click();
  const final = page.getByRole('dialog', { name: 'Finalkan kalibrasi' });
  await final.getByRole('checkbox', { name: /Finalkan dengan override/ }).check();
  await final.getByRole('textbox', { name: 'Alasan tertulis override' }).fill(ALASAN_OVERRIDE);
  await final.getByRole('button', { name: 'Finalkan dengan override' }).click();
  await expect(page.getByText('Kalibrasi final', { exact: true })).toBeVisible();
  await expect(page.getByText(ALASAN_OVERRIDE)).toBeVisible();
  await logout(page);

  // 3. The appraiser sets the five evaluations.
  await loginViaApi(page, s.penilai.username, s.penilai.password);
  await page.goto('/penilaian');
  await pilihPeriodeTahunan(page);
  for (const nama of s.lima) {
    await page
      .getByRole('article', { name: nama })
      .getByRole('link', { name: /^(Nilai|Lihat) / })
      .click();
    await page.getByRole('button', { name: 'Tetapkan evaluasi' }).click();
    await expect(page.getByText(/^Tetapkan dan tandatangani evaluasi ini\?/)).toBeVisible();
    await page.getByRole('button', { name: 'Tetapkan evaluasi' }).click();
    await expect(page.getByText('Evaluasi ditetapkan.').last()).toBeVisible();
    // Back to the list, still on the annual period.
    await page.getByRole('main').getByRole('link', { name: 'Penilaian', exact: true }).click();
    await expect(page.getByRole('article', { name: nama }).getByText('Ditetapkan', { exact: true })).toBeVisible();
  }
  await logout(page);

  // 4. The employee logs in, receives the evaluation and files a keberatan from it.
  await loginViaUi(page, s.pegawaiAkun.username, s.pegawaiAkun.password);
  await page.getByRole('link', { name: 'Evaluasi saya' }).first().click();
  const kartu = page.getByRole('article', { name: `Tahunan ${TAHUN}` });
  await expect(kartu).toBeVisible();
  await expectAccessible(page, 'Evaluasi saya');
  await kartu.getByRole('link', { name: 'Buka' }).click();
  await page.getByRole('button', { name: 'Saya telah menerima hasil evaluasi ini' }).click();
  await expect(page.getByText(/Penerimaan tercatat\. Masa keberatan berakhir/).last()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dokumen Evaluasi Kinerja Pegawai (PDF)' })).toBeVisible();
  await expectAccessible(page, 'the received evaluation');
  await page.getByRole('link', { name: 'Ajukan keberatan' }).click();
  await expect(page).toHaveURL(/\/keberatan\/evaluasi\/[0-9a-f-]{36}$/);
  await page.getByRole('textbox', { name: 'Alasan keberatan' }).fill(ALASAN_KEBERATAN);
  await expectAccessible(page, 'the keberatan form');
  await page.getByRole('button', { name: 'Kirim keberatan' }).click();
  await expect(page).toHaveURL(/\/keberatan\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('paragraph').filter({ hasText: ALASAN_KEBERATAN })).toBeVisible();
  const kasus = page.url();
  await logout(page);

  // 5. The appraiser finds it in the keberatan inbox and writes the explanation.
  await loginViaApi(page, s.penilai.username, s.penilai.password);
  await page.goto('/keberatan/masuk');
  await page
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(s.pegawaiTanpaGelar)}.* · Tahunan`) })
    .first()
    .click();
  await expect(page).toHaveURL(kasus);
  await page.getByRole('textbox', { name: 'Penjelasan' }).fill(PENJELASAN);
  await page.getByRole('button', { name: 'Simpan penjelasan' }).click();
  await expect(page.getByRole('paragraph').filter({ hasText: PENJELASAN })).toBeVisible();
  await logout(page);

  // 6. The atasan pejabat penilai decides: UBAH, back to "above expectations", with the reason.
  await loginViaApi(page, s.atasan.username, s.atasan.password);
  await page.goto('/keberatan/masuk');
  await expectAccessible(page, 'Kotak keberatan');
  await page
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(s.pegawaiTanpaGelar)}.* · Tahunan`) })
    .first()
    .click();
  await expect(page).toHaveURL(kasus);
  await expect(page.getByRole('paragraph').filter({ hasText: PENJELASAN })).toBeVisible();
  await page.getByRole('radio', { name: /^Ubah/ }).check();
  await page.getByRole('combobox', { name: 'Rating hasil kerja' }).click();
  await page.getByRole('option', { name: 'Di atas ekspektasi' }).click();
  await page.getByRole('combobox', { name: 'Rating perilaku kerja' }).click();
  await page.getByRole('option', { name: 'Di atas ekspektasi' }).click();
  await expect(page.getByText('Predikat menjadi: Sangat Baik')).toBeVisible();
  await page.getByRole('textbox', { name: 'Alasan keputusan' }).fill(KEPUTUSAN);
  await expectAccessible(page, 'the decision form');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Tetapkan keputusan (final)' }).click();
  await expect(page.getByText(/^Diputuskan .* oleh /)).toBeVisible();
  await expect(page.getByRole('paragraph').filter({ hasText: KEPUTUSAN })).toBeVisible();
  await logout(page);

  // 7. The employee opens the evaluation again: final, and its Dokumen Evaluasi holds the decision.
  await loginViaApi(page, s.pegawaiAkun.username, s.pegawaiAkun.password);
  await page.goto('/evaluasi-saya');
  await page
    .getByRole('article', { name: `Tahunan ${TAHUN}` })
    .getByRole('link', { name: 'Buka' })
    .click();
  const dokumen = page.getByRole('link', { name: 'Dokumen Evaluasi Kinerja Pegawai (PDF)' });
  await expect(dokumen).toBeVisible();
  const pdf = await page.request.get((await dokumen.getAttribute('href')) as string);
  expect(pdf.ok()).toBeTruthy();
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect(pdfHasText(await pdf.body(), KEPUTUSAN)).toBe(true);
});
