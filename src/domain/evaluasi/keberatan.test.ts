import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.ts';
import { predikatFromRatings } from '../predikat.ts';
import { RATINGS, type Rating } from '../types.ts';
import {
  aksiTersedia,
  batasKeberatan,
  hariIniDi,
  KEPADA_PIMPINAN,
  type Pengajuan,
  periksaPengajuan,
  putuskan,
  type RatingPasangan,
  STATUS_KEBERATAN,
  setelahPenjelasan,
  sisaHari,
  statusEfektifEvaluasi,
  tentukanTujuan,
} from './keberatan.ts';
import {
  AKSI_KEBERATAN,
  aksiKeberatanBoleh,
  bolehKeberatan,
  PERAN_KEBERATAN,
  type PeranKeberatan,
} from './keberatan-akses.ts';

const ATASAN = { kind: 'PEGAWAI' as const, pegawaiId: 'atasan-1', nama: 'Siti Aminah' };
const PENILAI = { kind: 'PEGAWAI' as const, pegawaiId: 'penilai-1', nama: 'Agus Wijaya' };
const BUPATI = { kind: 'PIMPINAN_INSTANSI' as const, jabatan: 'Bupati Contoh', nama: null };
const okTujuan = tentukanTujuan(PENILAI, ATASAN, '2026-04-19');

function base(over: Partial<Pengajuan> = {}): Pengajuan {
  return {
    statusEvaluasi: 'DITERIMA',
    batas: '2026-04-19',
    hariIni: '2026-04-10',
    sudahAda: null,
    tujuan: okTujuan,
    kepada: 'atasan-1',
    ...over,
  };
}

