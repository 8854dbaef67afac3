/**
 * The public simulation API through `app.inject()`. No database: the rules endpoints never touch
 * it and the requests carry no session cookie, so the app is built on a stub.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { buildApp } from '../../http/app.ts';
import { RULES_RATE_LIMIT } from './index.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({} as Database);
});
afterAll(async () => {
  await app.close();
});

async function post(url: string, payload: object) {
  const res = await app.inject({ method: 'POST', url, payload });
  return { status: res.statusCode, body: res.json() };
}

describe('POST /api/rules/predikat', () => {
  it.each([
    ['DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK'],
    ['DI_ATAS', 'SESUAI', 'BAIK'],
    ['DI_ATAS', 'DI_BAWAH', 'KURANG'],
    ['SESUAI', 'DI_ATAS', 'BAIK'],
    ['SESUAI', 'SESUAI', 'BAIK'],
    ['SESUAI', 'DI_BAWAH', 'KURANG'],
    ['DI_BAWAH', 'DI_ATAS', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG'],
  ])(
    'answers hasil kerja %s and perilaku %s with %s, without a login',
    async (ratingHasilKerja, ratingPerilaku, predikat) => {
      const { status, body } = await post('/api/rules/predikat', { ratingHasilKerja, ratingPerilaku });
      expect(status).toBe(200);
      expect(body).toMatchObject({
        predikat,
        ruleSetId: 'permenpanrb-6-2022',
        citation: { regulation: 'PermenPANRB 6/2022' },
      });
      expect(body.explanation.id.length).toBeGreaterThan(10);
    },
  );

  it('accepts the date of a period rated by the quadrant and refuses one rated numerically', async () => {
    expect(
      (
        await post('/api/rules/predikat', {
          ratingHasilKerja: 'SESUAI',
          ratingPerilaku: 'SESUAI',
          tanggal: '2024-12-31',
        })
      ).status,
    ).toBe(200);
    const legacy = await post('/api/rules/predikat', {
      ratingHasilKerja: 'SESUAI',
      ratingPerilaku: 'SESUAI',
      tanggal: '2021-06-30',
    });
    expect(legacy.status).toBe(400);
    expect(legacy.body.error.details[0]).toMatchObject({ field: 'body.tanggal', code: 'RULES.NOT_APPLICABLE' });
    const none = await post('/api/rules/predikat', {
      ratingHasilKerja: 'SESUAI',
      ratingPerilaku: 'SESUAI',
      tanggal: '2010-01-01',
    });
    expect(none.body.error.details[0]).toMatchObject({ code: 'RULES.NO_RULE_SET' });
  });

  it('lists each invalid field in the error shape', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/rules/predikat?lang=en',
      payload: { ratingHasilKerja: 'BAGUS' },
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION.FAILED');
    expect(error.message).toBe('The request data is not valid.');
    expect(error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'body.ratingHasilKerja',
      'body.ratingPerilaku',
    ]);
  });
});

describe('POST /api/rules/distribusi', () => {
  it('finds a Baik unit with 8 of 10 Baik and no Butuh Perbaikan or Kurang in breach of two rules', async () => {
    const { status, body } = await post('/api/rules/distribusi', {
      predikatOrganisasi: 'BAIK',
      jumlah: { SANGAT_BAIK: 2, BAIK: 8, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 },
    });
    expect(status).toBe(200);
    expect(body.sesuai).toBe(false);
    expect(body.pelanggaran.map((p: { aturan: string }) => p.aturan)).toEqual([
      'BAIK.BAIK_SEBAGIAN_BESAR',
      'BAIK.ADA_BUTUH_PERBAIKAN_ATAU_KURANG',
    ]);
    expect(body.pelanggaran[0]).toMatchObject({ jumlah: 8, batas: 7, n: 10 });
    expect(body.pelanggaran[0].message.en).toContain('8 of 10');
    // "Sebagian besar (maksimal 70%)" is binding by default (decision 0102): more than half and ≤ 70%.
    expect(body.rentang.BAIK).toEqual({ min: 6, max: 7 });
    expect(body.pengaturan.sebagianBesar).toBe('MAJORITY');
    expect(body.rentang.SANGAT_BAIK).toEqual({ min: 0, max: 10 });
  });

  it('fails a Baik unit where most employees are Sangat Baik by default, and passes it under ADVISORY with a warning', async () => {
    const jumlah = { SANGAT_BAIK: 5, BAIK: 4, BUTUH_PERBAIKAN: 1, KURANG: 0, SANGAT_KURANG: 0 };
    const strict = await post('/api/rules/distribusi', { predikatOrganisasi: 'BAIK', jumlah });
    expect(strict.body.sesuai).toBe(false);
    expect(strict.body.pelanggaran.map((p: { aturan: string }) => p.aturan)).toEqual([
      'BAIK.BAIK_SEBAGIAN_BESAR.MAYORITAS',
    ]);
    const lenient = await post('/api/rules/distribusi', {
      predikatOrganisasi: 'BAIK',
      jumlah,
      sebagianBesar: 'ADVISORY',
    });
    expect(lenient.body.sesuai).toBe(true);
    expect(lenient.body.peringatan[0].code).toBe('DISTRIBUSI.BUKAN_TERBANYAK');
  });

  it('accepts a compliant Kurang unit and fills missing predikat with zero', async () => {
    const { body } = await post('/api/rules/distribusi', {
      predikatOrganisasi: 'KURANG',
      jumlah: { KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 },
    });
    expect(body).toMatchObject({ sesuai: true, n: 10, pelanggaran: [] });
    expect(body.rentang).toMatchObject({
      KURANG: { min: 6, max: 10 },
      BUTUH_PERBAIKAN: { min: 1, max: 10 },
      SANGAT_BAIK: { min: 0, max: 1 },
    });
  });

  it('applies the rounding the caller chooses', async () => {
    const strict = await post('/api/rules/distribusi', { predikatOrganisasi: 'ISTIMEWA', jumlah: { SANGAT_BAIK: 1 } });
    expect(strict.body.sesuai).toBe(false);
    const lenient = await post('/api/rules/distribusi', {
      predikatOrganisasi: 'ISTIMEWA',
      jumlah: { SANGAT_BAIK: 1 },
      pembulatan: 'FLOOR_MIN_CEIL_MAX',
    });
    expect(lenient.body.sesuai).toBe(true);
  });

  it('refuses unknown predikat names and negative counts', async () => {
    expect((await post('/api/rules/distribusi', { predikatOrganisasi: 'BAIK', jumlah: { CUKUP: 1 } })).status).toBe(
      400,
    );
    expect((await post('/api/rules/distribusi', { predikatOrganisasi: 'BAIK', jumlah: { BAIK: -1 } })).status).toBe(
      400,
    );
  });
});

describe('POST /api/rules/distribusi/kalkulator', () => {
  it('gives the allowed range per predikat for a headcount', async () => {
    const { status, body } = await post('/api/rules/distribusi/kalkulator', {
      predikatOrganisasi: 'SANGAT_KURANG',
      n: 20,
    });
    expect(status).toBe(200);
    expect(body.rentang.SANGAT_KURANG).toEqual({ min: 12, max: 20 });
    expect(body.rentang.SANGAT_BAIK).toEqual({ min: 0, max: 0 });
    expect(body.batasan.find((b: { kelompok: boolean }) => b.kelompok)).toMatchObject({
      predikat: ['KURANG', 'BUTUH_PERBAIKAN'],
      jumlah: 2,
    });
  });
});

describe('POST /api/rules/angka-kredit', () => {
  it('converts Ahli Pertama, Baik, 2 months to 2.0833 (2.083 for display)', async () => {
    const { status, body } = await post('/api/rules/angka-kredit', {
      jenjang: 'AHLI_PERTAMA',
      predikat: 'BAIK',
      bulan: 2,
    });
    expect(status).toBe(200);
    expect(body.angkaKredit).toBeCloseTo(2.0833, 4);
    expect(body.angkaKreditDibulatkan).toBe(2.083);
    expect(body.progres).toBeNull();
  });

  it('converts a full year when no months are given, and reports progress when asked', async () => {
    const { body } = await post('/api/rules/angka-kredit', {
      jenjang: 'AHLI_PERTAMA',
      predikat: 'SANGAT_BAIK',
      golongan: 'III/a',
      kumulatifSebelumnya: 40,
    });
    expect(body.angkaKredit).toBe(18.75);
    expect(body.progres.kenaikanPangkat).toMatchObject({ target: 50, tercapai: true });
    expect(body.progres.kenaikanJenjang).toMatchObject({ target: 100, kekurangan: 41.25 });
  });

  it('refuses 13 months and a golongan outside the jenjang', async () => {
    expect((await post('/api/rules/angka-kredit', { jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 13 })).status).toBe(
      400,
    );
    const wrong = await post('/api/rules/angka-kredit', {
      jenjang: 'AHLI_MUDA',
      predikat: 'BAIK',
      golongan: 'II/a',
      kumulatifSebelumnya: 0,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0]).toMatchObject({ field: 'body.golongan', code: 'RULES.INVALID_INPUT' });
  });
});

describe('POST /api/rules/kotak-talenta', () => {
  it.each([
    ['DI_ATAS', 'TINGGI', 9],
    ['SESUAI', 'TINGGI', 8],
    ['DI_ATAS', 'MENENGAH', 7],
    ['DI_BAWAH', 'TINGGI', 6],
    ['SESUAI', 'MENENGAH', 5],
    ['DI_ATAS', 'RENDAH', 4],
    ['DI_BAWAH', 'MENENGAH', 3],
    ['SESUAI', 'RENDAH', 2],
    ['DI_BAWAH', 'RENDAH', 1],
  ])('places kinerja %s with potensi %s in box %i', async (kinerja, potensi, kotak) => {
    const { body } = await post('/api/rules/kotak-talenta', { kinerja, potensi });
    expect(body.kotak).toBe(kotak);
    expect(body.isSuksesi).toBe(kotak >= 7);
    expect(body.rekomendasi.length).toBeGreaterThan(0);
  });

  it('accepts a predikat for the performance axis', async () => {
    const { body } = await post('/api/rules/kotak-talenta', { kinerja: 'SANGAT_BAIK', potensi: 'TINGGI' });
    expect(body).toMatchObject({
      kotak: 9,
      kinerja: 'DI_ATAS',
      predikat: 'SANGAT_BAIK',
      label: 'Kinerja di atas ekspektasi dan potensial tinggi',
    });
    expect(body.rekomendasi).toEqual([
      'Dipromosikan dan dipertahankan',
      'Masuk Kelompok Rencana Suksesi Instansi/Nasional',
      'Penghargaan',
    ]);
    expect(body.labelEn).toBe('Performance above expectations, high potential');
    expect(body.rekomendasiEn).toContain('Award');
  });
});

describe('POST /api/rules/tukin', () => {
  it('computes a preset line by line', async () => {
    const { status, body } = await post('/api/rules/tukin', {
      presetId: 'permen-klh-bplh-6-2025',
      baseAmount: 10_000_000,
      missingReport: true,
    });
    expect(status).toBe(200);
    expect(body.amount).toBe(6_500_000);
    expect(body.lines.reduce((s: number, l: { amount: number }) => s + l.amount, 0)).toBe(6_500_000);
  });

  it('computes a custom policy', async () => {
    const policy = {
      id: 'perkada-contoh',
      nama: { id: 'Contoh', en: 'Example' },
      periodisitas: 'BULANAN',
      komponen: [
        {
          kode: 'KINERJA',
          label: { id: 'Kinerja', en: 'Performance' },
          bobotPersen: 100,
          dasar: 'PREDIKAT',
          persenDibayar: { SANGAT_BAIK: 100, BAIK: 100, BUTUH_PERBAIKAN: 80, KURANG: 60, SANGAT_KURANG: 40 },
        },
      ],
      sumber: [{ regulation: 'Perkada Contoh 1/2025', article: 'Pasal 5' }],
      keyakinan: 'CONFIRMED',
    };
    const { body } = await post('/api/rules/tukin', { policy, baseAmount: 5_000_000, predikat: 'KURANG' });
    expect(body).toMatchObject({ policyId: 'perkada-contoh', amount: 3_000_000 });
  });

  it('refuses an unknown preset, both or neither of preset and policy, and a missing predikat', async () => {
    expect((await post('/api/rules/tukin', { presetId: 'tidak-ada', baseAmount: 1 })).body.error.details[0].code).toBe(
      'RULES.UNKNOWN_POLICY',
    );
    expect((await post('/api/rules/tukin', { baseAmount: 1 })).status).toBe(400);
    const missing = await post('/api/rules/tukin', { presetId: 'permen-lhk-6-2024', baseAmount: 1_000 });
    expect(missing.body.error.details[0]).toMatchObject({ field: 'body.predikat', code: 'RULES.INVALID_INPUT' });
  });
});

describe('POST /api/rules/tenggat-keberatan', () => {
  it('gives 14 calendar days by default and judges a lodged objection', async () => {
    const { body } = await post('/api/rules/tenggat-keberatan', { tanggalDiterima: '2024-04-05' });
    expect(body).toMatchObject({ batas: '2024-04-19', jenisHari: 'CALENDAR', tepatWaktu: null });
    const late = await post('/api/rules/tenggat-keberatan', {
      tanggalDiterima: '2024-04-05',
      tanggalKeberatan: '2024-04-22',
    });
    expect(late.body.tepatWaktu).toBe(false);
  });

  it('counts working days with holidays', async () => {
    const { body } = await post('/api/rules/tenggat-keberatan', {
      tanggalDiterima: '2024-04-05',
      jenisHari: 'WORKING',
      hariLibur: ['2024-04-10', '2024-04-11'],
    });
    expect(body.batas).toBe('2024-04-29');
  });

  it('refuses an objection dated before receipt and an impossible date', async () => {
    const early = await post('/api/rules/tenggat-keberatan', {
      tanggalDiterima: '2024-04-05',
      tanggalKeberatan: '2024-04-01',
    });
    expect(early.body.error.details[0].field).toBe('body.tanggalKeberatan');
    expect((await post('/api/rules/tenggat-keberatan', { tanggalDiterima: '2024-02-30' })).status).toBe(400);
  });
});

describe('POST /api/rules/kelayakan', () => {
  it('names the year that fails', async () => {
    const { body } = await post('/api/rules/kelayakan', {
      predikatPerTahun: { '2023': 'BAIK', '2024': 'BUTUH_PERBAIKAN' },
      tahun: 2024,
    });
    expect(body).toMatchObject({ memenuhi: false, tahunGagal: [2024] });
    const ok = await post('/api/rules/kelayakan', {
      predikatPerTahun: { '2023': 'SANGAT_BAIK', '2024': 'BAIK' },
      tahun: 2024,
    });
    expect(ok.body.memenuhi).toBe(true);
  });
});

describe('GET /api/rules', () => {
  it('lists the rule sets with their sources and the tukin presets', async () => {
    const res = await app.inject({ url: '/api/rules' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ruleSets.map((r: { id: string }) => r.id)).toContain('se-menpanrb-3-2023');
    for (const r of body.ruleSets) expect(r.sumber.length).toBeGreaterThan(0);
    expect(body.berlaku).toBeNull();
    expect(body.tukinPresets.map((p: { id: string }) => p.id)).toContain('tpp-kepmendagri-900-4700-2020');
  });

  it('says which rule set governs each topic on a date', async () => {
    const body = (await app.inject({ url: '/api/rules?tanggal=2022-06-30' })).json();
    expect(body.berlaku).toEqual({
      tanggal: '2022-06-30',
      topik: {
        PREDIKAT: 'permenpanrb-6-2022',
        DISTRIBUSI: null,
        ANGKA_KREDIT: null,
        TALENTA: 'permenpanrb-3-2020',
        PERILAKU: 'se-menpanrb-20-2021',
      },
    });
  });
});

describe('rate limiting', () => {
  it('answers 429 in the error shape once a client exceeds the limit on a route', async () => {
    const remoteAddress = '203.0.113.9';
    let last = 0;
    for (let i = 0; i <= RULES_RATE_LIMIT; i++) {
      last = (await app.inject({ url: '/api/rules', remoteAddress })).statusCode;
    }
    expect(last).toBe(429);
    const res = await app.inject({ url: '/api/rules', remoteAddress });
    expect(res.json().error.code).toBe('RATE_LIMITED');
    expect((await app.inject({ url: '/api/rules', remoteAddress: '203.0.113.10' })).statusCode).toBe(200);
  });
});
