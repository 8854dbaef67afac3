/**
 * The year-end (or any period's) evaluation batch (issue 11 item 3 and the performance target):
 * for every evaluation of the instansi's period it computes the predikat from the stored ratings
 * (the PermenPANRB 6/2022 quadrant), runs the pola distribusi check of every unit penilaian (SE
 * MenPANRB 3/2023 via `papanKalibrasi`, the board's own model) and writes the results — the
 * predikat on the evaluations, and the check into `kalibrasi.hasil` for units whose calibration is
 * not FINAL. A FINAL calibration is never touched, nor are its unit's evaluations (they are locked
 * while it is final), nor any evaluation past DRAFT (set ones change only by correction/keberatan).
 *
 * Set-based: three statements whatever the size — one UPDATE … FROM (VALUES quadrant), one
 * GROUP BY for the counts per unit, one INSERT … SELECT FROM json ON CONFLICT for the results —
 * plus the audit row. The per-unit check runs in memory on the aggregated counts (one call per unit,
 * not per row; the kalkulator caches by N).
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { papanKalibrasi } from '../../domain/evaluasi/kalibrasi.ts';
import { KUADRAN_6_2022 } from '../../domain/rules/permenpanrb-6-2022.ts';
import { resolveSettings } from '../../domain/settings.ts';
import { PREDIKATS, type Predikat, type PredikatOrganisasi, RATINGS } from '../../domain/types.ts';
import { writeAudit } from '../audit/index.ts';

export interface HasilBatch {
  evaluasi: number;
  predikatDiperbarui: number;
  unit: number;
  unitSesuai: number;
  unitMelanggar: number;
  unitTanpaPredikatOrganisasi: number;
  unitFinalDilewati: number;
  ms: number;
}

/** The quadrant as SQL VALUES rows (hk, rp, predikat): one source of truth with predikatFromRatings. */
export function kuadranValues() {
  const rows = RATINGS.flatMap((hk) => RATINGS.map((rp) => sql`(${hk}, ${rp}, ${KUADRAN_6_2022[hk][rp]})`));
  return sql.join(rows, sql`, `);
}

interface UnitCount {
  unitId: string;
  n: number;
  sb: number;
  b: number;
  bp: number;
  k: number;
  sk: number;
  org: string | null;
  final: boolean;
}

