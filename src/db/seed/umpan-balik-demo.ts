/**
 * Demo data of continuous feedback and 360° input (issue 10 items 5–6): threads on the set SKPs of
 * the demo accounts (some answered by the employee, some waiting for the appraiser) and on a sample
 * of set SKPs across the tenant, dated through the year up to today; 360° input turned on for the
 * demo tenant, with one closed request of three answers (the aggregate shows) and one open request of
 * two (nothing shows) on the demo staff member's SKP. Bulk inserts: a few statements in all.
 */
import { type SQL, sql } from 'drizzle-orm';
import { NILAI_BERAKHLAK_KODE } from '../../domain/rules/berakhlak.ts';
import type { Database } from '../client.ts';
import type { Executor } from '../tx.ts';
import { Rng } from './prng.ts';

export interface UmpanBalikDemoOptions {
  instansiId: string;
  tahun: number;
  seed?: number | string;
  /** The last day to date entries on (default: today, within the year). */
  sampai?: string;
}

const RHK_PENILAI = [
  'Progresnya bagus, pertahankan ritmenya 👍',
  'Tolong lampirkan notulen rapatnya sebagai bukti dukung.',
  'Target triwulan ini agak tertinggal, ada kendala apa?',
  'Laporannya rapi dan tepat waktu. Terima kasih!',
  'Coba koordinasikan dengan bidang sebelah supaya datanya sinkron.',
  'Realisasinya sudah sesuai target, lanjutkan.',
];
const PERILAKU_PENILAI: Record<string, string> = {
  BERORIENTASI_PELAYANAN: 'Responsif sekali melayani pertanyaan warga minggu ini 🙏',
  AKUNTABEL: 'Penggunaan anggaran kegiatan tercatat rapi, mantap.',
  KOMPETEN: 'Bagus sudah ikut pelatihan; bagikan ilmunya ke tim ya.',
  HARMONIS: 'Terima kasih sudah menengahi diskusi tim dengan tenang.',
  LOYAL: 'Tetap jaga kerahasiaan data pegawai, sudah baik.',
  ADAPTIF: 'Cepat menyesuaikan dengan aplikasi baru 👏',
  KOLABORATIF: 'Kerja sama lintas bidang untuk kegiatan kemarin patut dicontoh.',
};
const BALASAN_PEGAWAI = [
  'Siap, terima kasih atas masukannya, Pak/Bu.',
  'Baik, bukti dukungnya sudah saya unggah.',
  'Kendalanya di data dari kecamatan yang terlambat; sudah saya tindak lanjuti.',
  'Terima kasih 🙏 akan saya pertahankan.',
];
const BALASAN_PENILAI = ['Oke, terima kasih.', 'Sip, nanti kita bahas di dialog kinerja.'];
const KOMENTAR_360 = [
  'Selalu siap membantu rekan yang kesulitan.',
  'Komunikasinya jelas dan sopan.',
  'Kadang perlu lebih tepat waktu saat rapat.',
  'Inisiatifnya tinggi 👍',
];

type Row = Record<string, unknown>;

async function rows<T>(exec: Executor, q: SQL): Promise<T[]> {
  return (await exec.execute(q)).rows as T[];
}

/** Inserts rows as one JSON parameter per chunk (the same shape as the SKP demo's bulk writes). */
async function insertJson(exec: Executor, table: string, defs: Record<string, string>, data: Row[]) {
  const names = Object.keys(defs)
    .map((n) => `"${n}"`)
    .join(', ');
  const cols = Object.entries(defs)
    .map(([n, t]) => `"${n}" ${t}`)
    .join(', ');
  for (let from = 0; from < data.length; from += 2000) {
    const json = JSON.stringify(data.slice(from, from + 2000));
    await exec.execute(
      sql`insert into ${sql.raw(`"${table}"`)} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${json}::jsonb) as x(${sql.raw(cols)})`,
    );
  }
}

const UB_COLS = {
  id: 'uuid',
  instansi_id: 'uuid',
  skp_id: 'uuid',
  sasaran: 'text',
  rhk_id: 'uuid',
  perilaku_kode: 'text',
  periode_kode: 'text',
  induk_id: 'uuid',
  penulis_pegawai_id: 'uuid',
  peran_penulis: 'text',
  teks: 'text',
  created_at: 'timestamptz',
};

