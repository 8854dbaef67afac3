/**
 * Keberatan of the demo year and the demo accounts' showable states (after evaluasi-demo-plan.ts):
 *
 * - decided objections (TETAP and UBAH) in earlier quarters, each filed inside its window
 *   (PP 30/2019 Pasal 59; the instansi's window setting), the evaluation FINAL at the decision;
 *   an UBAH decision changes the ratings (predikat from the quadrant) and is kept as version 2;
 * - in the latest past quarter objections still open: DIAJUKAN, and DIPERIKSA with the appraiser's
 *   explanation (the evaluation is KEBERATAN);
 * - the demo OPD head has one DIPERIKSA objection to decide and one DIAJUKAN (addressed to them as
 *   atasan pejabat penilai), plus a TETAP and an UBAH in an earlier quarter; the teacher has a
 *   latest-quarter evaluation received two days ago (days left to object); the demo appraiser's own
 *   latest evaluation is set and waits for their receipt.
 */
import { predikatFromRatings } from '../../domain/predikat.ts';
import type { Rating } from '../../domain/types.ts';
import { ALASAN_KEBERATAN, KEPUTUSAN, PENJELASAN_PEGAWAI, PENJELASAN_PENILAI } from './evaluasi-demo-content.ts';
import { type EvalGen, type Plan, type PlanInput, type Row, tanggalWib, wib } from './evaluasi-demo-types.ts';

const DAY = 86_400_000;
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** What a set evaluation held at a version (evaluasi_versi.isi). */
export function isiOf(row: Row): Row {
  return {
    ratingHasilKerja: row.rating_hasil_kerja,
    ratingHasilKerjaSumber: row.rating_hasil_kerja_sumber,
    ratingPerilaku: row.rating_perilaku,
    predikat: row.predikat,
    penilaianRhk: row.penilaian_rhk,
    umpanBalikPerilaku: row.umpan_balik_perilaku,
    catatan: row.catatan,
  };
}

export interface Koreksi {
  g: EvalGen;
  sebelum: Row;
  alasan: string;
  at: number;
}