describe('keberatan filing (PP 30/2019 Pasal 59)', () => {
  const rows: Array<[string, Partial<Pengajuan>, string | null]> = [
    ['on time, right addressee', {}, null],
    ['on the last day itself', { hariIni: '2026-04-19' }, null],
    ['one day late', { hariIni: '2026-04-20' }, 'KEBERATAN.LATE'],
    ['persisted FINAL', { statusEvaluasi: 'FINAL' }, 'KEBERATAN.LATE'],
    ['duplicate', { sudahAda: { status: 'DIAJUKAN', diajukan: '2026-04-09' } }, 'KEBERATAN.DUPLICATE'],
    [
      'duplicate after the decision',
      { statusEvaluasi: 'FINAL', sudahAda: { status: 'DIPUTUSKAN', diajukan: '2026-04-09' } },
      'KEBERATAN.DUPLICATE',
    ],
    ['evaluation already in KEBERATAN', { statusEvaluasi: 'KEBERATAN' }, 'KEBERATAN.DUPLICATE'],
    ['not received yet', { statusEvaluasi: 'DITETAPKAN', batas: null }, 'KEBERATAN.NOT_RECEIVED'],
    ['still a draft', { statusEvaluasi: 'DRAFT', batas: null }, 'KEBERATAN.NOT_RECEIVED'],
    ['to the appraiser instead of the atasan', { kepada: 'penilai-1' }, 'KEBERATAN.WRONG_ADDRESSEE'],
    ['to the regional head instead', { kepada: KEPADA_PIMPINAN }, 'KEBERATAN.WRONG_ADDRESSEE'],
    ['addressee not given yet (the form asks first)', { kepada: null }, null],
    ['no atasan in the tree', { tujuan: tentukanTujuan(PENILAI, null, '2026-04-19') }, 'KEBERATAN.NO_ATASAN'],
    ['appraiser is the regional head', { tujuan: tentukanTujuan(BUPATI, null, '2026-04-19') }, 'KEBERATAN.NO_ATASAN'],
  ];
  it.each(rows)('%s', (_name, over, code) => {
    const r = periksaPengajuan(base(over));
    if (code === null) expect(r).toMatchObject({ ok: true });
    else expect(r).toMatchObject({ ok: false, code });
  });

  it('names the deadline when late, and the right addressee when wrongly addressed', () => {
    const late = periksaPengajuan(base({ hariIni: '2026-04-25' }));
    expect(late.ok).toBe(false);
    if (!late.ok) {
      expect(late.message.id).toContain('2026-04-19');
      expect(late.message.en).toContain('2026-04-19');
    }
    const wrong = periksaPengajuan(base({ kepada: 'penilai-1' }));
    if (!wrong.ok) expect(wrong.message.id).toContain('Siti Aminah');
    const noAtasan = periksaPengajuan(base({ tujuan: tentukanTujuan(PENILAI, null, '2026-04-19') }));
    if (!noAtasan.ok) expect(noAtasan.message.id).toContain('2026-04-19');
    const bupati = periksaPengajuan(base({ tujuan: tentukanTujuan(BUPATI, null, null) }));
    if (!bupati.ok) expect(bupati.message.id).toContain('Bupati Contoh');
  });

  it.each([
    ['the regional head without a name', BUPATI, 'Bupati Contoh.'],
    ['the regional head, named', { ...BUPATI, nama: 'Budi Santoso' }, 'Bupati Contoh (Budi Santoso).'],
    ['a pegawai', ATASAN, 'Siti Aminah.'],
  ] as const)('names the right addressee when it is %s', (_name, atasan, nama) => {
    const r = periksaPengajuan(base({ tujuan: tentukanTujuan(PENILAI, atasan, '2026-04-19'), kepada: 'someone-else' }));
    expect(r).toMatchObject({ ok: false, code: 'KEBERATAN.WRONG_ADDRESSEE' });
    if (!r.ok) {
      expect(r.message.id.endsWith(`yaitu ${nama}`)).toBe(true);
      expect(r.message.en.endsWith(`that is ${nama}`)).toBe(true);
    }
  });

  it('names no deadline when the hierarchy names nobody and the last day is not known', () => {
    const r = tentukanTujuan(PENILAI, null, null);
    expect(r).toMatchObject({ ok: false, code: 'KEBERATAN.NO_ATASAN', details: { batas: null } });
    if (!r.ok) {
      expect(r.message.id).toContain('membenahi struktur, lalu ajukan kembali');
      expect(r.message.en).toContain('fix the structure, then file again');
    }
    const dated = tentukanTujuan(null, ATASAN, '2026-04-19');
    if (!dated.ok) expect(dated.message.id).toContain('membenahi struktur sebelum 2026-04-19, lalu');
    expect(dated.ok).toBe(false);
  });

  it.each([
    ['a received evaluation without a last day', 'DITERIMA'],
    ['a final evaluation without a last day', 'FINAL'],
  ])('refuses %s as late, naming no date', (_name, statusEvaluasi) => {
    const r = periksaPengajuan(base({ statusEvaluasi, batas: null }));
    expect(r).toMatchObject({ ok: false, code: 'KEBERATAN.LATE', details: { batas: null } });
    if (!r.ok) expect(r.message.id).toContain('paling lambat - (PP 30/2019');
  });

  it('routes to the regional head when the atasan is outside the tree', () => {
    const t = tentukanTujuan(PENILAI, BUPATI, '2026-04-19');
    expect(t).toEqual({ ok: true, tujuan: { jenis: 'PIMPINAN_INSTANSI', jabatan: 'Bupati Contoh', nama: null } });
    expect(periksaPengajuan(base({ tujuan: t, kepada: KEPADA_PIMPINAN }))).toMatchObject({ ok: true });
  });

  it('property: no filing is accepted after the last day, and every filing up to it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: -30, max: 30 }), (start, offset) => {
        const batas = addDays('2026-01-01', start);
        const hariIni = addDays(batas, offset);
        const r = periksaPengajuan(base({ batas, hariIni }));
        expect(r.ok).toBe(offset <= 0);
        if (!r.ok) expect(r.code).toBe('KEBERATAN.LATE');
        else expect(r.sisaHari).toBe(0 - offset || 0);
      }),
    );
  });

  it('property: a second filing is always refused as a duplicate, whatever else holds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('DRAFT', 'DITETAPKAN', 'DITERIMA', 'KEBERATAN', 'FINAL'),
        fc.integer({ min: -30, max: 30 }),
        (statusEvaluasi, offset) => {
          const r = periksaPengajuan(
            base({
              statusEvaluasi,
              hariIni: addDays('2026-04-19', offset),
              sudahAda: { status: 'DIAJUKAN', diajukan: 'x' },
            }),
          );
          expect(r).toMatchObject({ ok: false, code: 'KEBERATAN.DUPLICATE' });
        },
      ),
    );
  });
});

