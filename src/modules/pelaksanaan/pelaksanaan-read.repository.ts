/**
 * The "Kinerja Saya" read in ONE prepared statement (issue 10: "a read is one or two round trips"):
 * the SKP row, what its authorisation needs (unit path, org version: see skp-read.repository.ts),
 * the year's periods and their state (skp_periode), the instansi's settings overlay, and for one
 * period every RHK with its IKI, the IKI's realisasi and attached evidence, the RHK's rencana aksi and
 * daily entries, plus the feedback thread summaries of the SKP. Everything is read before the caller
 * is authorised, in the same statement; a refused caller gets nothing of it (404 first).
 *
 * Numbers are `float8` in the JSON (the API answers numbers), instants are ISO-8601 UTC strings.
 */
import { and, eq, sql } from 'drizzle-orm';
import { skp } from '../../db/schema-skp.ts';
import type { Executor } from '../../db/tx.ts';
import type { SkpRow } from '../skp/index.ts';

const iso = (col: string) => sql.raw(`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

export interface BacaRow {
  s: SkpRow;
  unitPath: string | null;
  orgVersion: number;
  pegawai: { id: string; nama: string; nip: string };
  periode: Array<{ kode: string; mulai: string; selesai: string; batasPengisian: string }> | null;
  skpPeriode: Array<{
    kode: string;
    dibukaSampai: string | null;
    dibukaAlasan: string | null;
    dinilaiAt: string | null;
    version: number;
  }>;
  settings: unknown;
  rhk: Array<{
    id: string;
    jenis: string;
    teks: string;
    iki: Array<{
      id: string;
      aspek: string;
      indikator: string;
      targetNilai: number | null;
      targetSatuan: string | null;
      targetTeks: string | null;
      realisasi: {
        id: string;
        nilai: number | null;
        teks: string | null;
        catatan: string | null;
        version: number;
        updatedAt: string;
      } | null;
      bukti: Array<{
        id: string;
        judul: string;
        jenis: string;
        tanggal: string;
        mime: string | null;
        ukuran: number | null;
        namaBerkas: string | null;
        url: string | null;
      }>;
    }>;
    rencanaAksi: Array<{
      id: string;
      urutan: number;
      teks: string;
      targetNilai: number | null;
      targetSatuan: string | null;
      targetTeks: string | null;
      version: number;
    }>;
    progresHarian: Array<{ id: string; tanggal: string; teks: string; buktiId: string | null; version: number }>;
  }>;
  umpanBalik: Array<{
    sasaran: string;
    rhkId: string | null;
    ikiId: string | null;
    perilakuKode: string | null;
    jumlah: number;
    utas: number;
    belumDijawabSaya: number;
    terakhir: { teks: string; peranPenulis: string; createdAt: string } | null;
  }>;
}

const KODE = sql.placeholder('kode');
// The period's dates, read from the year's JSON list (one small row by primary key).
const periodeTanggal = (field: 'mulai' | 'selesai') => sql`(select (p->>${field})::date
  from periode_kinerja pk, jsonb_array_elements(pk.periode) p
  where pk.instansi_id = "skp"."instansi_id" and pk.id = "skp"."periode_id" and p->>'kode' = ${KODE} limit 1)`;

const IKI_JSON = sql`coalesce((
  select json_agg(json_build_object(
    'id', k.id, 'aspek', k.aspek, 'indikator', k.indikator,
    'targetNilai', k.target_nilai::float8, 'targetSatuan', k.target_satuan, 'targetTeks', k.target_teks,
    'realisasi', (select json_build_object('id', r.id, 'nilai', r.nilai::float8, 'teks', r.teks,
        'catatan', r.catatan, 'version', r.version, 'updatedAt', ${iso('r.updated_at')})
      from realisasi r where r.instansi_id = k.instansi_id and r.skp_id = "skp"."id"
        and r.iki_id = k.id and r.periode_kode = ${KODE}),
    'bukti', coalesce((select json_agg(json_build_object('id', b.id, 'judul', b.judul, 'jenis', b.jenis,
        'tanggal', b.tanggal, 'mime', f.mime, 'ukuran', f.ukuran, 'namaBerkas', b.nama_berkas, 'url', b.url)
        order by b.tanggal, b.judul)
      from bukti_iki bi join bukti b on b.instansi_id = bi.instansi_id and b.id = bi.bukti_id
      left join berkas f on f.instansi_id = b.instansi_id and f.id = b.berkas_id
      where bi.instansi_id = k.instansi_id and bi.skp_id = "skp"."id" and bi.iki_id = k.id
        and bi.periode_kode = ${KODE}), '[]'::json)
  ) order by k.urutan)
  from iki k where k.instansi_id = rh.instansi_id and k.rhk_id = rh.id), '[]'::json)`;

const RHK_JSON = sql`coalesce((
  select json_agg(json_build_object(
    'id', rh.id, 'jenis', rh.jenis, 'teks', rh.teks,
    'iki', ${IKI_JSON},
    'rencanaAksi', coalesce((select json_agg(json_build_object('id', ra.id, 'urutan', ra.urutan, 'teks', ra.teks,
        'targetNilai', ra.target_nilai::float8, 'targetSatuan', ra.target_satuan, 'targetTeks', ra.target_teks,
        'version', ra.version) order by ra.urutan)
      from rencana_aksi ra where ra.instansi_id = rh.instansi_id and ra.skp_id = "skp"."id"
        and ra.rhk_id = rh.id and ra.periode_kode = ${KODE}), '[]'::json),
    'progresHarian', coalesce((select json_agg(json_build_object('id', ph.id, 'tanggal', ph.tanggal, 'teks', ph.teks,
        'buktiId', ph.bukti_id, 'version', ph.version) order by ph.tanggal, ph.created_at)
      from progres_harian ph where ph.instansi_id = rh.instansi_id and ph.skp_id = "skp"."id"
        and ph.rhk_id = rh.id
        and ph.tanggal between ${periodeTanggal('mulai')} and ${periodeTanggal('selesai')}), '[]'::json)
  ) order by case when rh.jenis = 'UTAMA' then 0 else 1 end, rh.urutan)
  from rhk rh where rh.instansi_id = "skp"."instansi_id" and rh.skp_id = "skp"."id"), '[]'::json)`;

// One line per thread target: entries, threads, threads whose last word is not mine, the last entry.
const UMPAN_BALIK_JSON = sql`coalesce((
  select json_agg(t) from (
    select ub.sasaran, ub.rhk_id as "rhkId", ub.iki_id as "ikiId", ub.perilaku_kode as "perilakuKode",
      count(*)::int as jumlah,
      count(*) filter (where ub.induk_id is null)::int as utas,
      count(*) filter (where ub.induk_id is null and (
        select l.penulis_pegawai_id from umpan_balik l
        where l.instansi_id = ub.instansi_id and (l.id = ub.id or l.induk_id = ub.id)
        order by l.created_at desc, l.id desc limit 1) is distinct from ${sql.placeholder('saya')}::uuid)::int
        as "belumDijawabSaya",
      (select json_build_object('teks', left(l.teks, 200), 'peranPenulis', l.peran_penulis,
          'createdAt', ${iso('l.created_at')})
        from umpan_balik l where l.instansi_id = ub.instansi_id and l.skp_id = ub.skp_id and l.sasaran = ub.sasaran
          and l.rhk_id is not distinct from ub.rhk_id and l.iki_id is not distinct from ub.iki_id
          and l.perilaku_kode is not distinct from ub.perilaku_kode
        order by l.created_at desc, l.id desc limit 1) as terakhir
    from umpan_balik ub where ub.instansi_id = "skp"."instansi_id" and ub.skp_id = "skp"."id"
    group by ub.instansi_id, ub.skp_id, ub.sasaran, ub.rhk_id, ub.iki_id, ub.perilaku_kode) t), '[]'::json)`;

function build(exec: Executor) {
  return exec
    .select({
      s: skp,
      unitPath: sql<
        string | null
      >`(select u.path from unit_organisasi u where u.instansi_id = "skp"."instansi_id" and u.id = "skp"."unit_id")`,
      orgVersion: sql<number>`(select i.version from instansi i where i.id = "skp"."instansi_id")`,
      pegawai: sql<BacaRow['pegawai']>`(select json_build_object('id', pg.id, 'nama', pg.nama, 'nip', pg.nip)
        from pegawai pg where pg.instansi_id = "skp"."instansi_id" and pg.id = "skp"."pegawai_id")`,
      periode: sql<BacaRow['periode']>`(select pk.periode from periode_kinerja pk
        where pk.instansi_id = "skp"."instansi_id" and pk.id = "skp"."periode_id")`,
      skpPeriode: sql<BacaRow['skpPeriode']>`coalesce((select json_agg(json_build_object('kode', sp.periode_kode,
          'dibukaSampai', ${iso('sp.dibuka_sampai')}, 'dibukaAlasan', sp.dibuka_alasan,
          'dinilaiAt', ${iso('sp.dinilai_at')}, 'version', sp.version))
        from skp_periode sp where sp.instansi_id = "skp"."instansi_id" and sp.skp_id = "skp"."id"), '[]'::json)`,
      settings: sql<unknown>`(select pi.settings from pengaturan_instansi pi where pi.instansi_id = "skp"."instansi_id")`,
      rhk: sql<BacaRow['rhk']>`${RHK_JSON}`,
      umpanBalik: sql<BacaRow['umpanBalik']>`${UMPAN_BALIK_JSON}`,
    })
    .from(skp)
    .where(and(eq(skp.instansiId, sql.placeholder('instansiId')), eq(skp.id, sql.placeholder('skpId'))))
    .prepare('kinerja_pelaksanaan_baca');
}

const prepared = new WeakMap<object, ReturnType<typeof build>>();

/** One SKP with everything the period's screen needs, or null. `saya` is the caller's pegawai (or null). */
export async function bacaPelaksanaan(
  exec: Executor,
  p: { instansiId: string; skpId: string; kode: string; saya: string | null },
): Promise<BacaRow | null> {
  let q = prepared.get(exec);
  if (!q) {
    q = build(exec);
    prepared.set(exec, q);
  }
  const rows = await q.execute(p);
  return (rows[0] as BacaRow | undefined) ?? null;
}

function buildPeriode(exec: Executor) {
  return exec
    .select({
      periode: sql<BacaRow['periode']>`(select pk.periode from periode_kinerja pk
        where pk.instansi_id = "skp"."instansi_id" and pk.id = "skp"."periode_id")`,
    })
    .from(skp)
    .where(and(eq(skp.instansiId, sql.placeholder('instansiId')), eq(skp.id, sql.placeholder('skpId'))))
    .prepare('kinerja_pelaksanaan_periode');
}

const preparedPeriode = new WeakMap<object, ReturnType<typeof buildPeriode>>();

/**
 * Only the year's periods of an SKP (a primary-key lookup), for a read that names no period: the
 * screen's period is chosen from them (`periodeUtama`) before the one read. Before, that choice ran
 * the whole screen's statement once with no period. Nothing of it reaches a caller who may not read
 * the SKP: the read that follows authorises.
 */
export async function periodeSkp(exec: Executor, p: { instansiId: string; skpId: string }) {
  let q = preparedPeriode.get(exec);
  if (!q) {
    q = buildPeriode(exec);
    preparedPeriode.set(exec, q);
  }
  const rows = await q.execute(p);
  return (rows[0]?.periode as BacaRow['periode'] | undefined) ?? null;
}
