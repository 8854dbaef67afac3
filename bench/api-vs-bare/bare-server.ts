/**
 * The bare handler the product is measured against (bench/api-vs-bare.bench.ts): Fastify +
 * node-postgres, the same pool size, the same URLs and cookie, and for each request the least SQL
 * that gives the answer — one session lookup and one statement (joins, json_agg, data-modifying
 * CTEs). No logging, no schema validation, no audit, no notifications, and authorisation only as
 * far as one WHERE clause can express it (owner, appraiser of record, admin): the ceiling, not a
 * rival implementation. The unit trees are cached per org version as the product caches them (the
 * version comes with the session lookup), so a cached tree costs the session lookup alone.
 */
import { createHash } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.BENCH_POOL ?? 10) });

interface Actor {
  akunId: string;
  instansiId: string | null;
  pegawaiId: string | null;
  /** The org version of the account's tenant, read with the session (keys the tree cache). */
  orgVersion: number | null;
  roles: Array<{ peran: string; instansiId: string | null }>;
}

/**
 * The unit trees cached per tenant and org version, as the product caches its tree: the product's
 * tree answers come from memory, so a bare server that rebuilt them on every request would be
 * handicapped, not the least work for the answer (issue 9 review). The version comes with the
 * session lookup, so a cached answer costs that one statement, as in the product.
 */
const treeCache = new Map<string, { version: number; body: unknown }>();
async function cachedTree(key: string, a: Actor, build: () => Promise<unknown>) {
  const hit = treeCache.get(key);
  if (hit && a.orgVersion !== null && hit.version === a.orgVersion) return hit.body;
  const body = await build();
  if (a.orgVersion !== null) treeCache.set(key, { version: a.orgVersion, body });
  return body;
}

async function actorOf(cookieHeader: string | undefined): Promise<Actor | null> {
  const token = /(?:^|;\s*)kinerja_sid=([^;]+)/.exec(cookieHeader ?? '')?.[1];
  if (!token) return null;
  const id = createHash('sha256').update(decodeURIComponent(token)).digest('hex');
  const res = await pool.query(
    `select a.id as "akunId", a.instansi_id as "instansiId", a.pegawai_id as "pegawaiId",
       (select i.version from instansi i where i.id = a.instansi_id) as "orgVersion",
       coalesce((select json_agg(json_build_object('peran', ap.peran, 'instansiId', ap.instansi_id))
                 from akun_peran ap where ap.akun_id = a.id), '[]'::json) as roles
     from sesi s join akun a on a.id = s.akun_id
     where s.id = $1 and s.expires_at > now() and a.is_active`,
    [id],
  );
  return (res.rows[0] as Actor | undefined) ?? null;
}

const isAdmin = (a: Actor, i: string) => a.roles.some((r) => r.peran === 'ADMIN_INSTANSI' && r.instansiId === i);

const app = Fastify({ logger: false });
app.decorateRequest('actor', null);
app.addHook('onRequest', async (req, reply) => {
  const actor = await actorOf(req.headers.cookie);
  if (!actor) return reply.code(401).send({ error: { code: 'AUTH.REQUIRED' } });
  (req as unknown as { actor: Actor }).actor = actor;
});
const actor = (req: unknown) => (req as { actor: Actor }).actor;
type P = Record<string, string>;

const one = async (reply: { code(n: number): { send(b: unknown): unknown } }, sql: string, params: unknown[]) => {
  const res = await pool.query(sql, params);
  if (!res.rows.length) return reply.code(404).send({ error: { code: 'NOT_FOUND' } });
  return res.rows[0];
};

app.get('/api/instansi/:i/skp/bawahan', async (req) => {
  const { i } = req.params as P;
  const tahun = Number((req.query as P).tahun ?? new Date().getUTCFullYear());
  const res = await pool.query(
    `select s.id, s.pegawai_id as "pegawaiId", p.nama, p.nip, s.status, s.revisi, s.version, s.tahun,
       s.jenis_form as "jenisForm", s.snapshot->'jabatan'->>'nama' as "jabatanNama",
       s.snapshot->'unit'->>'nama' as "unitNama",
       (select count(*)::int from rhk r where r.instansi_id = s.instansi_id and r.skp_id = s.id) as "jumlahRhk"
     from skp s join pegawai p on p.id = s.pegawai_id
     where s.instansi_id = $1 and s.penilai_pegawai_id = $2 and s.tahun = $3
     order by p.nama`,
    [i, actor(req).pegawaiId, tahun],
  );
  return res.rows;
});