describe('window and dates', () => {
  it('uses the objection-window rule: calendar and working days with holidays (decision 0103)', () => {
    expect(batasKeberatan('2024-04-05', { jumlahHari: 14, jenisHari: 'CALENDAR' })).toBe('2024-04-19');
    expect(batasKeberatan('2024-04-05', { jumlahHari: 14, jenisHari: 'WORKING' })).toBe('2024-04-25');
    expect(batasKeberatan('2024-04-05', { jumlahHari: 14, jenisHari: 'WORKING', hariLibur: ['2024-04-10'] })).toBe(
      '2024-04-26',
    );
  });
  it('counts days left, and reads today in Jakarta', () => {
    expect(sisaHari('2026-04-19', '2026-04-19')).toBe(0);
    expect(sisaHari('2026-04-19', '2026-04-10')).toBe(9);
    // 17:30 UTC is already the next day in WIB (UTC+7).
    expect(hariIniDi(new Date('2026-04-19T17:30:00Z'))).toBe('2026-04-20');
    expect(hariIniDi(new Date('2026-04-19T16:59:00Z'))).toBe('2026-04-19');
  });
  it('a DITERIMA evaluation past its last day is final for every read', () => {
    expect(statusEfektifEvaluasi('DITERIMA', '2026-04-19', '2026-04-20')).toBe('FINAL');
    expect(statusEfektifEvaluasi('DITERIMA', '2026-04-19', '2026-04-19')).toBe('DITERIMA');
    expect(statusEfektifEvaluasi('KEBERATAN', '2026-04-19', '2026-05-20')).toBe('KEBERATAN');
  });
});

describe('the case: explanations and the decision', () => {
  const sebelum = { ratingHasilKerja: 'SESUAI' as Rating, ratingPerilaku: 'DI_BAWAH' as Rating };
  it('an explanation moves DIAJUKAN/DIPERIKSA to DIPERIKSA; a decided case takes none', () => {
    expect(setelahPenjelasan('DIAJUKAN')).toEqual({ ok: true, ke: 'DIPERIKSA' });
    expect(setelahPenjelasan('DIPERIKSA')).toEqual({ ok: true, ke: 'DIPERIKSA' });
    expect(setelahPenjelasan('DIPUTUSKAN')).toMatchObject({ ok: false, code: 'KEBERATAN.DECIDED' });
  });
  it('needs the appraiser’s explanation before deciding', () => {
    expect(putuskan({ status: 'DIAJUKAN', adaPenjelasanPenilai: false, keputusan: 'TETAP', sebelum })).toMatchObject({
      code: 'KEBERATAN.EXPLANATION_MISSING',
    });
  });
  it('TETAP keeps the ratings; UBAH changes the predikat through the quadrant', () => {
    const tetap = putuskan({ status: 'DIPERIKSA', adaPenjelasanPenilai: true, keputusan: 'TETAP', sebelum });
    expect(tetap).toMatchObject({ berubah: false, sesudah: { predikat: 'KURANG' } });
    const ubah = putuskan({
      status: 'DIPERIKSA',
      adaPenjelasanPenilai: true,
      keputusan: 'UBAH',
      sebelum,
      baru: { ratingPerilaku: 'SESUAI' },
    });
    expect(ubah).toMatchObject({ berubah: true, sebelum: { predikat: 'KURANG' }, sesudah: { predikat: 'BAIK' } });
    expect(
      putuskan({ status: 'DIPERIKSA', adaPenjelasanPenilai: true, keputusan: 'UBAH', sebelum, baru: sebelum }),
    ).toMatchObject({ code: 'KEBERATAN.UNCHANGED' });
  });
  const ubahRows: Array<[string, Partial<RatingPasangan>, Rating, Rating]> = [
    ['only the hasil kerja rating', { ratingHasilKerja: 'DI_ATAS' }, 'DI_ATAS', 'DI_BAWAH'],
    ['only the perilaku rating', { ratingPerilaku: 'DI_ATAS' }, 'SESUAI', 'DI_ATAS'],
    ['both ratings', { ratingHasilKerja: 'DI_BAWAH', ratingPerilaku: 'SESUAI' }, 'DI_BAWAH', 'SESUAI'],
  ];
  it.each(ubahRows)('UBAH with %s keeps the other as it was', (_name, baru, hk, rp) => {
    const r = putuskan({ status: 'DIAJUKAN', adaPenjelasanPenilai: true, keputusan: 'UBAH', sebelum, baru });
    expect(r).toMatchObject({
      berubah: true,
      sesudah: { ratingHasilKerja: hk, ratingPerilaku: rp, predikat: predikatFromRatings(hk, rp).predikat },
    });
  });
  it('UBAH without new ratings is refused as unchanged', () => {
    expect(putuskan({ status: 'DIPERIKSA', adaPenjelasanPenilai: true, keputusan: 'UBAH', sebelum })).toMatchObject({
      ok: false,
      code: 'KEBERATAN.UNCHANGED',
    });
  });
  it('property: every decided keberatan is final — no explanation or decision is accepted after it', () => {
    const rating = fc.constantFrom(...RATINGS);
    fc.assert(
      fc.property(rating, rating, rating, rating, fc.constantFrom('TETAP', 'UBAH'), (a, b, c, d, k) => {
        const first = putuskan({
          status: 'DIPERIKSA',
          adaPenjelasanPenilai: true,
          keputusan: k as 'TETAP' | 'UBAH',
          sebelum: { ratingHasilKerja: a, ratingPerilaku: b },
          baru: { ratingHasilKerja: c, ratingPerilaku: d },
        });
        if ('ke' in first) {
          expect(first.ke).toBe('DIPUTUSKAN');
          expect(first.sesudah.predikat).toBe(
            predikatFromRatings(first.sesudah.ratingHasilKerja, first.sesudah.ratingPerilaku).predikat,
          );
          const again = putuskan({
            status: first.ke,
            adaPenjelasanPenilai: true,
            keputusan: 'TETAP',
            sebelum: first.sesudah,
          });
          expect(again).toMatchObject({ ok: false, code: 'KEBERATAN.DECIDED' });
          expect(setelahPenjelasan(first.ke)).toMatchObject({ ok: false, code: 'KEBERATAN.DECIDED' });
          expect(aksiTersedia([...PERAN_KEBERATAN], { status: first.ke, adaPenjelasanPenilai: true })).toEqual([
            'BACA',
          ]);
        } else {
          expect(first.code).toBe('KEBERATAN.UNCHANGED');
        }
      }),
    );
  });
});

