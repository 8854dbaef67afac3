/**
 * The only SQL of monitoring realisasi (issue 10, item 8): per period, per unit, how many set SKPs
 * have every IKI's realisasi entered, some, or none, with evidence counts. Aggregated per request in
 * one statement over the unit subtree (skp_unit_idx, realisasi_uq, bukti_iki_skp_idx), never cached:
 * realisasi changes with every save and a stale figure is worse than a slow one.
 *
 * Which SKPs count for a period: those of the year that have been set at least once (status
 * DITETAPKAN, or revisi ≥ 1 during a change or after closing — the rule of skpBolehDiisi in
 * domain/pelaksanaan/pengisian.ts) whose dates overlap the period. Each SKP counts in its own unit
 * (skp.unit_id), so a person moved mid-year is counted once per SKP, where they worked.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/tx.ts';

export type Kelengkapan = 'LENGKAP' | 'SEBAGIAN' | 'BELUM';

export interface PeriodeRow {
  kode: string;
  mulai: string;
  selesai: string;
  batasPengisian: string;
}

/** The CTEs shared by every read: the chosen period, the subtree's units and one row per counted SKP. */
function basis(instansiId: string, tahun: number, kode: string | null, unitPath: string, today: string): SQL {
  return sql`
    pk as (
      select x.kode, x.mulai::text as mulai, x.selesai::text as selesai, x."batasPengisian"::text as "batasPengisian"
      from periode_kinerja p, jsonb_to_recordset(p.periode) as x(kode text, mulai date, selesai date, "batasPengisian" date)
      where p.instansi_id = ${instansiId} and p.tahun = ${tahun}
        and (x.kode = ${kode}::text or (${kode}::text is null and x.mulai <= ${today}::date))
      order by (x.kode = 'AKHIR'), x.mulai desc limit 1
    ),
    un as (
      select id, nama, jenis, path from unit_organisasi
      where instansi_id = ${instansiId} and path like ${`${unitPath}%`}
    ),
    s0 as materialized (
      select s.id, s.unit_id, s.pegawai_id, s.jabatan_id, un.path
      from pk
      join skp s on s.instansi_id = ${instansiId} and s.tahun = ${tahun}
        and (s.status = 'DITETAPKAN' or s.revisi >= 1)
        and s.mulai <= pk.selesai::date and s.selesai >= pk.mulai::date
      join un on un.id = s.unit_id
    ),
    -- Set-based (one grouped pass each over the subtree's SKPs), not four probes per SKP.
    ik as (
      select r.skp_id, count(*)::int as n from rhk r join iki k on k.instansi_id = r.instansi_id and k.rhk_id = r.id
      where r.instansi_id = ${instansiId} and r.skp_id in (select id from s0) group by r.skp_id
    ),
    re as (
      select re.skp_id, count(k.id)::int as n, max(re.updated_at) as terakhir
      from realisasi re left join iki k on k.instansi_id = re.instansi_id and k.id = re.iki_id
      where re.instansi_id = ${instansiId} and re.periode_kode = (select kode from pk)
        and re.skp_id in (select id from s0) group by re.skp_id
    ),
    bi as (
      select bi.skp_id, count(distinct bi.bukti_id)::int as n from bukti_iki bi
      where bi.instansi_id = ${instansiId} and bi.periode_kode = (select kode from pk)
        and bi.skp_id in (select id from s0) group by bi.skp_id
    ),
    s as materialized (
      select s0.*, coalesce(ik.n, 0) as iki_total, coalesce(re.n, 0) as iki_terisi, re.terakhir,
        coalesce(bi.n, 0) as bukti,
        coalesce(sp.dibuka_sampai > now(), false) as dibuka_kembali,
        sp.dinilai_at is not null as dinilai
      from s0
      left join ik on ik.skp_id = s0.id
      left join re on re.skp_id = s0.id
      left join bi on bi.skp_id = s0.id
      left join skp_periode sp on sp.instansi_id = ${instansiId} and sp.skp_id = s0.id
        and sp.periode_kode = (select kode from pk)
    ),
    sk as materialized (
      select s.*, case when s.iki_total > 0 and s.iki_terisi >= s.iki_total then 'LENGKAP'
        when s.iki_terisi > 0 then 'SEBAGIAN' else 'BELUM' end as kelengkapan from s
    )`;
}

export interface BarisRealisasi {
  unitId: string;
  nama: string;
  jenis: string;
  langsung: boolean;
  adaSubunit: boolean;
  skp: number;
  lengkap: number;
  sebagian: number;
  belum: number;
  bukti: number;
  dibukaKembali: number;
  dinilai: number;
}

export interface RekapRealisasiRow {
  periode: PeriodeRow | null;
  daftarPeriode: string[];
  baris: BarisRealisasi[];
}

/**
 * The counts of one period for a unit: a row for the SKPs of the unit itself (`langsung`) and one
 * per child unit including its whole subtree. One statement.
 */
