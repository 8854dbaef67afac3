import { describe, expect, it } from 'vitest';
import { formatTanggal, renderPesan, renderStored, type TPesanNotifikasi } from './notifikasi.texts.ts';

const EVERY_KIND: TPesanNotifikasi[] = [
  { jenis: 'SKP_DIAJUKAN', param: { pemilik: 'Dewi', tahun: 2026 } },
  { jenis: 'SKP_DIKEMBALIKAN', param: { tahun: 2026, catatan: 'Lengkapi' } },
  { jenis: 'SKP_DITETAPKAN', param: { tahun: 2026, oleh: 'Budi', revisi: 1 } },
  { jenis: 'SKP_PERUBAHAN', param: { tahun: 2026, revisi: 1, olehPemilik: true, pemilik: 'Dewi' } },
  { jenis: 'SKP_PERUBAHAN', param: { tahun: 2026, revisi: 1, olehPemilik: false } },
  { jenis: 'SKP_DITUTUP', param: { tahun: 2026, selesai: '2026-06-30', sebab: 'PINDAH_JABATAN' } },
  { jenis: 'SKP_DITUTUP', param: { tahun: 2026, selesai: '2026-06-30', sebab: 'PENEMPATAN_BERAKHIR' } },
  { jenis: 'SKP_DIBUAT', param: { tahun: 2026, oleh: 'Admin' } },
  { jenis: 'SKP_MPH', param: { tahun: 2026, oleh: 'Budi', jumlah: 2 } },
  { jenis: 'SKP_PERLU_TINJAU', param: { sebab: 'PK_INDIKATOR_DIHAPUS' } },
  { jenis: 'SKP_PERLU_TINJAU', param: { sebab: 'RHK_ATASAN_DIUBAH', rhk: 'Meningkatnya mutu' } },
  { jenis: 'SKP_PERLU_TINJAU', param: { sebab: 'RHK_ATASAN_DIHAPUS', rhk: 'Meningkatnya mutu' } },
  { jenis: 'SKP_ATASAN_DITUNGGU', param: { bawahan: 'Dewi', rhk: 'Meningkatnya mutu' } },
  { jenis: 'SKP_ATASAN_DITUNGGU', param: { bawahan: null, rhk: 'Meningkatnya mutu' } },
  { jenis: 'SKP_RHK_DIMINTA', param: { bawahan: 'Dewi', tahun: 2026, atasanPunyaSkp: true } },
  { jenis: 'SKP_RHK_DIMINTA', param: { bawahan: null, tahun: 2026, atasanPunyaSkp: false } },
  { jenis: 'SKP_EKSPEKTASI_PENILAI', param: { tahun: 2026, oleh: 'Budi', bagian: ['perilaku', 'lampiran'] } },
  { jenis: 'SKP_EKSPEKTASI_PENILAI', param: { tahun: 2026, oleh: 'Budi', bagian: ['lampiran'] } },
];

describe('notification texts', () => {
  it.each(EVERY_KIND.map((p) => [p.jenis, p] as const))('%s reads in each language on its own', (_j, pesan) => {
    const id = renderPesan(pesan, 'id');
    const en = renderPesan(pesan, 'en');
    for (const t of [id, en]) {
      expect(t.judul.length).toBeGreaterThan(5);
      expect(`${t.judul} ${t.isi}`).not.toMatch(/undefined|null|\[object| \/ /);
    }
    expect(en.judul).not.toBe(id.judul);
    expect(en.isi).not.toBe(id.isi);
    expect(`${en.judul} ${en.isi}`).not.toMatch(/\b(Anda|dan|yang)\b/);
  });

  it('names the year and the people it is about', () => {
    expect(renderPesan(EVERY_KIND[0], 'en').isi).toBe(
      'Dewi submitted the 2026 SKP. Review it, then set it or return it with notes.',
    );
    expect(renderPesan(EVERY_KIND[13], 'id').isi).toMatch(/^Bawahan Anda menyusun/);
    expect(renderPesan(EVERY_KIND[13], 'en').isi).toMatch(/^Your subordinate is drafting/);
  });

  it('says which of the appraiser’s parts changed', () => {
    expect(renderPesan(EVERY_KIND[16], 'id').isi).toBe(
      'Budi memperbarui ekspektasi khusus pimpinan dan lampiran SKP 2026 Anda. Buka SKP Anda untuk membacanya.',
    );
    expect(renderPesan(EVERY_KIND[17], 'en').isi).toBe(
      'Budi updated the attachment (Lampiran) of your 2026 SKP. Open your SKP to read the changes.',
    );
  });

  it('writes dates as people do in each language', () => {
    expect(formatTanggal('2026-06-30', 'id')).toBe('30 Juni 2026');
    expect(formatTanggal('2026-06-30', 'en')).toBe('30 June 2026');
    expect(formatTanggal('bukan-tanggal', 'en')).toBe('bukan-tanggal');
    expect(renderPesan(EVERY_KIND[5], 'id').judul).toBe('SKP 2026 Anda ditutup per 30 Juni 2026');
  });

  it('falls back to the stored text for rows without parameters or of an unknown kind', () => {
    const stored = { judul: 'Lama', isi: 'Teks lama' };
    expect(renderStored({ jenis: 'SKP_DIAJUKAN', param: null, ...stored }, 'en')).toEqual(stored);
    expect(renderStored({ jenis: 'JENIS_BARU', param: { a: 1 }, ...stored }, 'en')).toEqual(stored);
    expect(
      renderStored({ jenis: 'SKP_DIAJUKAN', param: { pemilik: 'Dewi', tahun: 2026 }, ...stored }, 'en').judul,
    ).toBe("Dewi's SKP awaits your approval");
  });
});
