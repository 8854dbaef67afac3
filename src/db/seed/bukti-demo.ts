/**
 * Evidence for the demo government (issue 10 item 3): `generateBuktiDemo(database, { instansiId,
 * tahun })` adds, after the SKP plans,
 *
 * - a handful of tiny real files (PDF reports, PNG photos) stored once in the file store: thousands
 *   of pegawai share them, as identical content is stored once per tenant;
 * - for three in five set SKPs of the year (and every SKP of a demo account), one piece of evidence
 *   per period that has ended (a file, or for one in five a link), attached to the first IKI for
 *   that period (the first IKI of the first two RHK for demo accounts); the first period's evidence
 *   is reused on the second period too (evidence supports several periods without a second upload);
 * - the appraiser's "seen" mark on all but the latest ended period's evidence, half of which is
 *   left "not yet seen" for the Bawahan screen.
 *
 * Set-based SQL (`INSERT … SELECT`) in one transaction; ids derive from the SKP id (md5), so the
 * rows are deterministic for the same SKPs (docs/pelaksanaan-bukti.md "Demo" has the timing).
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { samplePdf, samplePng } from '../../modules/bukti/index.ts';
import { fileStoreFor } from '../../modules/dokumen/index.ts';
import type { Database } from '../client.ts';

export interface BuktiDemoOptions {
  instansiId: string;
  tahun: number;
}

const FILES: { judul: string; nama: string; bytes: () => Buffer; mime: string }[] = [
  {
    judul: 'Laporan kegiatan',
    nama: 'laporan-kegiatan.pdf',
    bytes: () => samplePdf('Laporan kegiatan'),
    mime: 'application/pdf',
  },
  {
    judul: 'Notulen rapat koordinasi',
    nama: 'notulen-rapat.pdf',
    bytes: () => samplePdf('Notulen rapat koordinasi'),
    mime: 'application/pdf',
  },
  { judul: 'Daftar hadir', nama: 'daftar-hadir.pdf', bytes: () => samplePdf('Daftar hadir'), mime: 'application/pdf' },
  { judul: 'Surat tugas', nama: 'surat-tugas.pdf', bytes: () => samplePdf('Surat tugas'), mime: 'application/pdf' },
  {
    judul: 'Foto kegiatan',
    nama: 'foto-kegiatan.png',
    bytes: () => samplePng(16, 12, [46, 125, 50]),
    mime: 'image/png',
  },
  {
    judul: 'Foto pelayanan',
    nama: 'foto-pelayanan.png',
    bytes: () => samplePng(16, 12, [21, 101, 192]),
    mime: 'image/png',
  },
  {
    judul: 'Tangkapan layar aplikasi',
    nama: 'tangkapan-layar.png',
    bytes: () => samplePng(16, 12, [198, 40, 40]),
    mime: 'image/png',
  },
];

const LINKS = [
  ['Dokumentasi di drive unit', 'https://drive.example.go.id/dokumentasi'],
  ['Berita di situs resmi', 'https://example.go.id/berita/kegiatan'],
];

/**
 * A deterministic id from a text, shaped as an RFC 9562 version-4 UUID (version and variant nibbles
 * set), so that it passes the API's uuid schemas like any other id.
 */
function demoUuid(text: ReturnType<typeof sql>) {
  return sql`overlay(overlay(md5(${text}) placing '4' from 13 for 1) placing '8' from 17 for 1)::uuid`;
}