export function planKeberatan(input: PlanInput, plan: Plan): { keberatan: Row[]; koreksi: Koreksi[] } {
  const { rng, ids } = input;
  const nowMs = input.now.getTime();
  const { clamp } = plan;
  const keberatan: Row[] = [];
  const koreksi: Koreksi[] = [];
  const demoIds = new Set(input.akunOf.keys());
  const taken = new Set<string>();
  const terakhir = plan.lewat.at(-1) ?? null;
  const lama = new Set(plan.lewat.slice(0, -1));
  const eligible = (g: EvalGen) =>
    !taken.has(g.row.id as string) &&
    !demoIds.has(g.skp.pegawaiId) &&
    !!g.skp.atasanId &&
    !!g.skp.penilaiId &&
    g.predikat !== null &&
    g.predikat !== 'SANGAT_BAIK' &&
    g.diterima !== null &&
    g.batas !== null;

  const file = (g: EvalGen, stage: 'DIAJUKAN' | 'DIPERIKSA' | 'TETAP' | 'UBAH', diajukanSekitar?: number) => {
    taken.add(g.row.id as string);
    const diterima = g.diterima as number;
    const batas = g.batas as string;
    // Filed inside the window: never after the last day (Asia/Jakarta), never before the receipt.
    const want = diajukanSekitar ?? diterima + rng.int(1, 6) * DAY;
    const diajukan = clamp(Math.max(diterima + 3_600_000, Math.min(want, wib(batas, 15))), 4);
    if (tanggalWib(diajukan) > batas) throw new Error('demo keberatan filed after its deadline');
    const explained = stage !== 'DIAJUKAN';
    const penjelasanPenilaiAt = explained ? clamp(diajukan + rng.int(1, 3) * DAY, 5) : null;
    const decided = stage === 'TETAP' || stage === 'UBAH';
    const penjelasanPegawaiAt = decided ? clamp((penjelasanPenilaiAt as number) + DAY, 6) : null;
    const diputuskan = decided ? clamp((penjelasanPegawaiAt as number) + rng.int(2, 6) * DAY, 7) : null;
    const sebelum = { ratingHasilKerja: g.hasilKerja, ratingPerilaku: g.perilaku, predikat: g.predikat };
    let sesudah: Row | null = decided ? sebelum : null;
    let alasanKeputusan: string | null = null;
    const atasanNama = input.namaOf.get(g.skp.atasanId as string) ?? null;
    if (stage === 'UBAH') {
      const hk: Rating = g.hasilKerja === 'DI_BAWAH' ? 'SESUAI' : (g.hasilKerja as Rating);
      const rp: Rating = g.hasilKerja !== 'DI_BAWAH' && g.perilaku === 'DI_BAWAH' ? 'SESUAI' : (g.perilaku as Rating);
      const isiLama = isiOf(g.row);
      g.hasilKerja = hk;
      g.perilaku = rp;
      g.predikat = predikatFromRatings(hk, rp).predikat;
      sesudah = { ratingHasilKerja: hk, ratingPerilaku: rp, predikat: g.predikat };
      alasanKeputusan = g.hasilKerja === sebelum.ratingHasilKerja ? KEPUTUSAN.UBAH[1] : KEPUTUSAN.UBAH[0];
      Object.assign(g.row, { rating_hasil_kerja: hk, rating_perilaku: rp, predikat: g.predikat, versi: 2 });
      koreksi.push({
        g,
        sebelum: isiLama,
        alasan: `Keputusan atasan pejabat penilai atas keberatan: ${alasanKeputusan}`,
        at: diputuskan as number,
      });
    } else if (stage === 'TETAP') {
      alasanKeputusan = rng.pick(KEPUTUSAN.TETAP);
    }
    g.row.status = decided ? 'FINAL' : 'KEBERATAN';
    g.row.final_at = decided ? iso(diputuskan) : null;
    keberatan.push({
      id: ids.uuid(),
      instansi_id: input.instansiId,
      evaluasi_id: g.row.id,
      pegawai_id: g.skp.pegawaiId,
      atasan_pegawai_id: g.skp.atasanId,
      status: decided ? 'DIPUTUSKAN' : stage,
      alasan: rng.pick(ALASAN_KEBERATAN),
      permintaan:
        g.hasilKerja === 'DI_BAWAH' || stage === 'UBAH' ? { ratingHasilKerja: 'SESUAI' } : { ratingPerilaku: 'SESUAI' },
      diajukan_at: iso(diajukan),
      penjelasan_penilai: explained ? rng.pick(PENJELASAN_PENILAI) : null,
      penjelasan_penilai_at: iso(penjelasanPenilaiAt),
      penjelasan_pegawai: decided ? rng.pick(PENJELASAN_PEGAWAI) : null,
      penjelasan_pegawai_at: iso(penjelasanPegawaiAt),
      keputusan: decided ? stage : null,
      keputusan_alasan: alasanKeputusan,
      hasil_sebelum: decided ? sebelum : null,
      hasil_sesudah: sesudah,
      diputuskan_at: iso(diputuskan),
      diputuskan_oleh: decided ? g.skp.atasanId : null,
      diputuskan_oleh_nama: decided ? atasanNama : null,
    });
  };
  /** Moves the receipt close to today, so an open objection was filed recently and in time. */
  const receiveRecently = (g: EvalGen, daysAgo: number) => {
    const ditetapkan = Math.max(g.ditetapkan as number, nowMs - (daysAgo + 3) * DAY);
    plan.deliver(g, clamp(ditetapkan, 2), clamp(Math.max(ditetapkan + 3_600_000, nowMs - daysAgo * DAY), 3));
  };

  // ---- the demo accounts ----------------------------------------------------------------------
  const { opdHead, appraiser, guru, staff } = input.demo;
  const latest = terakhir ? plan.gens.filter((g) => g.periode === terakhir) : [];
  const older = plan.gens.filter((g) => lama.has(g.periode));
  const forHead = (list: EvalGen[]) =>
    list
      .filter((g) => eligible(g) && g.skp.atasanId === opdHead)
      .sort((a, b) => Number(b.skp.penilaiId === appraiser) - Number(a.skp.penilaiId === appraiser));
  if (opdHead) {
    const now = forHead(latest);
    if (now[0]) {
      receiveRecently(now[0], 9);
      file(now[0], 'DIPERIKSA', nowMs - 6 * DAY);
    }
    if (now[1]) {
      receiveRecently(now[1], 4);
      file(now[1], 'DIAJUKAN', nowMs - DAY);
    }
    const before = forHead(older);
    const ubah = before.find((g) => g.hasilKerja === 'DI_BAWAH' || g.perilaku === 'DI_BAWAH');
    if (ubah) file(ubah, 'UBAH');
    const tetap = forHead(older)[0];
    if (tetap) file(tetap, 'TETAP');
  }
  for (const id of [guru, staff]) {
    const g = latest.find((x) => x.skp.pegawaiId === id);
    if (!g) continue;
    const ditetapkan = clamp(Math.max(g.ditetapkan as number, nowMs - 4 * DAY), 2);
    plan.deliver(g, ditetapkan, clamp(Math.max(ditetapkan + 3_600_000, nowMs - 2 * DAY), 3));
  }
  const own = latest.find((x) => x.skp.pegawaiId === appraiser);
  if (own) plan.deliver(own, clamp(Math.max(own.ditetapkan as number, nowMs - 3 * DAY), 2), null);

  // ---- across the tenant: about one evaluation in four hundred is objected to -----------------
  for (const g of older) {
    if (!eligible(g) || !rng.chance(0.0025)) continue;
    const low = g.hasilKerja === 'DI_BAWAH' || g.perilaku === 'DI_BAWAH';
    file(g, low && rng.chance(0.5) ? 'UBAH' : 'TETAP');
  }
  let open = 0;
  for (const g of rng.shuffle(latest)) {
    if (open >= 8) break;
    if (!eligible(g)) continue;
    const stage = open % 3 === 0 ? 'DIAJUKAN' : open % 3 === 1 ? 'DIPERIKSA' : rng.pick(['TETAP', 'UBAH'] as const);
    if (stage === 'UBAH' && g.hasilKerja !== 'DI_BAWAH' && g.perilaku !== 'DI_BAWAH') continue;
    if (stage === 'DIAJUKAN' || stage === 'DIPERIKSA') receiveRecently(g, rng.int(3, 10));
    file(g, stage);
    open++;
  }
  return { keberatan, koreksi };
}

/**
 * evaluasi_versi rows of the evaluations a decision changed (version 1 as set, version 2 as
 * decided); version 1 of every other set evaluation is copied inside the database (evaluasi-demo.ts).
 */
export function planVersi(input: PlanInput, koreksi: Koreksi[]): Row[] {
  const out: Row[] = [];
  for (const { g, sebelum, alasan, at } of koreksi) {
    const oleh = (g.skp.penilaiId && input.akunOf.get(g.skp.penilaiId)) || input.adminAkunId;
    const atasan = (g.skp.atasanId && input.akunOf.get(g.skp.atasanId)) || input.adminAkunId;
    const base = { instansi_id: input.instansiId, evaluasi_id: g.row.id };
    out.push({
      ...base,
      id: input.ids.uuid(),
      versi: 1,
      isi: sebelum,
      alasan: null,
      oleh_akun_id: oleh,
      created_at: iso(g.ditetapkan),
    });
    out.push({
      ...base,
      id: input.ids.uuid(),
      versi: 2,
      isi: isiOf(g.row),
      alasan,
      oleh_akun_id: atasan,
      created_at: iso(at),
    });
  }
  return out;
}
