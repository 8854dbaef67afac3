/**
 * Rows → the documents' view model: names with titles, pangkat/golongan, IKI targets and realisasi
 * in words, the unit's allowed distribution (the rule engine's kalkulator for N, with the instansi's
 * distribution settings) and the effective state of the evaluation.
 */
import { allowedDistribution } from '../../domain/distribution.ts';
import { statusEfektif } from '../../domain/evaluasi/status.ts';
import { BERAKHLAK } from '../../domain/rules/berakhlak.ts';
import { type DistribusiSettings, ZDistribusiSettings } from '../../domain/settings.ts';
import {
  PREDIKAT_ORGANISASI,
  PREDIKATS,
  type Predikat,
  type PredikatOrganisasi,
  RATINGS,
  type Rating,
} from '../../domain/types.ts';
import { formatTargetIki, pangkatGolongan } from '../dokumen/skp-pdf.layout.ts';
import type * as repo from './dokumen-evaluasi.repository.ts';
import {
  type DistribusiDok,
  type EvaluasiDok,
  hariIniJakarta,
  namaLengkap,
  type OrangDok,
  type PenetapanDok,
  rentangPeriode,
  tempatDari,
} from './model.ts';

const iso = (v: Date | string | null | undefined): string | null =>
  v instanceof Date ? v.toISOString() : v ? String(v) : null;

const asRating = (v: string | null | undefined): Rating | null =>
  v && (RATINGS as readonly string[]).includes(v) ? (v as Rating) : null;
const asPredikat = (v: string | null | undefined): Predikat | null =>
  v && (PREDIKATS as readonly string[]).includes(v) ? (v as Predikat) : null;
export const asPredikatOrganisasi = (v: string | null | undefined): PredikatOrganisasi | null =>
  v && (PREDIKAT_ORGANISASI as readonly string[]).includes(v) ? (v as PredikatOrganisasi) : null;

/** The instansi's distribution settings; a stored overlay that does not parse falls back to the defaults. */
export function distribusiSettings(settings: unknown): DistribusiSettings {
  const raw = (settings as { distribusi?: unknown } | null)?.distribusi ?? {};
  const parsed = ZDistribusiSettings.safeParse(raw);
  return parsed.success ? parsed.data : ZDistribusiSettings.parse({});
}

/** The kalkulator's ranges for N (null for an empty unit). */
export function distribusiDok(org: PredikatOrganisasi, n: number, settings: unknown): DistribusiDok | null {
  if (n < 1) return null;
  const a = allowedDistribution(org, n, distribusiSettings(settings));
  return {
    n,
    rentang: Object.fromEntries(PREDIKATS.map((p) => [p, { ...a.rentangTercapai[p] }])) as DistribusiDok['rentang'],
    ketentuan: [...a.batasan.map((b) => b.teks.id), a.selebihnya.id].filter((t) => t?.trim()),
  };
}

function orang(
  o: repo.OrangRow | null,
  fallback?: { jabatan?: string | null; unit?: string | null; golongan?: string | null },
): OrangDok | null {
  if (!o) return null;
  return {
    nama: namaLengkap(o.nama, o.gelarDepan, o.gelarBelakang),
    nip: o.nip,
    pangkat: pangkatGolongan(o.golongan ?? fallback?.golongan),
    jabatan: o.jabatan ?? fallback?.jabatan ?? null,
    unitKerja: o.unit ?? fallback?.unit ?? null,
  };
}

function realisasiTeks(k: repo.IkiRow): string | null {
  if (k.realisasiNilai !== null && k.realisasiNilai !== '') {
    const n = Number(k.realisasiNilai);
    const shown = Number.isFinite(n) ? n.toLocaleString('id-ID', { maximumFractionDigits: 2 }) : k.realisasiNilai;
    const base = k.targetSatuan ? `${shown} ${k.targetSatuan}` : shown;
    return k.realisasiTeks ? `${base} (${k.realisasiTeks})` : base;
  }
  return k.realisasiTeks?.trim() ? k.realisasiTeks : null;
}

function intervensi(r: repo.RhkRow): string | null {
  if (r.parentTeks) return r.parentTeks;
  if (r.pkSasaran) return r.pkSasaran;
  if (r.sumber === 'PENUGASAN') return r.penugasanDari ? `Penugasan dari ${r.penugasanDari}` : 'Penugasan';
  if (r.sumber === 'JF') return 'Lingkup tugas jabatan fungsional';
  return null;
}