export async function generateBuktiDemo(database: Database, options: BuktiDemoOptions): Promise<{ bukti: number }> {
  const { instansiId, tahun } = options;
  const store = fileStoreFor(database);
  const berkas = FILES.map((f) => {
    const bytes = f.bytes();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { ...f, bytes, sha256, kunci: `bukti/${instansiId}/${sha256}` };
  });
  for (const f of berkas) await store.put(f.kunci, Readable.from([f.bytes]));
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into berkas (instansi_id, sha256, ukuran, mime, kunci)
      select ${instansiId}, x.sha256, x.ukuran, x.mime, x.kunci
        from jsonb_to_recordset(${JSON.stringify(
          berkas.map((f) => ({ sha256: f.sha256, ukuran: f.bytes.length, mime: f.mime, kunci: f.kunci })),
        )}::jsonb) as x(sha256 text, ukuran bigint, mime text, kunci text)
      on conflict do nothing`);
    // Three in five set SKPs carry evidence (not everyone documents every period), and every SKP of
    // a demo account, so that the accounts people try have something to show.
    const DEMO_ACCOUNTS = sql`select pegawai_id from akun where instansi_id = ${instansiId} and pegawai_id is not null`;
    const CHOSEN = sql`((s.status = 'DITETAPKAN' and abs(hashtext(s.id::text)) % 5 < 3) or s.pegawai_id in (${DEMO_ACCOUNTS}))`;
    const files = JSON.stringify(berkas.map((f, k) => ({ k, sha256: f.sha256, judul: f.judul, nama: f.nama })));
    const links = JSON.stringify(LINKS.map(([judul, url], k) => ({ k, judul, url })));
    // One piece of evidence per SKP × ended period (p = 1, 2, 3…), chosen by a hash of the SKP.
    const inserted = await tx.execute(sql`
      with s as (
        select s.id as skp_id, s.pegawai_id, pk.periode
          from skp s join periode_kinerja pk on pk.instansi_id = s.instansi_id and pk.id = s.periode_id
         where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and ${CHOSEN}
      ), p as (
        select s.*, e.item->>'kode' as kode, (e.item->>'mulai')::date as mulai, (e.item->>'selesai')::date as selesai,
               row_number() over (partition by s.skp_id order by e.ord) as p
          from s cross join lateral jsonb_array_elements(s.periode) with ordinality e(item, ord)
         where e.item->>'kode' <> 'AKHIR' and (e.item->>'selesai')::date < current_date
      ), f as (select * from jsonb_to_recordset(${files}::jsonb) as f(k int, sha256 text, judul text, nama text)),
         l as (select * from jsonb_to_recordset(${links}::jsonb) as l(k int, judul text, url text)),
      h as (select p.*, abs(hashtext(p.skp_id::text || p.kode)) as h from p)
      insert into bukti (id, instansi_id, pegawai_id, jenis, judul, deskripsi, tanggal, berkas_id, nama_berkas, url,
                         created_at, updated_at)
      select ${demoUuid(sql`h.skp_id::text || ':bukti:' || h.kode`)}, ${instansiId}, h.pegawai_id,
             case when h.h % 5 = 0 then 'TAUTAN' else 'BERKAS' end,
             case when h.h % 5 = 0 then l.judul else f.judul end || ' ' || h.kode || ' ' || ${tahun},
             'Bukti dukung periode ' || h.kode,
             least(h.selesai, h.mulai + (h.h % 60)::int),
             case when h.h % 5 = 0 then null else k.id end,
             case when h.h % 5 = 0 then null else f.nama end,
             case when h.h % 5 = 0 then l.url else null end,
             least(h.selesai, h.mulai + (h.h % 60)::int)::timestamptz + interval '9 hours',
             least(h.selesai, h.mulai + (h.h % 60)::int)::timestamptz + interval '9 hours'
        from h
        join f on f.k = h.h % ${FILES.length}
        join l on l.k = h.h % ${LINKS.length}
        join berkas k on k.instansi_id = ${instansiId} and k.sha256 = f.sha256`);
    // Attached to the first IKI of the first two RHK for its period; the first period's evidence
    // also to the second period (reuse). Seen by the appraiser except half of the latest period's.
    // The same SKPs as above, so every id computed here names a bukti row (no join needed).
    await tx.execute(sql`
      with p as (
        select s.id as skp_id, e.item->>'kode' as kode, row_number() over w as p,
               case when s.pegawai_id in (${DEMO_ACCOUNTS}) then 2 else 1 end as iki,
               count(*) over (partition by s.id) as n, first_value(e.item->>'kode') over w as first_kode
          from skp s join periode_kinerja pk on pk.instansi_id = s.instansi_id and pk.id = s.periode_id
          cross join lateral jsonb_array_elements(pk.periode) with ordinality e(item, ord)
         where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and ${CHOSEN}
           and e.item->>'kode' <> 'AKHIR' and (e.item->>'selesai')::date < current_date
        window w as (partition by s.id order by e.ord)
      ), uses as (
        -- The first IKI of the first two RHK, looked up per SKP through the (instansi, skp) indexes.
        select ${demoUuid(sql`p.skp_id::text || ':bukti:' || p.kode`)} as bukti_id, p.skp_id, x.iki_id, p.kode, p.p, p.n
          from p cross join lateral (
            select i.id as iki_id from rhk r
              join iki i on i.instansi_id = r.instansi_id and i.rhk_id = r.id and i.urutan = 1
             where r.instansi_id = ${instansiId} and r.skp_id = p.skp_id
             order by r.urutan limit p.iki) x
        union all
        select ${demoUuid(sql`p.skp_id::text || ':bukti:' || p.first_kode`)}, p.skp_id, x.iki_id, p.kode, p.p, p.n
          from p cross join lateral (
            select i.id as iki_id from rhk r
              join iki i on i.instansi_id = r.instansi_id and i.rhk_id = r.id and i.urutan = 1
             where r.instansi_id = ${instansiId} and r.skp_id = p.skp_id
             order by r.urutan limit 1) x
         where p.p = 2
      )
      insert into bukti_iki (id, instansi_id, bukti_id, skp_id, iki_id, periode_kode, dilihat_penilai_at)
      select ${demoUuid(sql`u.bukti_id::text || u.iki_id::text || u.kode`)}, ${instansiId}, u.bukti_id, u.skp_id, u.iki_id, u.kode,
             case when u.p < u.n or abs(hashtext(u.bukti_id::text)) % 2 = 0 then now() - interval '3 days' end
        from uses u`);
    return { bukti: inserted.rowCount ?? 0 };
  });
}
