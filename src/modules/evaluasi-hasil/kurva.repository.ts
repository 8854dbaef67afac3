/**
 * The only SQL of the Monitoring Kurva (issue 11, item 9): for one year and period, in ONE
 * statement, the evaluations per unit penilaian × predikat × effective status, the set SKPs that
 * have no evaluation for the period yet (per SKP unit — the service maps them to their unit
 * penilaian), the predikat organisasi and kalibrasi of every unit, the period's dates and entry
 * deadline, the tenant's units and the settings the figures depend on. Never cached: ratings move
 * during calibration and a stale curve is worse than a slow one.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/tx.ts';

export interface DataKurva {
  ev: Array<{ unitId: string; predikat: string | null; status: string; n: number }>;
  sk: Array<{ unitId: string; n: number }>;
  po: Array<{ unitId: string; predikat: string; penetapNama: string }>;
  ka: Array<{ unitId: string; status: string; override: boolean; finalAt: string | null }>;
  periode: { kode: string; mulai: string; selesai: string; batasPengisian: string | null } | null;
  kodePeriode: string[] | null;
  units: Array<{ id: string; kode: string; nama: string; jenis: string; path: string; depth: number }>;
  settings: Record<string, unknown> | null;
}

export async function dataKurva(
  exec: Executor,
  p: { instansiId: string; tahun: number; periodeKode: string; today: string },
): Promise<DataKurva> {
  const { instansiId: i, tahun: t, periodeKode: k } = p;
  const res = await exec.execute(sql`
    with pk as (
      select x.kode, x.mulai::text as mulai, x.selesai::text as selesai, x."batasPengisian"::text as "batasPengisian"
      from periode_kinerja p, jsonb_to_recordset(p.periode) as x(kode text, mulai date, selesai date, "batasPengisian" date)
      where p.instansi_id = ${i} and p.tahun = ${t}
    ),
    ev as (
      select e.unit_penilaian_id as "unitId", e.predikat,
        case when e.status = 'DITERIMA' and e.batas_keberatan < ${p.today}::date then 'FINAL' else e.status end as status,
        count(*)::int as n
      from evaluasi e where e.instansi_id = ${i} and e.tahun = ${t} and e.periode_kode = ${k}
      group by 1, 2, 3
    ),
    -- Set SKPs (the rule of monitoring realisasi) covering the period with no evaluation for it yet.
    sk as (
      select s.unit_id as "unitId", count(*)::int as n from skp s
      where s.instansi_id = ${i} and s.tahun = ${t} and (s.status = 'DITETAPKAN' or s.revisi >= 1)
        and s.unit_id is not null
        and not exists (select 1 from pk where pk.kode = ${k} and (s.mulai > pk.selesai::date or s.selesai < pk.mulai::date))
        and not exists (select 1 from evaluasi e where e.instansi_id = s.instansi_id and e.skp_id = s.id and e.periode_kode = ${k})
      group by 1
    )
    select
      (select coalesce(json_agg(ev), '[]'::json) from ev) as ev,
      (select coalesce(json_agg(sk), '[]'::json) from sk) as sk,
      (select coalesce(json_agg(json_build_object('unitId', unit_id, 'predikat', predikat, 'penetapNama', penetap_nama)), '[]'::json)
        from predikat_organisasi where instansi_id = ${i} and tahun = ${t} and periode_kode = ${k}) as po,
      (select coalesce(json_agg(json_build_object('unitId', unit_penilaian_id, 'status', status, 'override', override,
          'finalAt', final_at)), '[]'::json)
        from kalibrasi where instansi_id = ${i} and tahun = ${t} and periode_kode = ${k}) as ka,
      (select row_to_json(pk) from pk where pk.kode = ${k}) as periode,
      (select json_agg(pk.kode) from pk) as "kodePeriode",
      (select coalesce(json_agg(json_build_object('id', id, 'kode', kode, 'nama', nama, 'jenis', jenis, 'path', path,
          'depth', depth)), '[]'::json)
        from unit_organisasi where instansi_id = ${i}) as units,
      (select settings from pengaturan_instansi where instansi_id = ${i}) as settings`);
  return res.rows[0] as unknown as DataKurva;
}

/** One unit of the tenant (for a drill-down into a unit with nothing in the period yet). */
export async function dataUnit(exec: Executor, instansiId: string, unitId: string) {
  const res = await exec.execute(sql`
    select id, kode, nama, jenis, path, depth from unit_organisasi where instansi_id = ${instansiId} and id = ${unitId}`);
  return res.rows[0] as
    | { id: string; kode: string; nama: string; jenis: string; path: string; depth: number }
    | undefined;
}
