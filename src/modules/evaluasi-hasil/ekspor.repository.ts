/**
 * The only SQL of the evaluation export (issue 11, item 8). Two statements:
 *
 * - `ringkasanEkspor`: per unit penilaian × period, the predikat counts of the rated evaluations and
 *   the unit's predikat organisasi (for the DISTRIBUSI_SESUAI column), how many rows the caller's
 *   scope holds (for the audit entry), and the instansi's distribution settings — one grouped pass.
 * - `batchEkspor`: the next `limit` rows after a keyset (unit penilaian, period, evaluation id), so a
 *   100k-row export is read in batches and never held whole in memory. Each batch is its own
 *   statement (not one long transaction): on PGlite the pool has one connection, and a slow
 *   download must not hold it. A change made while the file streams may therefore show in later
 *   rows only; docs/evaluasi-ekspor.md says so.
 *
 * The scope of a unit admin is the SKP's unit (where the pegawai worked under that SKP) inside
 * their subtree.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/tx.ts';

export interface EksporFilter {
  instansiId: string;
  tahun: number;
  /** Stored period code (TW1…, B01…, AKHIR) or null for every period of the year. */
  periodeKode: string | null;
  /** Unit subtrees (materialised paths) of a unit admin; null for the whole tenant. */
  paths: string[] | null;
}

export interface RingkasanUnit {
  unitId: string;
  periodeKode: string;
  predikatOrganisasi: string | null;
  jumlah: Record<string, number>;
}

export interface Ringkasan {
  units: RingkasanUnit[];
  baris: number;
  distribusi: unknown;
  /** The period codes of the year's periode_kinerja (null when the year has none). */
  kodePeriode: string[] | null;
}

function lingkup(f: EksporFilter): SQL {
  return sql`e.instansi_id = ${f.instansiId} and e.tahun = ${f.tahun}
    and (${f.periodeKode}::text is null or e.periode_kode = ${f.periodeKode}::text)`;
}

function dalamSubtree(f: EksporFilter): SQL {
  if (!f.paths) return sql`true`;
  return sql`exists (select 1 from skp s join unit_organisasi su on su.instansi_id = s.instansi_id and su.id = s.unit_id
    where s.instansi_id = e.instansi_id and s.id = e.skp_id
      and su.path like any (select p || '%' from unnest(${sql.param(f.paths)}::text[]) p))`;
}

export async function ringkasanEkspor(exec: Executor, f: EksporFilter): Promise<Ringkasan> {
  const res = await exec.execute(sql`
    with g as (
      select e.unit_penilaian_id, e.periode_kode, e.predikat, count(*)::int as n,
        count(*) filter (where ${dalamSubtree(f)})::int as dalam
      from evaluasi e where ${lingkup(f)}
      group by 1, 2, 3
    )
    select
      coalesce((select json_agg(json_build_object('unitId', u.unit_penilaian_id, 'periodeKode', u.periode_kode,
        'predikatOrganisasi', po.predikat, 'jumlah', u.jumlah))
        from (select unit_penilaian_id, periode_kode,
                json_object_agg(predikat, n) filter (where predikat is not null) as jumlah
              from g group by 1, 2) u
        left join predikat_organisasi po on po.instansi_id = ${f.instansiId} and po.unit_id = u.unit_penilaian_id
          and po.tahun = ${f.tahun} and po.periode_kode = u.periode_kode), '[]'::json) as units,
      (select coalesce(sum(dalam), 0)::int from g) as baris,
      (select settings->'distribusi' from pengaturan_instansi where instansi_id = ${f.instansiId}) as distribusi,
      (select jsonb_agg(x->>'kode') from periode_kinerja pk, jsonb_array_elements(pk.periode) x
        where pk.instansi_id = ${f.instansiId} and pk.tahun = ${f.tahun}) as "kodePeriode"`);
  const r = res.rows[0] as Omit<Ringkasan, 'units'> & {
    units: (Omit<RingkasanUnit, 'jumlah'> & { jumlah: Record<string, number> | null })[];
  };
  return { ...r, units: r.units.map((u) => ({ ...u, jumlah: u.jumlah ?? {} })) };
}

export interface Kunci {
  unitId: string;
  periodeKode: string;
  id: string;
}

export interface BarisEvaluasi {
  id: string;
  unitPenilaianId: string;
  periodeKode: string;
  tahun: number;
  nip: string;
  nama: string;
  golongan: string | null;
  jenisAsn: string | null;
  jabatan: string | null;
  unitKerja: string | null;
  upKode: string | null;
  upNama: string | null;
  predikatOrganisasi: string | null;
  ratingHasilKerja: string | null;
  ratingHasilKerjaSumber: string | null;
  ratingPerilaku: string | null;
  predikat: string | null;
  predikatUsulan: string | null;
  status: string;
  versi: number;
  tanggalPenetapan: string | null;
  tanggalDiterima: string | null;
  batasKeberatan: string | null;
  keberatan: string | null;
  keputusanKeberatan: string | null;
  kalibrasi: string | null;
  override: boolean;
  penilaiNip: string | null;
  penilaiNama: string | null;
}