app.get('/api/instansi/:i/skp/:id', async (req, reply) => {
  const { i, id } = req.params as P;
  return one(
    reply,
    `select s.id, s.pegawai_id as "pegawaiId", s.status, s.revisi, s.version, s.jenis_form as "jenisForm",
       s.pendekatan, s.mulai, s.selesai, s.tahun, s.snapshot, s.perilaku, s.lampiran,
       s.catatan_penilai as "catatanPenilai", s.perlu_tinjau as "perluTinjau",
       s.ditandatangani_at as "ditandatanganiAt", s.ditetapkan_at as "ditetapkanAt",
       s.ditetapkan_oleh_nama as "ditetapkanOlehNama",
       coalesce((select json_agg(json_build_object(
           'id', r.id, 'jenis', r.jenis, 'urutan', r.urutan, 'teks', r.teks, 'sumber', r.sumber,
           'parentRhkId', r.parent_rhk_id,
           'parent', case when pr.id is null then null else json_build_object('id', pr.id, 'teks', pr.teks, 'skpId', pr.skp_id, 'pegawaiNama', pp.nama, 'skpStatus', ps.status) end,
           'pkIndikatorId', r.pk_indikator_id, 'cascading', r.cascading, 'perspektif', r.perspektif,
           'penugasanDari', r.penugasan_dari, 'perluTinjau', r.perlu_tinjau, 'catatan', r.catatan,
           'iki', coalesce((select json_agg(json_build_object('id', k.id, 'urutan', k.urutan, 'aspek', k.aspek,
                     'indikator', k.indikator, 'targetNilai', k.target_nilai, 'targetSatuan', k.target_satuan,
                     'targetTeks', k.target_teks) order by k.urutan)
                   from iki k where k.instansi_id = r.instansi_id and k.rhk_id = r.id), '[]'::json)
         ) order by r.urutan)
         from rhk r
         left join rhk pr on pr.id = r.parent_rhk_id
         left join skp ps on ps.id = pr.skp_id
         left join pegawai pp on pp.id = ps.pegawai_id
         where r.instansi_id = s.instansi_id and r.skp_id = s.id), '[]'::json) as rhk,
       coalesce((select json_agg(json_build_object('revisi', v.revisi, 'ditetapkanAt', v.ditetapkan_at) order by v.revisi)
         from skp_versi v where v.instansi_id = s.instansi_id and v.skp_id = s.id), '[]'::json) as versi
     from skp s
     where s.instansi_id = $1 and s.id = $2 and (s.pegawai_id = $3 or s.penilai_pegawai_id = $3 or $4)`,
    [i, id, actor(req).pegawaiId, isAdmin(actor(req), i)],
  );
});

app.get('/api/instansi/:i/pegawai', async (req, reply) => {
  const { i } = req.params as P;
  if (!isAdmin(actor(req), i)) return reply.code(404).send({ error: { code: 'ACCESS.DENIED' } });
  const q = req.query as P;
  const pageSize = Math.min(200, Number(q.pageSize ?? 50));
  const offset = (Number(q.page ?? 1) - 1) * pageSize;
  const res = await pool.query(
    `select (select count(*)::int from pegawai where instansi_id = $1) as total,
       coalesce(json_agg(x), '[]'::json) as items
     from (
       select p.id, p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang",
         p.jenis_asn as "jenisAsn", p.golongan, p.status, j.id as "jabatanId", j.nama as "jabatanNama",
         j.jenis as "jenisJabatan", j.jenjang, u.id as "unitId", u.nama as "unitNama"
       from (select * from pegawai where instansi_id = $1 order by nama, nip limit $2 offset $3) p
       left join lateral (select pe.jabatan_id from penempatan pe
         where pe.pegawai_id = p.id and pe.instansi_id = p.instansi_id and pe.jenis = 'DEFINITIF'
           and pe.mulai <= current_date and (pe.selesai is null or pe.selesai >= current_date)
         order by pe.mulai desc limit 1) cur on true
       left join jabatan j on j.id = cur.jabatan_id
       left join unit_organisasi u on u.id = j.unit_id
       order by p.nama, p.nip) x`,
    [i, pageSize, offset],
  );
  return { ...res.rows[0], page: Number(q.page ?? 1), pageSize };
});