export async function generateUmpanBalikDemo(database: Database, o: UmpanBalikDemoOptions) {
  const { instansiId, tahun } = o;
  const today = new Date().toISOString().slice(0, 10);
  const sampai = o.sampai ?? (today.startsWith(String(tahun)) ? today : `${tahun}-12-31`);
  const rng = new Rng(`kinerja-demo-umpan|${o.seed}|${instansiId}|${tahun}`);
  const db = database.db;
  const skps = await rows<{
    id: string;
    pegawaiId: string;
    penilaiId: string;
    rhkIds: string[] | null;
    demo: boolean;
    penilaiDemo: boolean;
  }>(
    db,
    sql`select s.id, s.pegawai_id as "pegawaiId", s.penilai_pegawai_id as "penilaiId",
               array(select r.id::text from rhk r where r.instansi_id = s.instansi_id and r.skp_id = s.id
                     order by r.jenis desc, r.urutan limit 3) as "rhkIds",
               exists(select 1 from akun a where a.instansi_id = s.instansi_id and a.pegawai_id = s.pegawai_id and a.is_demo) as demo,
               exists(select 1 from akun a where a.instansi_id = s.instansi_id and a.pegawai_id = s.penilai_pegawai_id and a.is_demo)
                 as "penilaiDemo"
        from skp s
        where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and s.status = 'DITETAPKAN'
          and s.penilai_pegawai_id is not null
        order by s.id`,
  );
  const entries: Row[] = [];
  const hari = (from: string) => `${rng.date(from, sampai)}T0${rng.int(1, 9)}:${rng.int(10, 59)}:00+07:00`;
  const later = (ts: string) => {
    const d = new Date(Date.parse(ts) + rng.int(2, 72) * 3_600_000);
    return d.toISOString() > `${sampai}T23:59:59Z` ? ts : d.toISOString();
  };
  const thread = (
    s: (typeof skps)[number],
    target: { sasaran: 'RHK' | 'PERILAKU'; rhkId?: string; perilakuKode?: string; periodeKode?: string | null },
    teks: string,
    replies: 0 | 1 | 2,
  ) => {
    const id = rng.uuid();
    const at = hari(`${tahun}-01-15`);
    const base = {
      instansi_id: instansiId,
      skp_id: s.id,
      sasaran: target.sasaran,
      rhk_id: target.rhkId ?? null,
      perilaku_kode: target.perilakuKode ?? null,
      periode_kode: target.periodeKode ?? null,
    };
    entries.push({
      ...base,
      id,
      induk_id: null,
      penulis_pegawai_id: s.penilaiId,
      peran_penulis: 'PENILAI',
      teks,
      created_at: at,
    });
    let last = at;
    if (replies >= 1) {
      last = later(last);
      entries.push({
        ...base,
        id: rng.uuid(),
        induk_id: id,
        penulis_pegawai_id: s.pegawaiId,
        peran_penulis: 'PEGAWAI',
        teks: rng.pick(BALASAN_PEGAWAI),
        created_at: last,
      });
    }
    if (replies >= 2) {
      entries.push({
        ...base,
        id: rng.uuid(),
        induk_id: id,
        penulis_pegawai_id: s.penilaiId,
        peran_penulis: 'PENILAI',
        teks: rng.pick(BALASAN_PENILAI),
        created_at: later(last),
      });
    }
  };
  for (const s of skps) {
    const rhkIds = s.rhkIds ?? [];
    if (s.demo) {
      // The demo accounts: threads on RHK and values, answered and waiting, so both sides have work.
      rhkIds.forEach((rhkId, i) => {
        thread(
          s,
          { sasaran: 'RHK', rhkId, periodeKode: i === 0 ? 'TW1' : null },
          RHK_PENILAI[i % RHK_PENILAI.length],
          ([2, 1, 0] as const)[i % 3],
        );
      });
      for (const [i, kode] of ['BERORIENTASI_PELAYANAN', 'KOLABORATIF', 'ADAPTIF'].entries())
        thread(s, { sasaran: 'PERILAKU', perilakuKode: kode }, PERILAKU_PENILAI[kode], ([1, 0, 2] as const)[i]);
    } else if (rhkIds.length && rng.chance(0.12)) {
      if (rng.chance(0.6))
        thread(s, { sasaran: 'RHK', rhkId: rng.pick(rhkIds) }, rng.pick(RHK_PENILAI), rng.pick([0, 1, 2] as const));
      else {
        const kode = rng.pick(NILAI_BERAKHLAK_KODE);
        thread(s, { sasaran: 'PERILAKU', perilakuKode: kode }, PERILAKU_PENILAI[kode], rng.pick([0, 1] as const));
      }
    }
  }
  await db.transaction(async (tx) => {
    await insertJson(tx, 'umpan_balik', UB_COLS, entries);
    await seed360(tx, instansiId, skps, rng, sampai);
  });
  return { umpanBalik: entries.length };
}