/** The next batch after `setelah` (null: from the start), ordered by the keyset. */
export async function batchEkspor(
  exec: Executor,
  f: EksporFilter,
  setelah: Kunci | null,
  limit: number,
  today: string,
): Promise<BarisEvaluasi[]> {
  const after = setelah
    ? // tahun is fixed, so putting it in the row comparison changes nothing but lets PostgreSQL walk
      // evaluasi_unit_idx (instansi_id, unit_penilaian_id, tahun, periode_kode) from the last key.
      sql`and (e.unit_penilaian_id, e.tahun, e.periode_kode, e.id) > (${setelah.unitId}::uuid, ${f.tahun}::int, ${setelah.periodeKode}::text, ${setelah.id}::uuid)`
    : sql``;
  const res = await exec.execute(sql`
    -- The batch itself, read once by index order (materialised: joining it back to evaluasi by id
    -- made PostgreSQL hash the whole table for every batch).
    with e as materialized (
      select e.* from evaluasi e
      where ${lingkup(f)} ${after} and ${dalamSubtree(f)}
      order by e.unit_penilaian_id, e.tahun, e.periode_kode, e.id
      limit ${limit}
    )
    select e.id, e.unit_penilaian_id as "unitPenilaianId", e.periode_kode as "periodeKode", e.tahun,
      p.nip, p.nama, p.golongan, p.jenis_asn as "jenisAsn",
      s.snapshot->'jabatan'->>'nama' as jabatan, s.snapshot->'unit'->>'nama' as "unitKerja",
      up.kode as "upKode", up.nama as "upNama", po.predikat as "predikatOrganisasi",
      e.rating_hasil_kerja as "ratingHasilKerja", e.rating_hasil_kerja_sumber as "ratingHasilKerjaSumber",
      e.rating_perilaku as "ratingPerilaku", e.predikat, e.predikat_usulan as "predikatUsulan",
      case when e.status = 'DITERIMA' and e.batas_keberatan < ${today}::date then 'FINAL' else e.status end as status,
      e.versi,
      to_char(e.ditetapkan_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD') as "tanggalPenetapan",
      to_char(e.diterima_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD') as "tanggalDiterima",
      e.batas_keberatan::text as "batasKeberatan",
      kb.status as keberatan, kb.keputusan as "keputusanKeberatan",
      k.status as kalibrasi, coalesce(k.status = 'FINAL' and k.override, false) as override,
      pn.nip as "penilaiNip", pn.nama as "penilaiNama"
    from e
    -- Lateral lookups by key: the batch is small and the planner misjudges its size (a row
    -- comparison), so plain joins got a hash over the whole pegawai table for every batch; "offset 0"
    -- keeps each lookup a parameterised index probe (PostgreSQL would otherwise flatten it back).
    join lateral (select p.nip, p.nama, p.golongan, p.jenis_asn from pegawai p
      where p.instansi_id = e.instansi_id and p.id = e.pegawai_id offset 0) p on true
    left join lateral (select s.snapshot from skp s where s.instansi_id = e.instansi_id and s.id = e.skp_id offset 0) s on true
    left join lateral (select up.kode, up.nama from unit_organisasi up
      where up.instansi_id = e.instansi_id and up.id = e.unit_penilaian_id offset 0) up on true
    left join lateral (select po.predikat from predikat_organisasi po where po.instansi_id = e.instansi_id
      and po.unit_id = e.unit_penilaian_id and po.tahun = e.tahun and po.periode_kode = e.periode_kode offset 0) po on true
    left join lateral (select k.status, k.override from kalibrasi k where k.instansi_id = e.instansi_id
      and k.unit_penilaian_id = e.unit_penilaian_id and k.tahun = e.tahun and k.periode_kode = e.periode_kode offset 0) k on true
    left join lateral (select kb.status, kb.keputusan from keberatan kb
      where kb.instansi_id = e.instansi_id and kb.evaluasi_id = e.id offset 0) kb on true
    left join lateral (select pn.nip, pn.nama from pegawai pn
      where pn.instansi_id = e.instansi_id and pn.id = e.penilai_pegawai_id offset 0) pn on true
    order by e.unit_penilaian_id, e.periode_kode, e.id`);
  return res.rows as unknown as BarisEvaluasi[];
}