/** Runs the batch in one transaction. `actor` names who ran it in the audit trail (CLI: the operator). */
export async function jalankanBatch(
  database: Database,
  opts: { instansiId: string; tahun: number; periodeKode: string; akunId?: string | null; actorLabel?: string },
): Promise<HasilBatch> {
  const t0 = performance.now();
  const { instansiId, tahun, periodeKode } = opts;
  return database.db.transaction(async (tx) => {
    const settingsRow = await tx.execute(
      sql`select settings from pengaturan_instansi where instansi_id = ${instansiId}`,
    );
    const settings = resolveSettings((settingsRow.rows[0] as { settings?: unknown } | undefined)?.settings ?? {});

    // 1. Predikat from the stored ratings, only where it differs, only DRAFT, never under a FINAL board.
    const upd = await tx.execute(sql`
      update evaluasi e
         set predikat = q.predikat, predikat_usulan = coalesce(e.predikat_usulan, q.predikat),
             version = e.version + 1, updated_at = now()
        from (values ${kuadranValues()}) as q(hk, rp, predikat)
       where e.instansi_id = ${instansiId} and e.tahun = ${tahun} and e.periode_kode = ${periodeKode}
         and e.status = 'DRAFT'
         and e.rating_hasil_kerja = q.hk and e.rating_perilaku = q.rp
         and e.predikat is distinct from q.predikat
         and not exists (select 1 from kalibrasi k
                          where k.instansi_id = e.instansi_id and k.unit_penilaian_id = e.unit_penilaian_id
                            and k.tahun = e.tahun and k.periode_kode = e.periode_kode and k.status = 'FINAL')`);
    const predikatDiperbarui = (upd as unknown as { rowCount?: number; affectedRows?: number }).rowCount ?? 0;

    // 2. Counts per unit penilaian, with its predikat organisasi and whether its board is final.
    const counts = await tx.execute(sql`
      select c.unit_penilaian_id as "unitId", c.n, c.sb, c.b, c.bp, c.k, c.sk, po.predikat as org,
             coalesce(ka.status = 'FINAL', false) as final
      from (select unit_penilaian_id, count(*)::int as n,
                   count(*) filter (where predikat = 'SANGAT_BAIK')::int as sb,
                   count(*) filter (where predikat = 'BAIK')::int as b,
                   count(*) filter (where predikat = 'BUTUH_PERBAIKAN')::int as bp,
                   count(*) filter (where predikat = 'KURANG')::int as k,
                   count(*) filter (where predikat = 'SANGAT_KURANG')::int as sk
              from evaluasi
             where instansi_id = ${instansiId} and tahun = ${tahun} and periode_kode = ${periodeKode}
             group by unit_penilaian_id) c
      left join predikat_organisasi po on po.instansi_id = ${instansiId} and po.unit_id = c.unit_penilaian_id
           and po.tahun = ${tahun} and po.periode_kode = ${periodeKode}
      left join kalibrasi ka on ka.instansi_id = ${instansiId} and ka.unit_penilaian_id = c.unit_penilaian_id
           and ka.tahun = ${tahun} and ka.periode_kode = ${periodeKode}`);
    const units = counts.rows as unknown as UnitCount[];

    // 3. The check per unit (in memory, on the counts) and one upsert of every open unit's result.
    const dihitungAt = new Date().toISOString();
    const out: Array<{ unitId: string; hasil: unknown }> = [];
    let sesuai = 0;
    let melanggar = 0;
    let tanpaOrg = 0;
    let final = 0;
    for (const u of units) {
      if (u.final) {
        final++;
        continue;
      }
      const jumlah: Record<Predikat, number> = {
        SANGAT_BAIK: u.sb,
        BAIK: u.b,
        BUTUH_PERBAIKAN: u.bp,
        KURANG: u.k,
        SANGAT_KURANG: u.sk,
      };
      const rated = PREDIKATS.reduce((s, p) => s + jumlah[p], 0);
      // The board model counts evaluations; give it the counts without materialising rows.
      const ev = expandCounts(jumlah, u.n - rated);
      const m = papanKalibrasi(ev, (u.org as PredikatOrganisasi | null) ?? null, settings.distribusi);
      if (m.sesuai === null) tanpaOrg++;
      else if (m.sesuai) sesuai++;
      else melanggar++;
      out.push({
        unitId: u.unitId,
        hasil: {
          sumber: 'BATCH',
          predikatOrganisasi: u.org,
          n: m.nTotal,
          belumDinilai: m.belumDinilai,
          jumlah: m.jumlah,
          sesuai: m.sesuai,
          pelanggaran: m.pelanggaran.map((p) => ({ aturan: p.aturan, code: p.code, teks: p.teks, selisih: p.selisih })),
          pengaturan: settings.distribusi,
          dihitungAt,
        },
      });
    }
    if (out.length) {
      await tx.execute(sql`
        insert into kalibrasi (instansi_id, unit_penilaian_id, tahun, periode_kode, hasil)
        select ${instansiId}, r."unitId"::uuid, ${tahun}, ${periodeKode}, r.hasil
          from jsonb_to_recordset(${JSON.stringify(out)}::jsonb) as r("unitId" text, hasil jsonb)
        on conflict (instansi_id, unit_penilaian_id, tahun, periode_kode)
        do update set hasil = excluded.hasil, updated_at = now()
         where kalibrasi.status <> 'FINAL'`);
    }
    const hasil: HasilBatch = {
      evaluasi: units.reduce((s, u) => s + u.n, 0),
      predikatDiperbarui,
      unit: units.length,
      unitSesuai: sesuai,
      unitMelanggar: melanggar,
      unitTanpaPredikatOrganisasi: tanpaOrg,
      unitFinalDilewati: final,
      ms: 0,
    };
    await writeAudit(tx, {
      instansiId,
      akunId: opts.akunId ?? null,
      actorLabel: opts.actorLabel ?? 'sistem',
      action: 'evaluasi.batch',
      entity: 'evaluasi_batch',
      entityId: `${tahun}/${periodeKode}`,
      after: hasil,
    });
    hasil.ms = Math.round(performance.now() - t0);
    return hasil;
  });
}

/** Lightweight stand-ins for the board model: one entry per evaluation, no ids needed. */
function expandCounts(j: Record<Predikat, number>, unrated: number) {
  const out: Array<{ id: string; predikat: Predikat | null }> = [];
  for (const p of PREDIKATS) for (let i = 0; i < j[p]; i++) out.push({ id: '', predikat: p });
  for (let i = 0; i < unrated; i++) out.push({ id: '', predikat: null });
  return out;
}