export function toEvaluasiDok(row: repo.EvaluasiRow, today = hariIniJakarta()): EvaluasiDok {
  const org = asPredikatOrganisasi(row.predikatOrganisasi);
  const snap = row.skpSnapshot ?? {};
  const sendiri = rentangPeriode(row.periodeKode, row.tahun);
  // The period's dates from the year's period list, within the SKP's own dates.
  const mulai = [row.periode?.mulai ?? sendiri.mulai, row.skpMulai].sort().at(-1) as string;
  const selesai = [row.periode?.selesai ?? sendiri.selesai, row.skpSelesai].sort()[0];
  const rhkNilai = row.penilaianRhk ?? {};
  const perilakuUb = row.umpanBalikPerilaku ?? {};
  const ekspektasi = row.skpPerilaku ?? {};
  const kb = row.keberatan;
  const pick = (h: Record<string, string | null> | null) =>
    h
      ? {
          ratingHasilKerja: h.ratingHasilKerja ?? null,
          ratingPerilaku: h.ratingPerilaku ?? null,
          predikat: h.predikat ?? null,
        }
      : null;
  return {
    id: row.id,
    status: statusEfektif({ status: row.status, batasKeberatan: row.batasKeberatan }, today),
    versi: row.versi,
    tahun: row.tahun,
    periodeKode: row.periodeKode,
    mulai,
    selesai: selesai < mulai ? mulai : selesai,
    instansiNama: row.instansiNama,
    tempat: tempatDari(row.instansiNama),
    unitPenilaianNama: row.unitPenilaianNama ?? '-',
    jenisForm: row.jenisForm,
    pegawai: orang(row.pegawai, {
      jabatan: snap.jabatan?.nama,
      unit: snap.unit?.nama,
      golongan: snap.pegawai?.golongan,
    }) ?? {
      nama: '-',
      nip: null,
      pangkat: null,
      jabatan: null,
      unitKerja: null,
    },
    penilai: orang(row.penilai),
    atasan: orang(row.atasan),
    predikatOrganisasi: org,
    distribusi: org ? distribusiDok(org, row.n, row.settings) : null,
    rhk: (row.rhk ?? []).map((r) => ({
      jenis: r.jenis,
      urutan: r.urutan,
      intervensi: intervensi(r),
      teks: r.teks,
      iki: r.iki.map((k) => ({
        aspek: k.aspek,
        indikator: k.indikator,
        target: formatTargetIki(k.targetNilai, k.targetSatuan, k.targetTeks),
        realisasi: realisasiTeks(k),
        bukti: k.bukti,
      })),
      umpanBalik: rhkNilai[r.id]?.umpanBalik ?? null,
    })),
    perilaku: BERAKHLAK.map((n) => ({
      kode: n.kode,
      ekspektasi: ekspektasi[n.kode] ?? null,
      umpanBalik: perilakuUb[n.kode]?.umpanBalik ?? null,
    })),
    ratingHasilKerja: asRating(row.ratingHasilKerja),
    ratingPerilaku: asRating(row.ratingPerilaku),
    predikat: asPredikat(row.predikat),
    catatan: row.catatan,
    ditetapkanAt: iso(row.ditetapkanAt),
    ditetapkanOlehNama: row.ditetapkanOlehNama,
    diterimaAt: iso(row.diterimaAt),
    keberatan: kb
      ? {
          alasan: kb.alasan,
          diajukanAt: iso(kb.diajukanAt),
          penjelasanPenilai: kb.penjelasanPenilai,
          penjelasanPenilaiAt: iso(kb.penjelasanPenilaiAt),
          penjelasanPegawai: kb.penjelasanPegawai,
          penjelasanPegawaiAt: iso(kb.penjelasanPegawaiAt),
          keputusan: kb.keputusan,
          keputusanAlasan: kb.keputusanAlasan,
          sebelum: pick(kb.hasilSebelum),
          sesudah: pick(kb.hasilSesudah),
          diputuskanAt: iso(kb.diputuskanAt),
          diputuskanOlehNama: kb.diputuskanOlehNama,
        }
      : null,
  };
}

const dasarTeks = (dasar: Record<string, unknown> | null): string | null => {
  if (!dasar) return null;
  const parts = ['ringkasan', 'ekspektasi']
    .map((k) => dasar[k])
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return parts.length ? parts.join('\n') : null;
};

export function toPenetapanDok(row: repo.PredikatOrganisasiRow): PenetapanDok | null {
  const org = asPredikatOrganisasi(row.predikat);
  if (!org) return null;
  return {
    id: row.id,
    tahun: row.tahun,
    periodeKode: row.periodeKode,
    instansiNama: row.instansiNama,
    tempat: tempatDari(row.instansiNama),
    unitNama: row.unitNama,
    predikat: org,
    dasar: dasarTeks(row.dasar),
    catatan: row.catatan,
    penetapNama: row.penetapNama,
    penetapJabatan: row.penetapJabatan,
    penetapNip: row.penetapNip,
    ditetapkanAt: iso(row.ditetapkanAt) as string,
    distribusi: distribusiDok(org, row.n, row.settings),
  };
}
