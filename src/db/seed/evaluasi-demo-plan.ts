/**
 * The demo evaluation year, planned in memory (written by evaluasi-demo.ts). Input: the set SKPs,
 * the units and their heads, the year's periods, the instansi's settings and "now"; output: the rows
 * of schema-evaluasi.ts. Follows the evaluation state machine of issue 11 (DRAFT → DITETAPKAN →
 * DITERIMA → FINAL | KEBERATAN → FINAL) with dates in order and never after now; predikat from the
 * quadrant, distributions checked with the pola distribusi, objection deadlines by the instansi's
 * window. Keberatan and the demo accounts' states follow in evaluasi-demo-keberatan.ts.
 */
import { objectionDeadline } from '../../domain/deadlines.ts';
import { checkDistribution } from '../../domain/distribution.ts';
import { predikatFromRatings } from '../../domain/predikat.ts';
import type { Predikat, PredikatOrganisasi, Rating } from '../../domain/types.ts';
import { ALASAN_KALIBRASI, ALASAN_OVERRIDE, UMPAN_BALIK_PERILAKU, UMPAN_BALIK_RHK } from './evaluasi-demo-content.ts';
import { predikatOrganisasiPlanner } from './evaluasi-demo-organisasi.ts';
import { hitung, perilakuPimpinan, ratingUntuk, sebaranMelanggar, sebaranSesuai } from './evaluasi-demo-rules.ts';
import {
  addHari,
  DAY,
  type EvalGen,
  iso,
  type PeriodeIn,
  type Plan,
  type PlanInput,
  type Row,
  type SkpIn,
  tanggalWib,
  wib,
} from './evaluasi-demo-types.ts';

