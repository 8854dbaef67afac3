/**
 * The only SQL of the calibration module. The board is ONE statement (json_agg): the unit, the
 * instansi's settings, the kalibrasi row, the predikat organisasi, every evaluation of the unit and
 * period with name/NIP/jabatan/appraiser, and the change log. Writes take an open transaction and
 * lock the kalibrasi row first, so a change and a finalisation of the same board never interleave.
 */
import { sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/tx.ts';

export interface UnitKey {
  instansiId: string;
  unitId: string;
  tahun: number;
  periodeKode: string;
}

export interface EvaluasiPapanRow {
  id: string;
  version: number;
  pegawaiId: string;
  nip: string;
  nama: string;
  jabatan: string | null;
  penilaiPegawaiId: string | null;
  penilaiNama: string | null;
  ratingHasilKerja: string | null;
  ratingHasilKerjaSumber: string | null;
  ratingPerilaku: string | null;
  predikat: string | null;
  predikatUsulan: string | null;
  status: string;
  batasKeberatan: string | null;
}

export interface KalibrasiRow {
  id: string;
  status: 'TERBUKA' | 'FINAL';
  hasil: unknown;
  override: boolean;
  overrideAlasan: string | null;
  finalAt: string | null;
  finalOlehNama: string | null;
  version: number;
}

export interface PerubahanRow {
  id: string;
  evaluasiId: string;
  pegawaiNama: string | null;
  dari: unknown;
  ke: unknown;
  alasan: string;
  olehNama: string;
  createdAt: string;
}

export interface PredikatOrganisasiRow {
  predikat: string;
  penetapNama: string;
  penetapJabatan: string | null;
  ditetapkanAt: string;
  catatan: string | null;
}

export interface PapanRow {
  unit: { id: string; kode: string; nama: string; path: string };
  settings: unknown;
  kalibrasi: KalibrasiRow | null;
  predikatOrganisasi: PredikatOrganisasiRow | null;
  evaluasi: EvaluasiPapanRow[];
  perubahan: PerubahanRow[];
}

/** Full name with academic titles, as printed on the forms. */
const NAMA = (a: string) =>
  `trim(concat_ws(' ', nullif(${a}.gelar_depan, ''), ${a}.nama || coalesce(', ' || nullif(${a}.gelar_belakang, ''), '')))`;

/** The board in one round trip; null when the unit is not the tenant's. */
export async function getPapan(ex: Executor, k: UnitKey, logLimit = 200): Promise<PapanRow | null> {
  const res = await ex.execute(sql`
    with ev as (
      select e.id, e.version, e.pegawai_id, p.nip, ${sql.raw(NAMA('p'))} as nama,
             coalesce(js.nama, (select j2.nama from penempatan pe join jabatan j2 on j2.id = pe.jabatan_id
                                 where pe.instansi_id = e.instansi_id and pe.pegawai_id = e.pegawai_id
                                 order by (pe.selesai is null) desc, pe.mulai desc limit 1)) as jabatan,
             e.penilai_pegawai_id, ${sql.raw(NAMA('pn'))} as penilai_nama,
             e.rating_hasil_kerja, e.rating_hasil_kerja_sumber, e.rating_perilaku, e.predikat, e.predikat_usulan,
             e.status, e.batas_keberatan
      from evaluasi e
      join pegawai p on p.id = e.pegawai_id
      left join pegawai pn on pn.id = e.penilai_pegawai_id
      left join skp s on s.id = e.skp_id and s.instansi_id = e.instansi_id
      left join jabatan js on js.id = s.jabatan_id
      where e.instansi_id = ${k.instansiId} and e.unit_penilaian_id = ${k.unitId}
        and e.tahun = ${k.tahun} and e.periode_kode = ${k.periodeKode}
    ),
    ka as (
      select id, status, hasil, override, override_alasan, final_at, final_oleh_nama, version
      from kalibrasi
      where instansi_id = ${k.instansiId} and unit_penilaian_id = ${k.unitId}
        and tahun = ${k.tahun} and periode_kode = ${k.periodeKode}
    ),
    lg as (
      select kp.id, kp.evaluasi_id, p.nama as pegawai_nama, kp.dari, kp.ke, kp.alasan, kp.oleh_nama, kp.created_at
      from kalibrasi_perubahan kp
      join ka on ka.id = kp.kalibrasi_id
      left join evaluasi e on e.id = kp.evaluasi_id and e.instansi_id = kp.instansi_id
      left join pegawai p on p.id = e.pegawai_id
      where kp.instansi_id = ${k.instansiId}
      order by kp.created_at desc
      limit ${logLimit}
    )
    select
      json_build_object('id', u.id, 'kode', u.kode, 'nama', u.nama, 'path', u.path) as unit,
      (select settings from pengaturan_instansi where instansi_id = ${k.instansiId}) as settings,
      (select json_build_object('id', id, 'status', status, 'hasil', hasil, 'override', override,
              'overrideAlasan', override_alasan, 'finalAt', final_at, 'finalOlehNama', final_oleh_nama,
              'version', version) from ka) as kalibrasi,
      (select json_build_object('predikat', po.predikat, 'penetapNama', po.penetap_nama,
              'penetapJabatan', po.penetap_jabatan, 'ditetapkanAt', po.ditetapkan_at, 'catatan', po.catatan)
         from predikat_organisasi po
        where po.instansi_id = ${k.instansiId} and po.unit_id = ${k.unitId}
          and po.tahun = ${k.tahun} and po.periode_kode = ${k.periodeKode}) as "predikatOrganisasi",
      coalesce((select json_agg(json_build_object('id', id, 'version', version, 'pegawaiId', pegawai_id, 'nip', nip,
              'nama', nama, 'jabatan', jabatan, 'penilaiPegawaiId', penilai_pegawai_id, 'penilaiNama', penilai_nama,
              'ratingHasilKerja', rating_hasil_kerja, 'ratingHasilKerjaSumber', rating_hasil_kerja_sumber,
              'ratingPerilaku', rating_perilaku, 'predikat', predikat, 'predikatUsulan', predikat_usulan,
              'status', status, 'batasKeberatan', batas_keberatan) order by nama, nip) from ev), '[]'::json) as evaluasi,
      coalesce((select json_agg(json_build_object('id', id, 'evaluasiId', evaluasi_id, 'pegawaiNama', pegawai_nama,
              'dari', dari, 'ke', ke, 'alasan', alasan, 'olehNama', oleh_nama, 'createdAt', created_at)
              order by created_at desc) from lg), '[]'::json) as perubahan
    from unit_organisasi u
    where u.instansi_id = ${k.instansiId} and u.id = ${k.unitId}`);
  const row = res.rows[0] as unknown as PapanRow | undefined;
  return row ?? null;
}

/** The kalibrasi row of the board, created TERBUKA when missing, locked for the transaction. */
export async function lockKalibrasi(tx: Tx, k: UnitKey): Promise<KalibrasiRow & { hasil: unknown }> {
  await tx.execute(sql`
    insert into kalibrasi (instansi_id, unit_penilaian_id, tahun, periode_kode)
    values (${k.instansiId}, ${k.unitId}, ${k.tahun}, ${k.periodeKode})
    on conflict (instansi_id, unit_penilaian_id, tahun, periode_kode) do nothing`);
  const res = await tx.execute(sql`
    select id, status, hasil, override, override_alasan as "overrideAlasan", final_at as "finalAt",
           final_oleh_nama as "finalOlehNama", version
    from kalibrasi
    where instansi_id = ${k.instansiId} and unit_penilaian_id = ${k.unitId}
      and tahun = ${k.tahun} and periode_kode = ${k.periodeKode}
    for update`);
  return res.rows[0] as unknown as KalibrasiRow;
}

/** The unit's evaluations as the finalisation needs them (inside the locking transaction). */
export async function evaluasiUnit(tx: Tx, k: UnitKey) {
  const res = await tx.execute(sql`
    select e.id, e.predikat, e.status, p.nama, p.nip
    from evaluasi e join pegawai p on p.id = e.pegawai_id
    where e.instansi_id = ${k.instansiId} and e.unit_penilaian_id = ${k.unitId}
      and e.tahun = ${k.tahun} and e.periode_kode = ${k.periodeKode}
    order by p.nama, p.nip`);
  return res.rows as Array<{ id: string; predikat: string | null; status: string; nama: string; nip: string }>;
}

export async function getEvaluasiForUpdate(tx: Tx, k: UnitKey, evaluasiId: string) {
  const res = await tx.execute(sql`
    select e.id, e.version, e.status, e.rating_hasil_kerja as "ratingHasilKerja",
           e.rating_hasil_kerja_sumber as "ratingHasilKerjaSumber", e.rating_perilaku as "ratingPerilaku",
           e.predikat, e.predikat_usulan as "predikatUsulan", e.pegawai_id as "pegawaiId"
    from evaluasi e
    where e.instansi_id = ${k.instansiId} and e.id = ${evaluasiId} and e.unit_penilaian_id = ${k.unitId}
      and e.tahun = ${k.tahun} and e.periode_kode = ${k.periodeKode}
    for update`);
  return res.rows[0] as
    | {
        id: string;
        version: number;
        status: string;
        ratingHasilKerja: string | null;
        ratingHasilKerjaSumber: string | null;
        ratingPerilaku: string | null;
        predikat: string | null;
        predikatUsulan: string | null;
        pegawaiId: string;
      }
    | undefined;
}

/** Writes the calibrated ratings; keeps the first proposal in predikat_usulan. Null on a version race. */
export async function ubahRating(
  tx: Tx,
  instansiId: string,
  evaluasiId: string,
  version: number,
  v: { ratingHasilKerja: string; ratingPerilaku: string; predikat: string; predikatUsulan: string | null },
) {
  const res = await tx.execute(sql`
    update evaluasi
       set rating_hasil_kerja = ${v.ratingHasilKerja}, rating_perilaku = ${v.ratingPerilaku},
           predikat = ${v.predikat}, predikat_usulan = coalesce(predikat_usulan, ${v.predikatUsulan}),
           version = version + 1, updated_at = now()
     where instansi_id = ${instansiId} and id = ${evaluasiId} and version = ${version}
     returning version`);
  return (res.rows[0] as { version: number } | undefined) ?? null;
}

export async function insertPerubahan(
  tx: Tx,
  v: {
    instansiId: string;
    kalibrasiId: string;
    evaluasiId: string;
    dari: unknown;
    ke: unknown;
    alasan: string;
    olehAkunId: string;
    olehNama: string;
  },
) {
  const res = await tx.execute(sql`
    insert into kalibrasi_perubahan (instansi_id, kalibrasi_id, evaluasi_id, dari, ke, alasan, oleh_akun_id, oleh_nama)
    values (${v.instansiId}, ${v.kalibrasiId}, ${v.evaluasiId}, ${JSON.stringify(v.dari)}::jsonb,
            ${JSON.stringify(v.ke)}::jsonb, ${v.alasan}, ${v.olehAkunId}, ${v.olehNama})
    returning id`);
  return (res.rows[0] as { id: string }).id;
}

export async function setFinal(
  tx: Tx,
  id: string,
  v: { hasil: unknown; override: boolean; overrideAlasan: string | null; akunId: string; nama: string },
) {
  const res = await tx.execute(sql`
    update kalibrasi
       set status = 'FINAL', hasil = ${JSON.stringify(v.hasil)}::jsonb, override = ${v.override},
           override_alasan = ${v.overrideAlasan}, final_at = now(), final_oleh_akun_id = ${v.akunId},
           final_oleh_nama = ${v.nama}, version = version + 1, updated_at = now()
     where id = ${id}
     returning version, final_at as "finalAt"`);
  return res.rows[0] as { version: number; finalAt: string };
}

/** Back to TERBUKA; the last check stays in `hasil` (with the reopening noted) for the record. */
export async function setTerbuka(tx: Tx, id: string, hasil: unknown) {
  const res = await tx.execute(sql`
    update kalibrasi
       set status = 'TERBUKA', hasil = ${JSON.stringify(hasil)}::jsonb, override = false, override_alasan = null,
           final_at = null, final_oleh_akun_id = null, final_oleh_nama = null,
           version = version + 1, updated_at = now()
     where id = ${id}
     returning version`);
  return res.rows[0] as { version: number };
}
