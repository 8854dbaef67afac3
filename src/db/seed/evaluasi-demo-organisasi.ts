/**
 * Predikat kinerja organisasi of the demo year (SE MenPANRB 3/2023): who decides it (the leader one
 * level up — the regional head for an OPD, recorded by the admin; the head above a UPT/puskesmas),
 * its basis (rencana aksi counted from the data, PK achievement) and each unit's usual level, with
 * exactly one Kurang in the year.
 */
import type { PredikatOrganisasi } from '../../domain/types.ts';
import { EKSPEKTASI_TAHUNAN } from './evaluasi-demo-content.ts';
import { BULAN, iso, type PeriodeIn, type PlanInput, type Row, type SkpIn } from './evaluasi-demo-types.ts';

export function predikatOrganisasiPlanner(
  input: PlanInput,
  ctx: {
    today: string;
    penilaianUnits: string[];
    members: Map<string, SkpIn[]>;
    lewat: PeriodeIn[];
    akunAtau: (pegawaiId: string | null) => string;
  },
) {
  const { rng, ids, instansiId, tahun } = input;
  const { today, penilaianUnits, members, lewat, akunAtau } = ctx;
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  // ---- who decides a unit's predikat organisasi: the leader one level up ----------------------
  const penetap = (upId: string) => {
    const u = unitById.get(upId);
    if (!u || u.depth <= 1) return { pegawaiId: null, nama: input.pimpinan.nama, jabatan: input.pimpinan.jabatan };
    for (
      let p = u.parentId ? unitById.get(u.parentId) : undefined;
      p;
      p = p.parentId ? unitById.get(p.parentId) : undefined
    ) {
      const k = input.kepala.get(p.id);
      if (k) return { pegawaiId: k.pegawaiId, nama: k.nama, jabatan: k.jabatan };
      if (p.depth <= 1) break;
    }
    return { pegawaiId: null, nama: input.pimpinan.nama, jabatan: input.pimpinan.jabatan };
  };
  const base = new Map(
    penilaianUnits.map((id) => [
      id,
      rng.weighted<PredikatOrganisasi>([
        ['BAIK', 80],
        ['ISTIMEWA', 10],
        ['BUTUH_PERBAIKAN', 10],
      ]),
    ]),
  );
  // The one KURANG of the year: a small self-standing unit, in the second past quarter if there is one.
  const kecil = penilaianUnits
    .filter((id) => (unitById.get(id)?.depth ?? 0) > 1 && (members.get(id)?.length ?? 0) >= 3)
    .sort((a, b) => (members.get(a)?.length ?? 0) - (members.get(b)?.length ?? 0) || (a < b ? -1 : 1));
  const kurang =
    kecil[0] && lewat.length ? { unit: kecil[0], periode: lewat[Math.min(1, lewat.length - 1)].kode } : null;

  const predikatOrganisasi: Row[] = [];
  const setOrg = (upId: string, periode: PeriodeIn, predikat: PredikatOrganisasi, at: number) => {
    const who = penetap(upId);
    const capaian =
      predikat === 'ISTIMEWA'
        ? rng.int(106, 118)
        : predikat === 'BAIK'
          ? rng.int(91, 104)
          : predikat === 'BUTUH_PERBAIKAN'
            ? rng.int(76, 89)
            : rng.int(58, 74);
    let dasar: Row;
    if (periode.kode === 'AKHIR') {
      const bulan = today > `${tahun}-12-31` ? BULAN[11] : BULAN[Number(today.slice(5, 7)) - 1];
      dasar = {
        ringkasan: `Capaian indikator Perjanjian Kinerja ${tahun} sampai ${bulan}: rata-rata ${capaian}% dari target.`,
        angka: { capaianIndikatorPk: capaian },
        ekspektasi: rng.pick(EKSPEKTASI_TAHUNAN),
      };
    } else {
      const total = input.rencanaAksi.get(`${upId}|${periode.kode}`) ?? 0;
      const frac = Math.min(1, capaian / 105);
      const selesai = Math.round(total * frac);
      dasar = {
        ringkasan:
          `Rencana aksi ${periode.kode}: ${selesai} dari ${total} terlaksana` +
          `${total ? ` (${Math.round((100 * selesai) / total)}%)` : ''}; capaian indikator Perjanjian Kinerja ${capaian}% dari target triwulan.`,
        angka: { rencanaAksi: total, rencanaAksiTerlaksana: selesai, capaianIndikatorPk: capaian },
        ekspektasi: null,
      };
    }
    predikatOrganisasi.push({
      id: ids.uuid(),
      instansi_id: instansiId,
      unit_id: upId,
      tahun,
      periode_kode: periode.kode,
      predikat,
      dasar,
      catatan:
        predikat === 'BAIK'
          ? null
          : predikat === 'ISTIMEWA'
            ? 'Seluruh indikator utama melampaui target.'
            : 'Beberapa indikator utama tertinggal; perlu rencana perbaikan triwulan berikutnya.',
      penetap_pegawai_id: who.pegawaiId,
      penetap_nama: who.nama,
      penetap_jabatan: who.jabatan,
      dicatat_oleh_akun_id: akunAtau(who.pegawaiId),
      ditetapkan_at: iso(at),
    });
  };

  return { predikatOrganisasi, setOrg, base, kurang };
}