app.get('/api/instansi/:i/units', async (req, reply) => {
  const { i } = req.params as P;
  if (actor(req).instansiId !== i) return reply.code(404).send({ error: { code: 'ACCESS.DENIED' } });
  return cachedTree(`units:${i}`, actor(req), () => flatUnits(i));
});

async function flatUnits(i: string) {
  const res = await pool.query(
    `with holders as (
      select distinct on (pe.jabatan_id) pe.jabatan_id, pe.jenis, p.id as pegawai_id, p.nama
      from penempatan pe join pegawai p on p.id = pe.pegawai_id
      where pe.instansi_id = $1 and pe.mulai <= current_date and (pe.selesai is null or pe.selesai >= current_date)
      order by pe.jabatan_id, case pe.jenis when 'DEFINITIF' then 0 when 'PLT' then 1 else 2 end
    ),
    counts as (
      select j.unit_id, count(*)::int as n
      from penempatan pe join jabatan j on j.id = pe.jabatan_id
      where pe.instansi_id = $1 and pe.jenis = 'DEFINITIF'
        and pe.mulai <= current_date and (pe.selesai is null or pe.selesai >= current_date)
      group by j.unit_id
    )
    select u.id, u.parent_id as "parentId", u.kode, u.nama, u.jenis, u.depth, u.version,
           u.kepala_jabatan_id as "kepalaJabatanId", kj.nama as "kepalaJabatanNama", kj.jenis as "kepalaJabatanJenis",
           h.pegawai_id as "kepalaPegawaiId", h.nama as "kepalaNama", h.jenis as "kepalaVia",
           coalesce(c.n, 0)::int as "jumlahPegawai"
    from unit_organisasi u
    left join jabatan kj on kj.id = u.kepala_jabatan_id
    left join holders h on h.jabatan_id = u.kepala_jabatan_id
    left join counts c on c.unit_id = u.id
    where u.instansi_id = $1
    order by u.depth, u.nama`,
    [i],
  );
  return res.rows;
}

// The first screen of Struktur organisasi (the page asks for it, not the flat list): the top two
// levels with their heads, staff counts and number of sub-units, and the tenant's totals — one
// statement, cached per org version like the product's tree.
app.get('/api/instansi/:i/units/cabang', async (req, reply) => {
  const { i } = req.params as P;
  if (actor(req).instansiId !== i) return reply.code(404).send({ error: { code: 'ACCESS.DENIED' } });
  return cachedTree(`cabang:${i}`, actor(req), () => firstScreen(i));
});

