/**
 * SQL of the keberatan module. Each read is one statement: the case, its evaluation, the names of
 * the people in it, the unit path and org version the authorisation needs, and the instansi's head
 * and settings (json_build_object, so both engines hand back the same shapes). The evaluation's
 * status changes are direct SQL following the evaluation state machine (schema-evaluasi.ts):
 * DITERIMA → KEBERATAN on filing (only while batas_keberatan has not passed), KEBERATAN → FINAL on
 * the decision.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/tx.ts';

/** Timestamps as ISO strings in UTC, identical on PGlite and PostgreSQL. */
const iso = (col: string) => sql.raw(`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

export interface KasusRow {
  evaluasi: {
    id: string;
    instansiId: string;
    skpId: string;
    pegawaiId: string;
    tahun: number;
    periodeKode: string;
    penilaiPegawaiId: string | null;
    status: string;
    ratingHasilKerja: string | null;
    ratingPerilaku: string | null;
    predikat: string | null;
    penilaianRhk: unknown;
    umpanBalikPerilaku: unknown;
    catatan: string | null;
    versi: number;
    diterimaAt: string | null;
    batasKeberatan: string | null;
    finalAt: string | null;
    version: number;
    pegawaiNama: string;
    pegawaiNip: string;
    penilaiNama: string | null;
    penilaiNip: string | null;
  };
  keberatan: KeberatanJson | null;
  unitPath: string | null;
  orgVersion: number;
  jabatanPimpinan: string;
  namaPimpinan: string | null;
  settings: unknown;
}

export interface KeberatanJson {
  id: string;
  evaluasiId: string;
  pegawaiId: string;
  atasanPegawaiId: string | null;
  atasanNama: string | null;
  status: string;
  alasan: string;
  permintaan: { ratingHasilKerja?: string; ratingPerilaku?: string } | null;
  diajukanAt: string;
  penjelasanPenilai: string | null;
  penjelasanPenilaiAt: string | null;
  penjelasanPegawai: string | null;
  penjelasanPegawaiAt: string | null;
  keputusan: string | null;
  keputusanAlasan: string | null;
  hasilSebelum: unknown;
  hasilSesudah: unknown;
  diputuskanAt: string | null;
  diputuskanOlehNama: string | null;
  version: number;
}

const KEBERATAN_JSON = sql`json_build_object('id', k.id, 'evaluasiId', k.evaluasi_id, 'pegawaiId', k.pegawai_id,
  'atasanPegawaiId', k.atasan_pegawai_id,
  'atasanNama', (select p.nama from pegawai p where p.id = k.atasan_pegawai_id),
  'status', k.status, 'alasan', k.alasan, 'permintaan', k.permintaan, 'diajukanAt', ${iso('k.diajukan_at')},
  'penjelasanPenilai', k.penjelasan_penilai, 'penjelasanPenilaiAt', ${iso('k.penjelasan_penilai_at')},
  'penjelasanPegawai', k.penjelasan_pegawai, 'penjelasanPegawaiAt', ${iso('k.penjelasan_pegawai_at')},
  'keputusan', k.keputusan, 'keputusanAlasan', k.keputusan_alasan, 'hasilSebelum', k.hasil_sebelum,
  'hasilSesudah', k.hasil_sesudah, 'diputuskanAt', ${iso('k.diputuskan_at')},
  'diputuskanOlehNama', k.diputuskan_oleh_nama, 'version', k.version)`;

const EVALUASI_JSON = sql`json_build_object('id', e.id, 'instansiId', e.instansi_id, 'skpId', e.skp_id,
  'pegawaiId', e.pegawai_id, 'tahun', e.tahun, 'periodeKode', e.periode_kode,
  'penilaiPegawaiId', e.penilai_pegawai_id, 'status', e.status, 'ratingHasilKerja', e.rating_hasil_kerja,
  'ratingPerilaku', e.rating_perilaku, 'predikat', e.predikat, 'penilaianRhk', e.penilaian_rhk,
  'umpanBalikPerilaku', e.umpan_balik_perilaku, 'catatan', e.catatan, 'versi', e.versi,
  'diterimaAt', ${iso('e.diterima_at')}, 'batasKeberatan', e.batas_keberatan::text,
  'finalAt', ${iso('e.final_at')}, 'version', e.version,
  'pegawaiNama', pg.nama, 'pegawaiNip', pg.nip, 'penilaiNama', pn.nama, 'penilaiNip', pn.nip)`;

/** The evaluation (by its id, or by its keberatan's id) with everything a read or a write needs. */
export async function bacaKasus(
  ex: Executor,
  instansiId: string,
  by: { evaluasiId: string } | { keberatanId: string },
  forUpdate = false,
): Promise<KasusRow | undefined> {
  const where: SQL =
    'evaluasiId' in by
      ? sql`e.instansi_id = ${instansiId} and e.id = ${by.evaluasiId}`
      : sql`e.instansi_id = ${instansiId} and e.id = (select k2.evaluasi_id from keberatan k2
          where k2.instansi_id = ${instansiId} and k2.id = ${by.keberatanId})`;
  const res = await ex.execute(sql`
    select ${EVALUASI_JSON} as evaluasi,
      (select ${KEBERATAN_JSON} from keberatan k where k.instansi_id = e.instansi_id and k.evaluasi_id = e.id) as keberatan,
      (select u.path from skp s join unit_organisasi u on u.instansi_id = s.instansi_id and u.id = s.unit_id
        where s.instansi_id = e.instansi_id and s.id = e.skp_id) as "unitPath",
      i.version as "orgVersion", i.jabatan_pimpinan as "jabatanPimpinan", i.nama_pimpinan as "namaPimpinan",
      (select pi.settings from pengaturan_instansi pi where pi.instansi_id = e.instansi_id) as settings
    from evaluasi e
    join instansi i on i.id = e.instansi_id
    join pegawai pg on pg.id = e.pegawai_id
    left join pegawai pn on pn.id = e.penilai_pegawai_id
    where ${where}
    ${forUpdate ? sql`for update of e` : sql``}`);
  const row = res.rows[0] as unknown as KasusRow | undefined;
  if (row) row.orgVersion = Number(row.orgVersion);
  return row;
}

/** One line of a list: the case with its evaluation and the people's names. */
export interface RingkasRow {
  id: string;
  evaluasiId: string;
  status: string;
  tahun: number;
  periodeKode: string;
  pegawaiId: string;
  pegawaiNama: string;
  pegawaiNip: string;
  penilaiPegawaiId: string | null;
  penilaiNama: string | null;
  atasanPegawaiId: string | null;
  atasanNama: string | null;
  diajukanAt: string;
  adaPenjelasanPenilai: boolean;
  adaPenjelasanPegawai: boolean;
  keputusan: string | null;
  predikat: string | null;
  unitPath: string | null;
}

const RINGKAS = sql`k.id, k.evaluasi_id as "evaluasiId", k.status, e.tahun, e.periode_kode as "periodeKode",
  e.pegawai_id as "pegawaiId", pg.nama as "pegawaiNama", pg.nip as "pegawaiNip",
  e.penilai_pegawai_id as "penilaiPegawaiId", pn.nama as "penilaiNama",
  k.atasan_pegawai_id as "atasanPegawaiId", pa.nama as "atasanNama", ${iso('k.diajukan_at')} as "diajukanAt",
  (k.penjelasan_penilai is not null) as "adaPenjelasanPenilai",
  (k.penjelasan_pegawai is not null) as "adaPenjelasanPegawai", k.keputusan, e.predikat,
  (select u.path from skp s join unit_organisasi u on u.instansi_id = s.instansi_id and u.id = s.unit_id
    where s.instansi_id = e.instansi_id and s.id = e.skp_id) as "unitPath"`;
const RINGKAS_FROM = sql`keberatan k
  join evaluasi e on e.instansi_id = k.instansi_id and e.id = k.evaluasi_id
  join pegawai pg on pg.id = e.pegawai_id
  left join pegawai pn on pn.id = e.penilai_pegawai_id
  left join pegawai pa on pa.id = k.atasan_pegawai_id`;

/**
 * Cases of a tenant by a filter, open ones first, then newest. `orang`: where the pegawai is the
 * atasan or the appraiser; `kePimpinan`: also those addressed to the regional head;
 * `subtrees`: an ADMIN_UNIT's unit paths (SKP unit within one of them).
 */
export async function daftarKasus(
  ex: Executor,
  instansiId: string,
  f: { orang?: string | null; kePimpinan?: boolean; subtrees?: string[]; status?: string; tahun?: number },
): Promise<RingkasRow[]> {
  const where = [sql`k.instansi_id = ${instansiId}`];
  const siapa: SQL[] = [];
  if (f.orang) siapa.push(sql`k.atasan_pegawai_id = ${f.orang}`, sql`e.penilai_pegawai_id = ${f.orang}`);
  if (f.kePimpinan) siapa.push(sql`k.atasan_pegawai_id is null`);
  if (f.orang !== undefined || f.kePimpinan !== undefined)
    where.push(siapa.length ? sql`(${sql.join(siapa, sql` or `)})` : sql`false`);
  if (f.subtrees) {
    const paths = f.subtrees.map((p) => sql`u.path like ${`${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
    where.push(sql`exists (select 1 from skp s join unit_organisasi u on u.instansi_id = s.instansi_id and u.id = s.unit_id
      where s.instansi_id = e.instansi_id and s.id = e.skp_id and (${paths.length ? sql.join(paths, sql` or `) : sql`false`}))`);
  }
  if (f.status) where.push(sql`k.status = ${f.status}`);
  if (f.tahun) where.push(sql`e.tahun = ${f.tahun}`);
  const res = await ex.execute(sql`select ${RINGKAS} from ${RINGKAS_FROM}
    where ${sql.join(where, sql` and `)}
    order by case when k.status = 'DIPUTUSKAN' then 1 else 0 end, k.diajukan_at desc limit 500`);
  return res.rows as unknown as RingkasRow[];
}

export interface EvaluasiSayaRow {
  evaluasiId: string;
  tahun: number;
  periodeKode: string;
  status: string;
  predikat: string | null;
  diterimaAt: string | null;
  batasKeberatan: string | null;
  keberatanId: string | null;
  keberatanStatus: string | null;
}

/** The employee's evaluations that a keberatan concerns: received, objected, or final after an objection. */
export async function evaluasiSaya(ex: Executor, instansiId: string, pegawaiId: string): Promise<EvaluasiSayaRow[]> {
  const res = await ex.execute(sql`
    select e.id as "evaluasiId", e.tahun, e.periode_kode as "periodeKode", e.status, e.predikat,
      ${iso('e.diterima_at')} as "diterimaAt", e.batas_keberatan::text as "batasKeberatan",
      k.id as "keberatanId", k.status as "keberatanStatus"
    from evaluasi e
    left join keberatan k on k.instansi_id = e.instansi_id and k.evaluasi_id = e.id
    where e.instansi_id = ${instansiId} and e.pegawai_id = ${pegawaiId}
      and (e.status in ('DITERIMA', 'KEBERATAN') or k.id is not null)
    order by e.tahun desc, e.periode_kode desc limit 200`);
  return res.rows as unknown as EvaluasiSayaRow[];
}

export async function insertKeberatan(
  ex: Executor,
  v: {
    instansiId: string;
    evaluasiId: string;
    pegawaiId: string;
    atasanPegawaiId: string | null;
    alasan: string;
    permintaan: unknown;
  },
): Promise<{ id: string; version: number; diajukanAt: string } | undefined> {
  const res = await ex.execute(sql`
    insert into keberatan (instansi_id, evaluasi_id, pegawai_id, atasan_pegawai_id, alasan, permintaan)
    values (${v.instansiId}, ${v.evaluasiId}, ${v.pegawaiId}, ${v.atasanPegawaiId}, ${v.alasan},
      ${v.permintaan === null ? null : JSON.stringify(v.permintaan)}::jsonb)
    on conflict (instansi_id, evaluasi_id) do nothing
    returning id, version, ${iso('diajukan_at')} as "diajukanAt"`);
  return res.rows[0] as unknown as { id: string; version: number; diajukanAt: string } | undefined;
}

/**
 * DITERIMA → KEBERATAN, only while the window is open (`batas` is the last day the rules used: the
 * stored one, or the one counted from receipt when a received row has none — then it is stored).
 * False when the row was not in that state.
 */
export async function evaluasiKeKeberatan(
  ex: Executor,
  instansiId: string,
  evaluasiId: string,
  v: { batas: string; hariIni: string },
) {
  const res = await ex.execute(sql`
    update evaluasi set status = 'KEBERATAN', version = version + 1, updated_at = now(),
      batas_keberatan = coalesce(batas_keberatan, ${v.batas}::date)
    where instansi_id = ${instansiId} and id = ${evaluasiId} and status = 'DITERIMA'
      and coalesce(batas_keberatan, ${v.batas}::date) >= ${v.hariIni}::date
    returning id`);
  return res.rows.length === 1;
}

export async function simpanPenjelasan(
  ex: Executor,
  instansiId: string,
  keberatanId: string,
  pihak: 'PENILAI' | 'PEGAWAI',
  v: { isi: string; at: Date; status: string; version: number },
): Promise<{ version: number } | undefined> {
  const set =
    pihak === 'PENILAI'
      ? sql`penjelasan_penilai = ${v.isi}, penjelasan_penilai_at = ${v.at.toISOString()}::timestamptz`
      : sql`penjelasan_pegawai = ${v.isi}, penjelasan_pegawai_at = ${v.at.toISOString()}::timestamptz`;
  const res = await ex.execute(sql`
    update keberatan set ${set}, status = ${v.status}, version = version + 1, updated_at = now()
    where instansi_id = ${instansiId} and id = ${keberatanId} and version = ${v.version} and status <> 'DIPUTUSKAN'
    returning version`);
  return res.rows[0] as unknown as { version: number } | undefined;
}

export async function simpanKeputusan(
  ex: Executor,
  instansiId: string,
  keberatanId: string,
  v: {
    keputusan: string;
    alasan: string;
    sebelum: unknown;
    sesudah: unknown;
    olehAkunId: string;
    olehNama: string;
    version: number;
  },
): Promise<{ version: number; diputuskanAt: string } | undefined> {
  const res = await ex.execute(sql`
    update keberatan set status = 'DIPUTUSKAN', keputusan = ${v.keputusan}, keputusan_alasan = ${v.alasan},
      hasil_sebelum = ${JSON.stringify(v.sebelum)}::jsonb, hasil_sesudah = ${JSON.stringify(v.sesudah)}::jsonb,
      diputuskan_at = now(), diputuskan_oleh = ${v.olehAkunId}, diputuskan_oleh_nama = ${v.olehNama},
      version = version + 1, updated_at = now()
    where instansi_id = ${instansiId} and id = ${keberatanId} and version = ${v.version} and status <> 'DIPUTUSKAN'
    returning version, ${iso('diputuskan_at')} as "diputuskanAt"`);
  return res.rows[0] as unknown as { version: number; diputuskanAt: string } | undefined;
}

/**
 * KEBERATAN → FINAL. With new ratings the content changes: versi + 1 and a snapshot in
 * evaluasi_versi (like a correction, with the decision's reason). Returns the new versi.
 */
export async function evaluasiFinal(
  ex: Executor,
  instansiId: string,
  evaluasiId: string,
  ubah: {
    ratingHasilKerja: string;
    ratingPerilaku: string;
    predikat: string;
    alasan: string;
    olehAkunId: string;
  } | null,
): Promise<{ versi: number } | undefined> {
  if (!ubah) {
    const res = await ex.execute(sql`
      update evaluasi set status = 'FINAL', final_at = now(), version = version + 1, updated_at = now()
      where instansi_id = ${instansiId} and id = ${evaluasiId} and status = 'KEBERATAN' returning versi`);
    return res.rows[0] as unknown as { versi: number } | undefined;
  }
  const res = await ex.execute(sql`
    update evaluasi set status = 'FINAL', final_at = now(), version = version + 1, updated_at = now(),
      rating_hasil_kerja = ${ubah.ratingHasilKerja}, rating_perilaku = ${ubah.ratingPerilaku},
      predikat = ${ubah.predikat}, versi = versi + 1
    where instansi_id = ${instansiId} and id = ${evaluasiId} and status = 'KEBERATAN'
    returning versi, json_build_object('ratingHasilKerja', rating_hasil_kerja, 'ratingPerilaku', rating_perilaku,
      'ratingHasilKerjaSumber', rating_hasil_kerja_sumber, 'predikat', predikat, 'predikatUsulan', predikat_usulan,
      'penilaianRhk', penilaian_rhk, 'umpanBalikPerilaku', umpan_balik_perilaku, 'catatan', catatan,
      'keberatan', true) as isi`);
  const row = res.rows[0] as unknown as { versi: number; isi: unknown } | undefined;
  if (!row) return undefined;
  await ex.execute(sql`
    insert into evaluasi_versi (instansi_id, evaluasi_id, versi, isi, alasan, oleh_akun_id)
    values (${instansiId}, ${evaluasiId}, ${row.versi}, ${JSON.stringify(row.isi)}::jsonb, ${ubah.alasan}, ${ubah.olehAkunId})`);
  return { versi: row.versi };
}
