/** The one statement behind the appraiser's Bawahan screen. */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/tx.ts';

export interface BawahanRow {
  pegawaiId: string;
  skpId: string | null;
  status: string | null;
  ikiTotal: number;
  ikiTerisi: number;
  buktiBelumDilihat: number;
  umpanBalikMenunggu: number;
  periodeKode: string;
}

/**
 * Per appraisee, for their SKP of the year in force (set, or set and under perubahan:
 * `skpSedangBerlaku`), else their closed one: IKI with a realisasi in the period /
 * IKI total, evidence the appraiser has not opened yet (any period), and threads whose last entry is
 * the employee's. The period is the one asked for, else the (shortest) one of the year's list that
 * contains `hariIni`, else the calendar quarter. One round trip whatever the number of appraisees.
 */
export async function findBawahanPelaksanaan(
  exec: Executor,
  p: { instansiId: string; pegawaiIds: string[]; tahun: number; periodeKode: string | null; hariIni: string },
): Promise<{ periodeKode: string; rows: BawahanRow[] }> {
  const i = p.instansiId;
  const res = await exec.execute(sql`
    with per as (
      select coalesce(
        ${p.periodeKode}::text,
        (select e->>'kode' from periode_kinerja pk, jsonb_array_elements(pk.periode) e
          where pk.instansi_id = ${i} and pk.tahun = ${p.tahun} and e->>'kode' <> 'AKHIR'
            and (e->>'mulai')::date <= ${p.hariIni}::date and (e->>'selesai')::date >= ${p.hariIni}::date
          order by (e->>'selesai')::date - (e->>'mulai')::date limit 1),
        'TW' || extract(quarter from ${p.hariIni}::date)::int
      ) as kode
    ), ids as (
      select unnest(${`{${p.pegawaiIds.join(',')}}`}::uuid[]) as pegawai_id
    ), s as (
      select distinct on (sk.pegawai_id) sk.id, sk.pegawai_id, sk.status
      from skp sk join ids on ids.pegawai_id = sk.pegawai_id
      where sk.instansi_id = ${i} and sk.tahun = ${p.tahun}
        and (sk.status in ('DITETAPKAN', 'DITUTUP') or sk.revisi >= 1)
      order by sk.pegawai_id, (sk.status <> 'DITUTUP') desc, sk.mulai desc
    )
    select ids.pegawai_id, s.id as skp_id, s.status, per.kode as periode_kode,
      coalesce((select count(*) from rhk r join iki k on k.instansi_id = r.instansi_id and k.rhk_id = r.id
                where r.instansi_id = ${i} and r.skp_id = s.id), 0)::int as iki_total,
      coalesce((select count(*) from realisasi re
                where re.instansi_id = ${i} and re.skp_id = s.id and re.periode_kode = per.kode
                  and (re.nilai is not null or coalesce(trim(re.teks), '') <> '')), 0)::int as iki_terisi,
      coalesce((select count(*) from bukti_iki bi
                where bi.instansi_id = ${i} and bi.skp_id = s.id and bi.dilihat_penilai_at is null), 0)::int
        as bukti_belum_dilihat,
      coalesce((select count(*) from umpan_balik u
                where u.instansi_id = ${i} and u.skp_id = s.id and u.induk_id is null
                  and coalesce((select b.peran_penulis from umpan_balik b
                                where b.instansi_id = ${i} and b.induk_id = u.id
                                order by b.created_at desc, b.id desc limit 1), u.peran_penulis) = 'PEGAWAI'), 0)::int
        as umpan_balik_menunggu
    from ids cross join per left join s on s.pegawai_id = ids.pegawai_id`);
  const rows = (res.rows as Array<Record<string, unknown>>).map((r) => ({
    pegawaiId: r.pegawai_id as string,
    skpId: (r.skp_id as string | null) ?? null,
    status: (r.status as string | null) ?? null,
    ikiTotal: Number(r.iki_total),
    ikiTerisi: Number(r.iki_terisi),
    buktiBelumDilihat: Number(r.bukti_belum_dilihat),
    umpanBalikMenunggu: Number(r.umpan_balik_menunggu),
    periodeKode: r.periode_kode as string,
  }));
  return { periodeKode: rows[0]?.periodeKode ?? p.periodeKode ?? '', rows };
}