async function firstScreen(i: string) {
  const res = await pool.query(
    `with top as (
      select u.* from unit_organisasi u
      where u.instansi_id = $1 and (u.parent_id is null or u.parent_id in (
        select r.id from unit_organisasi r where r.instansi_id = $1 and r.parent_id is null))
    ),
    holders as (
      select distinct on (pe.jabatan_id) pe.jabatan_id, pe.jenis, p.id as pegawai_id, p.nama
      from penempatan pe join pegawai p on p.id = pe.pegawai_id
      where pe.instansi_id = $1 and pe.jabatan_id in (select kepala_jabatan_id from top)
        and pe.mulai <= current_date and (pe.selesai is null or pe.selesai >= current_date)
      order by pe.jabatan_id, case pe.jenis when 'DEFINITIF' then 0 when 'PLT' then 1 else 2 end
    ),
    counts as (
      select j.unit_id, count(*)::int as n from penempatan pe join jabatan j on j.id = pe.jabatan_id
      where pe.instansi_id = $1 and pe.jenis = 'DEFINITIF'
        and pe.mulai <= current_date and (pe.selesai is null or pe.selesai >= current_date)
      group by j.unit_id
    )
    select json_build_object(
      'items', coalesce((select json_agg(json_build_object(
          'id', u.id, 'parentId', u.parent_id, 'kode', u.kode, 'nama', u.nama, 'jenis', u.jenis, 'depth', u.depth,
          'version', u.version, 'kepalaJabatanId', u.kepala_jabatan_id, 'kepalaJabatanNama', kj.nama,
          'kepalaJabatanJenis', kj.jenis, 'kepalaPegawaiId', h.pegawai_id, 'kepalaNama', h.nama, 'kepalaVia', h.jenis,
          'jumlahPegawai', coalesce((select c.n from counts c where c.unit_id = u.id), 0),
          'jumlahSubunit', (select count(*) from unit_organisasi c where c.instansi_id = $1 and c.parent_id = u.id))
          order by u.depth, u.nama)
        from top u left join jabatan kj on kj.id = u.kepala_jabatan_id
        left join holders h on h.jabatan_id = u.kepala_jabatan_id), '[]'::json),
      'cocok', '[]'::json, 'terpotong', false,
      'totalUnit', (select count(*) from unit_organisasi where instansi_id = $1),
      'totalPegawai', (select coalesce(sum(n), 0) from counts)) as body`,
    [i],
  );
  return res.rows[0].body;
}

app.put('/api/instansi/:i/skp/:id/rhk/:rhkId', async (req, reply) => {
  const { i, id, rhkId } = req.params as P;
  const b = req.body as { version: number; teks: string; jenis: string; sumber: string; iki: unknown[] };
  const iki = JSON.stringify(b.iki.map((k, n) => ({ ...(k as object), urutan: n + 1 })));
  const row = await one(
    reply,
    `with s as (
       update skp set version = version + 1, updated_at = now()
       where instansi_id = $1 and id = $2 and version = $3 and pegawai_id = $4 and status in ('DRAFT', 'DIKEMBALIKAN')
       returning id, version),
     r as (
       update rhk set teks = $6, jenis = $7, sumber = $8, updated_at = now()
       where instansi_id = $1 and id = $5 and skp_id in (select id from s) returning id),
     d as (delete from iki where instansi_id = $1 and rhk_id in (select id from r)),
     n as (
       insert into iki (instansi_id, rhk_id, urutan, aspek, indikator, target_nilai, target_satuan, target_teks)
       select $1, r.id, x.urutan, x.aspek, x.indikator, x."targetNilai", x."targetSatuan", x."targetTeks"
       from r cross join jsonb_to_recordset($9::jsonb)
         as x(urutan int, aspek text, indikator text, "targetNilai" numeric, "targetSatuan" text, "targetTeks" text))
     select s.id, s.version from s`,
    [i, id, b.version, actor(req).pegawaiId, rhkId, b.teks, b.jenis, b.sumber, iki],
  );
  return row;
});

app.post('/api/instansi/:i/skp/:id/ajukan', async (req, reply) => {
  const { i, id } = req.params as P;
  return one(
    reply,
    `update skp set status = 'DIAJUKAN', diajukan_at = now(), ditandatangani_at = now(), version = version + 1, updated_at = now()
     where instansi_id = $1 and id = $2 and version = $3 and pegawai_id = $4 and status in ('DRAFT', 'DIKEMBALIKAN')
     returning id, status, version`,
    [i, id, (req.body as { version: number }).version, actor(req).pegawaiId],
  );
});

app.post('/api/instansi/:i/skp/:id/kembalikan', async (req, reply) => {
  const { i, id } = req.params as P;
  const b = req.body as { version: number; catatan: string };
  return one(
    reply,
    `update skp set status = 'DIKEMBALIKAN', catatan_penilai = $5, version = version + 1, updated_at = now()
     where instansi_id = $1 and id = $2 and version = $3 and penilai_pegawai_id = $4 and status = 'DIAJUKAN'
     returning id, status, version`,
    [i, id, b.version, actor(req).pegawaiId, b.catatan],
  );
});

const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ url: address });
process.on('disconnect', () => {
  void app
    .close()
    .then(() => pool.end())
    .finally(() => process.exit(0));
});