describe('who may do what (keberatan-akses.ts)', () => {
  const rows: Array<[(typeof AKSI_KEBERATAN)[number], PeranKeberatan[], boolean]> = [
    ['AJUKAN', ['PEMILIK'], true],
    ['AJUKAN', ['PENILAI'], false],
    ['AJUKAN', ['ATASAN'], false],
    ['AJUKAN', ['ADMIN'], false],
    ['PENJELASAN_PENILAI', ['PENILAI'], true],
    ['PENJELASAN_PENILAI', ['ATASAN'], true],
    ['PENJELASAN_PENILAI', ['PEMILIK'], false],
    ['PENJELASAN_PEGAWAI', ['PEMILIK'], true],
    ['PENJELASAN_PEGAWAI', ['ATASAN'], true],
    ['PENJELASAN_PEGAWAI', ['PENILAI'], false],
    ['PUTUSKAN', ['ATASAN'], true],
    ['PUTUSKAN', ['PENILAI'], false],
    ['PUTUSKAN', ['ADMIN'], false],
    ['PUTUSKAN', ['PEMBACA'], false],
    ['BACA', ['PEMBACA'], true],
    ['BACA', [], false],
  ];
  it.each(rows)('%s by %j → %s', (aksi, peran, expected) => {
    expect(bolehKeberatan(aksi, peran)).toBe(expected);
  });
  it('admins and the auditor only read', () => {
    expect(aksiKeberatanBoleh(['ADMIN', 'PEMBACA'])).toEqual(['BACA']);
  });
  it('property: the offered actions are allowed by the table, and only an open case offers writes', () => {
    fc.assert(
      fc.property(
        fc.subarray([...PERAN_KEBERATAN]),
        fc.constantFrom(...STATUS_KEBERATAN),
        fc.boolean(),
        (peran, status, adaPenjelasanPenilai) => {
          const offered = aksiTersedia(peran, { status, adaPenjelasanPenilai });
          for (const a of offered) expect(bolehKeberatan(a, peran)).toBe(true);
          if (status === 'DIPUTUSKAN') expect(offered.filter((a) => a !== 'BACA')).toEqual([]);
          if (!adaPenjelasanPenilai) expect(offered).not.toContain('PUTUSKAN');
        },
      ),
    );
  });
});