export async function rekapRealisasi(
  exec: Executor,
  a: { instansiId: string; tahun: number; kode: string | null; unit: { id: string; path: string }; today: string },
): Promise<RekapRealisasiRow> {
  const res = await exec.execute(sql`
    with ${basis(a.instansiId, a.tahun, a.kode, a.unit.path, a.today)},
    anak as (
      select un.id, un.nama, un.jenis, un.path, false as langsung from un
      where un.path like ${`${a.unit.path}%/`} and un.path not like ${`${a.unit.path}%/%/`}
      union all
      select un.id, un.nama, un.jenis, un.path, true from un where un.id = ${a.unit.id}
    ),
    -- Each SKP counts in the child unit its path passes through ('' = the unit itself): one pass,
    -- not one path comparison per SKP and child.
    per_anak as (
      select split_part(substr(sk.path, ${a.unit.path.length + 1}), '/', 1) as anak,
        count(*)::int as skp,
        count(*) filter (where sk.kelengkapan = 'LENGKAP')::int as lengkap,
        count(*) filter (where sk.kelengkapan = 'SEBAGIAN')::int as sebagian,
        count(*) filter (where sk.kelengkapan = 'BELUM')::int as belum,
        sum(sk.bukti)::int as bukti,
        count(*) filter (where sk.dibuka_kembali)::int as "dibukaKembali",
        count(*) filter (where sk.dinilai)::int as dinilai
      from sk group by 1
    ),
    agg as (
      select c.id as "unitId", c.nama, c.jenis, c.langsung,
        exists (select 1 from un x where x.path like c.path || '_%') as "adaSubunit",
        coalesce(g.skp, 0) as skp, coalesce(g.lengkap, 0) as lengkap, coalesce(g.sebagian, 0) as sebagian,
        coalesce(g.belum, 0) as belum, coalesce(g.bukti, 0) as bukti,
        coalesce(g."dibukaKembali", 0) as "dibukaKembali", coalesce(g.dinilai, 0) as dinilai
      from anak c
      left join per_anak g on g.anak = case when c.langsung then '' else c.id::text end
    )
    select (select row_to_json(pk) from pk) as periode,
      coalesce((select json_agg(p.kode order by p.mulai, p.kode) from periode_kinerja k,
        jsonb_to_recordset(k.periode) as p(kode text, mulai date)
        where k.instansi_id = ${a.instansiId} and k.tahun = ${a.tahun}), '[]'::json) as "daftarPeriode",
      coalesce((select json_agg(agg order by not agg.langsung, agg.nama, agg."unitId") from agg), '[]'::json) as baris`);
  return res.rows[0] as unknown as RekapRealisasiRow;
}

export interface PegawaiRealisasi {
  skpId: string;
  pegawaiId: string;
  nip: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jabatanNama: string | null;
  unitId: string;
  unitNama: string;
  ikiTotal: number;
  ikiTerisi: number;
  kelengkapan: Kelengkapan;
  terakhir: string | null;
  bukti: number;
  dibukaKembali: boolean;
  dinilai: boolean;
}

/**
 * The SKPs behind the counts (one row per SKP: its person, position, IKI with realisasi / total,
 * last entry, evidence), optionally of the unit itself only and of one completeness, by unit path,
 * name and NIP; `limit` null = all (the export). `total` counts every matching row. One statement.
 */
export async function pegawaiRealisasi(
  exec: Executor,
  a: {
    instansiId: string;
    tahun: number;
    kode: string | null;
    unit: { id: string; path: string };
    today: string;
    langsung: boolean;
    kelengkapan: Kelengkapan | null;
    limit: number | null;
    offset: number;
  },
): Promise<{ periode: PeriodeRow | null; total: number; items: PegawaiRealisasi[] }> {
  const res = await exec.execute(sql`
    with ${basis(a.instansiId, a.tahun, a.kode, a.unit.path, a.today)},
    f as (
      select sk.*, count(*) over () as total from sk
      where (not ${a.langsung}::boolean or sk.unit_id = ${a.unit.id})
        and (${a.kelengkapan}::text is null or sk.kelengkapan = ${a.kelengkapan}::text)
    ),
    halaman as (
      select f.*, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, j.nama as jabatan_nama, u.nama as unit_nama
      from f join pegawai p on p.id = f.pegawai_id and p.instansi_id = ${a.instansiId}
      join unit_organisasi u on u.id = f.unit_id
      left join jabatan j on j.id = f.jabatan_id
      order by f.path, p.nama, p.nip, f.id
      limit ${a.limit} offset ${a.offset}
    )
    select (select row_to_json(pk) from pk) as periode,
      coalesce((select total from f limit 1), 0)::int as total,
      coalesce((select json_agg(json_build_object('skpId', h.id, 'pegawaiId', h.pegawai_id, 'nip', h.nip, 'nama', h.nama,
        'gelarDepan', h.gelar_depan, 'gelarBelakang', h.gelar_belakang, 'jabatanNama', h.jabatan_nama,
        'unitId', h.unit_id, 'unitNama', h.unit_nama, 'ikiTotal', h.iki_total, 'ikiTerisi', h.iki_terisi,
        'kelengkapan', h.kelengkapan,
        'terakhir', to_char(h.terakhir at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'bukti', h.bukti, 'dibukaKembali', h.dibuka_kembali, 'dinilai', h.dinilai)
        order by h.path, h.nama, h.nip, h.id) from halaman h), '[]'::json) as items`);
  return res.rows[0] as unknown as { periode: PeriodeRow | null; total: number; items: PegawaiRealisasi[] };
}