export function buildPlan(input: PlanInput): Plan {
  const { rng, ids, settings, instansiId, tahun } = input;
  // Events may be planned after "now" (a late unit); each step is clamped below now, later steps
  // closer to it, so the order of events survives the clamp.
  const nowMs = input.now.getTime();
  const clamp = (t: number, step: number) => Math.min(t, nowMs - (10 - step) * 60_000);
  const today = tanggalWib(nowMs);
  const window = { ...settings.keberatan, hariLibur: settings.hariLibur };
  const strict = { pembulatan: settings.distribusi.pembulatan, sebagianBesar: 'MAJORITY' as const };
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  const penilaianUnits = [...new Set(input.unitPenilaian.values())].sort();
  const members = new Map<string, SkpIn[]>();
  for (const s of input.skps) {
    const up = input.unitPenilaian.get(s.unitId);
    if (!up) continue;
    const list = members.get(up) ?? [];
    list.push(s);
    members.set(up, list);
  }
  const periodik = input.periode.filter((p) => p.kode !== 'AKHIR');
  // A period is evaluated once its entry deadline has passed: setting an evaluation locks the
  // period's realisasi, which must not happen while staff may still enter it.
  const batasIsi = (p: PeriodeIn) => p.batasPengisian ?? p.selesai;
  const lewat = periodik.filter((p) => batasIsi(p) < today);
  const terakhir = lewat.at(-1)?.kode ?? null;
  // A steady performance per person, so the same people tend to lead or trail each quarter.
  const bakat = new Map(input.skps.map((s) => [s.pegawaiId, rng.float()]));
  const akunAtau = (pegawaiId: string | null) => (pegawaiId && input.akunOf.get(pegawaiId)) || input.adminAkunId;

  const { predikatOrganisasi, setOrg, base, kurang } = predikatOrganisasiPlanner(input, {
    today,
    penilaianUnits,
    members,
    lewat,
    akunAtau,
  });

  const evaluasi: EvalGen[] = [];
  /** Annual evaluations nobody has opened yet: planned (so draws stay stable) but not written. */
  const belumAda = new Set<EvalGen>();
  const kalibrasi: Row[] = [];
  const perubahan: Row[] = [];
  // Written feedback for the demo accounts and their teams and for about a third of everyone else
  // (appraisers often leave it blank); marks for every RHK of a rated evaluation.
  const content = (s: SkpIn, hk: Rating | null) => {
    const penilaianRhk: Row = {};
    const perilaku: Row = {};
    if (!hk) return { penilaianRhk, perilaku };
    const rich = input.akunOf.has(s.pegawaiId) || (!!s.penilaiId && input.akunOf.has(s.penilaiId)) || rng.chance(0.3);
    for (const r of s.rhk) {
      const mark = rng.chance(0.7) ? hk : rng.pick(['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const);
      penilaianRhk[r] = { penilaian: mark, umpanBalik: rich ? rng.pick(UMPAN_BALIK_RHK[mark]) : '' };
    }
    if (rich) {
      for (const k of rng.shuffle(Object.keys(UMPAN_BALIK_PERILAKU)).slice(0, 2)) {
        perilaku[k] = { umpanBalik: rng.pick(UMPAN_BALIK_PERILAKU[k]) };
      }
    }
    return { penilaianRhk, perilaku };
  };
  const newEval = (
    s: SkpIn,
    upId: string,
    periode: string,
    hk: Rating | null,
    rp: Rating | null,
    sumber: string | null,
  ): EvalGen => {
    const c = content(s, hk);
    const predikat = hk && rp ? predikatFromRatings(hk, rp).predikat : null;
    const g: EvalGen = {
      skp: s,
      periode,
      hasilKerja: hk,
      perilaku: rp,
      predikat,
      ditetapkan: null,
      diterima: null,
      batas: null,
      row: {
        id: ids.uuid(),
        instansi_id: instansiId,
        skp_id: s.id,
        pegawai_id: s.pegawaiId,
        tahun,
        periode_kode: periode,
        unit_penilaian_id: upId,
        penilai_pegawai_id: s.penilaiId,
        atasan_penilai_pegawai_id: s.atasanId,
        status: 'DRAFT',
        penilaian_rhk: c.penilaianRhk,
        umpan_balik_perilaku: c.perilaku,
        rating_hasil_kerja: hk,
        rating_hasil_kerja_sumber: hk ? sumber : null,
        rating_perilaku: rp,
        predikat,
        predikat_usulan: predikat,
        catatan: null,
        versi: 1,
      },
    };
    evaluasi.push(g);
    return g;
  };

  /** Ratings for a unit's members fitting `jumlah`, best performers first; the head follows the org predikat. */
  const rate = (
    upId: string,
    list: SkpIn[],
    org: PredikatOrganisasi,
    jumlah: Record<Predikat, number>,
    periode: string,
  ) => {
    const sisa = { ...jumlah };
    const kepalaId = input.kepala.get(upId)?.pegawaiId;
    const out: EvalGen[] = [];
    const head = list.find((s) => s.pegawaiId === kepalaId);
    if (head) {
      const hk = settings.ratingHasilKerjaPimpinanUnit[org];
      const rp = perilakuPimpinan(hk, sisa) ?? 'SESUAI';
      const g = newEval(head, upId, periode, hk, rp, 'PREDIKAT_ORGANISASI');
      if (g.predikat && sisa[g.predikat] > 0) sisa[g.predikat]--;
      out.push(g);
    }
    const rest = list
      .filter((s) => s !== head)
      .map((s) => [s, (bakat.get(s.pegawaiId) ?? 0.5) + rng.float() * 0.6] as const)
      .sort((a, b) => b[1] - a[1]);
    const order: Predikat[] = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'SANGAT_KURANG', 'KURANG'];
    for (const [s] of rest) {
      const p = order.find((q) => sisa[q] > 0) ?? 'BAIK';
      if (sisa[p] > 0) sisa[p]--;
      const r = ratingUntuk(p, rng);
      out.push(newEval(s, upId, periode, r.hasilKerja, r.perilaku, 'PENILAI'));
    }
    return out;
  };

  const hasil = (org: PredikatOrganisasi, gens: EvalGen[]) => {
    const chk = checkDistribution(
      org,
      hitung(gens.flatMap((g) => (g.predikat ? [g.predikat] : []))),
      settings.distribusi,
    );
    return {
      sesuai: chk.sesuai,
      json: {
        predikatOrganisasi: org,
        n: chk.n,
        jumlah: chk.jumlah,
        sesuai: chk.sesuai,
        pelanggaran: chk.pelanggaran.map((v) => ({ code: v.code, aturan: v.aturan, message: v.message })),
        pengaturan: chk.pengaturan,
      },
    };
  };
  const kal = (
    upId: string,
    periode: string,
    status: 'TERBUKA' | 'FINAL',
    at: number | null,
    h: ReturnType<typeof hasil> | null,
    alasan: string | null,
  ) => {
    const k = input.kepala.get(upId);
    const row: Row = {
      id: ids.uuid(),
      instansi_id: instansiId,
      unit_penilaian_id: upId,
      tahun,
      periode_kode: periode,
      status,
      hasil: status === 'FINAL' ? h?.json : null,
      override: status === 'FINAL' && !!h && !h.sesuai,
      override_alasan: status === 'FINAL' && h && !h.sesuai ? alasan : null,
      final_at: status === 'FINAL' ? iso(at) : null,
      final_oleh_akun_id: status === 'FINAL' ? akunAtau(k?.pegawaiId ?? null) : null,
      final_oleh_nama: status === 'FINAL' ? (k?.nama ?? input.pimpinan.nama) : null,
    };
    kalibrasi.push(row);
    return row;
  };

  // ---- periodic evaluations of every past period -------------------------------------------------
  for (const p of lewat) {
    const isLast = p.kode === terakhir;
    for (const upId of penilaianUnits) {
      const org: PredikatOrganisasi =
        kurang && kurang.unit === upId && kurang.periode === p.kode
          ? 'KURANG'
          : rng.chance(0.75)
            ? (base.get(upId) as PredikatOrganisasi)
            : rng.weighted<PredikatOrganisasi>([
                ['BAIK', 80],
                ['ISTIMEWA', 10],
                ['BUTUH_PERBAIKAN', 10],
              ]);
      setOrg(upId, p, org, clamp(wib(addHari(p.selesai, rng.int(3, 8)), 10), 0));
      const list = (members.get(upId) ?? []).filter((s) => s.mulai <= p.selesai && s.selesai >= p.mulai);
      if (!list.length) continue;
      const gens = rate(upId, list, org, sebaranSesuai(org, list.length, rng, strict).jumlah, p.kode);
      // A few boards moved a proposal in place, with a reason (the proposal is kept as predikat_usulan).
      if (list.length >= 4 && rng.chance(0.15)) {
        for (const g of gens
          .filter((x) => x.predikat === 'BAIK' && x.row.rating_hasil_kerja_sumber === 'PENILAI')
          .slice(0, rng.int(1, 2))) {
          const dari = { ratingHasilKerja: 'DI_ATAS', ratingPerilaku: 'DI_ATAS', predikat: 'SANGAT_BAIK' };
          g.row.predikat_usulan = 'SANGAT_BAIK';
          g.row.__perubahan = { dari, alasan: rng.pick(ALASAN_KALIBRASI.slice(0, 2)) };
        }
      }
      const finalAt = clamp(wib(addHari(batasIsi(p), rng.int(1, 8)), 14), 1);
      const h = hasil(org, gens);
      const kRow = kal(
        upId,
        p.kode,
        'FINAL',
        finalAt,
        h,
        'Pimpinan unit mengikuti predikat organisasi; unit kecil tidak dapat memenuhi pola tanpa menurunkan pegawai yang mencapai target.',
      );
      for (const g of gens) {
        const ubah = g.row.__perubahan as { dari: Row; alasan: string } | undefined;
        if (ubah) {
          delete g.row.__perubahan;
          perubahan.push({
            id: ids.uuid(),
            instansi_id: instansiId,
            kalibrasi_id: kRow.id,
            evaluasi_id: g.row.id,
            dari: ubah.dari,
            ke: { ratingHasilKerja: g.hasilKerja, ratingPerilaku: g.perilaku, predikat: g.predikat },
            alasan: ubah.alasan,
            oleh_akun_id: kRow.final_oleh_akun_id,
            oleh_nama: kRow.final_oleh_nama,
            created_at: iso(finalAt - rng.int(1, 5) * 3_600_000),
          });
        }
        const ditetapkan = clamp(finalAt + rng.int(0, 6) * DAY + rng.int(1, 6) * 3_600_000, 2);
        let diterima: number | null = clamp(ditetapkan + (rng.chance(0.5) ? 0 : rng.int(1, 5)) * DAY + 3_600_000, 3);
        if (isLast) {
          const r = rng.float();
          if (r < 0.03) diterima = null;
          else if (r < 0.08) diterima = clamp(Math.max(ditetapkan + 3_600_000, nowMs - rng.int(0, 10) * DAY), 3);
        }
        setDelivered(g, ditetapkan, diterima, rng.chance(0.02));
      }
    }
  }

  /** DITETAPKAN (and DITERIMA, and FINAL once the window has passed) with dates and deadline. */
  function setDelivered(g: EvalGen, ditetapkan: number, diterima: number | null, olehAdmin: boolean) {
    g.ditetapkan = ditetapkan;
    g.diterima = diterima;
    g.row.status = 'DITETAPKAN';
    g.row.ditetapkan_at = iso(ditetapkan);
    g.row.ditetapkan_oleh = g.skp.penilaiId;
    g.row.ditetapkan_oleh_nama = g.skp.penilaiNama;
    g.row.diterima_at = iso(diterima);
    g.row.diterima_dicatat_oleh = diterima !== null && olehAdmin ? input.adminAkunId : null;
    g.batas = diterima === null ? null : objectionDeadline(tanggalWib(diterima), window).batas;
    g.row.batas_keberatan = g.batas;
    g.row.final_at = null;
    if (g.batas !== null) {
      g.row.status = 'DITERIMA';
      // Past the window without an objection: final (persisted, as the state machine allows).
      if (g.batas < today) {
        g.row.status = 'FINAL';
        g.row.final_at = iso(wib(addHari(g.batas, 1), 0));
      }
    }
  }

  // ---- the annual evaluation, under way ---------------------------------------------------------
  const akhir = input.periode.find((p) => p.kode === 'AKHIR');
  const cerita: Plan['cerita'] = { overrideUnit: null, melanggar: [], kurang: kurang?.unit ?? null };
  if (akhir) {
    const size = (id: string) => members.get(id)?.length ?? 0;
    const mandiri = penilaianUnits.filter(
      (id) => (unitById.get(id)?.depth ?? 0) > 1 && size(id) >= 5 && id !== input.opdDemo,
    );
    cerita.overrideUnit = mandiri.length ? rng.pick(mandiri) : null;
    const opd = penilaianUnits.filter((id) => id !== cerita.overrideUnit && id !== input.opdDemo && size(id) >= 5);
    cerita.melanggar = [
      ...(input.opdDemo && size(input.opdDemo) >= 2 ? [input.opdDemo] : []),
      ...rng.shuffle(opd).slice(0, 2),
    ];
    for (const upId of penilaianUnits) {
      const list = members.get(upId) ?? [];
      if (!list.length) continue;
      const melanggar = cerita.melanggar.includes(upId);
      const override = upId === cerita.overrideUnit;
      const demoTeam = list.some((s) => input.belumDinilai.has(s.pegawaiId));
      if (!melanggar && !override && !demoTeam && rng.chance(0.2)) continue; // not started yet
      const org: PredikatOrganisasi = melanggar || override ? 'BAIK' : (base.get(upId) as PredikatOrganisasi);
      setOrg(upId, akhir, org, clamp(nowMs - rng.int(4, 12) * DAY, 0));
      const gens = rate(
        upId,
        list,
        org,
        melanggar || override
          ? sebaranMelanggar(list.length, rng)
          : sebaranSesuai(org, list.length, rng, strict).jumlah,
        'AKHIR',
      );
      if (override) {
        const finalAt = clamp(nowMs - rng.int(2, 4) * DAY, 1);
        kal(upId, 'AKHIR', 'FINAL', finalAt, hasil(org, gens), ALASAN_OVERRIDE);
        for (const g of gens) setDelivered(g, clamp(finalAt + rng.int(1, 20) * 3_600_000, 2), null, false);
        continue;
      }
      const board = kal(upId, 'AKHIR', 'TERBUKA', null, null, null);
      const dinilai = melanggar ? 0.9 : 0.4 + rng.float() * 0.5;
      // Unrated evaluations have no row yet (the board counts the unit's SKPs), except those of the
      // demo appraiser's team, whose forms were opened and wait for their marks.
      for (const g of gens) {
        if (input.belumDinilai.has(g.skp.pegawaiId)) unrate(g);
        else if (!rng.chance(dinilai)) belumAda.add(g);
      }
      // The demo OPD head's open board already holds one change made in place, with its reason
      // (the unit still breaks the pattern: nobody is below Baik yet).
      const moved =
        upId === input.opdDemo
          ? gens.find(
              (g) => g.predikat === 'SANGAT_BAIK' && g.row.rating_hasil_kerja_sumber === 'PENILAI' && !belumAda.has(g),
            )
          : undefined;
      if (moved) {
        const dari = { ratingHasilKerja: moved.hasilKerja, ratingPerilaku: moved.perilaku, predikat: moved.predikat };
        moved.hasilKerja = 'SESUAI';
        moved.perilaku = 'SESUAI';
        moved.predikat = predikatFromRatings('SESUAI', 'SESUAI').predikat;
        Object.assign(moved.row, { rating_hasil_kerja: 'SESUAI', rating_perilaku: 'SESUAI', predikat: moved.predikat });
        const head = input.kepala.get(upId);
        perubahan.push({
          id: ids.uuid(),
          instansi_id: instansiId,
          kalibrasi_id: board.id,
          evaluasi_id: moved.row.id,
          dari,
          ke: { ratingHasilKerja: 'SESUAI', ratingPerilaku: 'SESUAI', predikat: moved.predikat },
          alasan: ALASAN_KALIBRASI[1],
          oleh_akun_id: akunAtau(head?.pegawaiId ?? null),
          oleh_nama: head?.nama ?? input.pimpinan.nama,
          created_at: iso(clamp(nowMs - DAY, 4)),
        });
      }
    }
  }

  /** Not rated yet: the row exists (the appraiser opened the form) but holds no marks. */
  function unrate(g: EvalGen) {
    const headRule = g.row.rating_hasil_kerja_sumber === 'PREDIKAT_ORGANISASI';
    g.perilaku = null;
    g.predikat = null;
    if (!headRule) g.hasilKerja = null;
    Object.assign(g.row, {
      penilaian_rhk: {},
      umpan_balik_perilaku: {},
      rating_hasil_kerja: g.hasilKerja,
      rating_hasil_kerja_sumber: headRule ? 'PREDIKAT_ORGANISASI' : null,
      rating_perilaku: null,
      predikat: null,
      predikat_usulan: null,
    });
  }

  return {
    predikatOrganisasi,
    gens: belumAda.size ? evaluasi.filter((g) => !belumAda.has(g)) : evaluasi,
    kalibrasi,
    perubahan,
    lewat: lewat.map((p) => p.kode),
    cerita,
    deliver: (g, ditetapkan, diterima) => setDelivered(g, ditetapkan, diterima, false),
    clamp,
  };
}