/** Turns 360° input on and adds the two requests on the demo staff member's set SKP. */
async function seed360(
  tx: Executor,
  instansiId: string,
  skps: Array<{ id: string; pegawaiId: string; penilaiId: string; demo: boolean; penilaiDemo: boolean }>,
  rng: Rng,
  sampai: string,
) {
  await tx.execute(sql`
    insert into pengaturan_instansi (instansi_id, settings)
    values (${instansiId}, '{"pelaksanaan":{"masukan360":{"aktif":true,"minimumJawaban":3}}}'::jsonb)
    on conflict (instansi_id) do update set
      settings = pengaturan_instansi.settings || jsonb_build_object('pelaksanaan',
        coalesce(pengaturan_instansi.settings->'pelaksanaan', '{}'::jsonb)
          || '{"masukan360":{"aktif":true,"minimumJawaban":3}}'::jsonb),
      version = pengaturan_instansi.version + 1`);
  // The demo staff member: a demo account whose appraiser also has one (demo-chain.ts).
  // A demo account appraised by another demo account (the demo appraiser and the OPD head), so both
  // sides of the request can be tried from the login page.
  const subject = skps.find((s) => s.demo && s.penilaiDemo) ?? skps.find((s) => s.demo);
  if (!subject) return;
  const peers = await rows<{ id: string; demo: boolean }>(
    tx,
    sql`select p.id, exists(select 1 from akun a where a.instansi_id = p.instansi_id and a.pegawai_id = p.id and a.is_demo) as demo
        from pegawai p
        where p.instansi_id = ${instansiId} and p.status = 'AKTIF' and p.id <> ${subject.pegawaiId} and p.id <> ${subject.penilaiId}
        order by demo desc, p.id limit 6`,
  );
  if (peers.length < 6) return;
  const skor = (base: number) =>
    Object.fromEntries(NILAI_BERAKHLAK_KODE.map((k) => [k, Math.min(5, Math.max(1, base + rng.int(-1, 1)))]));
  const masukan: Row[] = [];
  const responden: Row[] = [];
  const jawaban: Row[] = [];
  const req = (periode: string, status: string, asked: typeof peers, answered: number) => {
    const id = rng.uuid();
    masukan.push({
      id,
      instansi_id: instansiId,
      skp_id: subject.id,
      pegawai_id: subject.pegawaiId,
      periode_kode: periode,
      diminta_oleh: subject.penilaiId,
      minimum_jawaban: 3,
      batas: null,
      status,
      created_at: `${rng.date(`${sampai.slice(0, 4)}-01-01`, sampai)}T02:00:00Z`,
    });
    // Who answered is in the respondent list; what they answered is not (no link, shuffled order).
    for (const [i, p] of asked.entries())
      responden.push({
        id: rng.uuid(),
        instansi_id: instansiId,
        masukan_id: id,
        pegawai_id: p.id,
        hubungan: i % 3 ? 'PEER' : 'LAINNYA',
        sudah_menjawab: i >= asked.length - answered,
      });
    for (let i = 0; i < answered; i++)
      jawaban.push({
        id: rng.uuid(),
        instansi_id: instansiId,
        masukan_id: id,
        skor: skor(rng.int(3, 5)),
        komentar: rng.chance(0.8) ? KOMENTAR_360[i % KOMENTAR_360.length] : null,
      });
  };
  // Closed with three answers of four: the aggregate shows. Open with two of three: nothing shows —
  // and a demo account (first in `peers`) still has it waiting on their Home.
  req('TW1', 'DITUTUP', peers.slice(2, 6), 3);
  req('TW2', 'TERBUKA', [peers[0], peers[4], peers[5]], 2);
  await insertJson(
    tx,
    'masukan_360',
    {
      id: 'uuid',
      instansi_id: 'uuid',
      skp_id: 'uuid',
      pegawai_id: 'uuid',
      periode_kode: 'text',
      diminta_oleh: 'uuid',
      minimum_jawaban: 'int2',
      batas: 'date',
      status: 'text',
      created_at: 'timestamptz',
    },
    masukan,
  );
  await insertJson(
    tx,
    'masukan_360_responden',
    {
      id: 'uuid',
      instansi_id: 'uuid',
      masukan_id: 'uuid',
      pegawai_id: 'uuid',
      hubungan: 'text',
      sudah_menjawab: 'bool',
    },
    responden,
  );
  await insertJson(
    tx,
    'masukan_360_jawaban',
    { id: 'uuid', instansi_id: 'uuid', masukan_id: 'uuid', skor: 'jsonb', komentar: 'text' },
    rng.shuffle(jawaban),
  );
}
