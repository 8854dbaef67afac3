import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { LocalFileStore, setFileStore } from '../../modules/dokumen/index.ts';
import { type DemoResult, deleteDemoInstansi, generateDemo } from './demo.ts';

const database = useTestDatabase();
let filesDir: string;

describe('demo evidence (generateBuktiDemo)', () => {
  let demo: DemoResult;
  const q = async (text: string) => (await database().pool.query(text, [demo.instansiId])).rows;

  beforeAll(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'kinerja-bukti-demo-'));
    setFileStore(new LocalFileStore(filesDir));
    demo = await generateDemo(database(), { pegawai: 400, seed: 5, kode: 'DEMO-BUKTI-TEST' });
  });
  afterAll(async () => {
    setFileStore(null);
    await rm(filesDir, { recursive: true, force: true });
  });

  it('shares a handful of stored files among many pieces of evidence, attached to ended periods', async () => {
    const [c] = await q(`select (select count(*) from berkas where instansi_id = $1)::int as berkas,
        (select count(*) from bukti where instansi_id = $1)::int as bukti,
        (select count(*) from bukti where instansi_id = $1 and jenis = 'TAUTAN')::int as tautan,
        (select count(*) from bukti_iki where instansi_id = $1)::int as lampiran,
        (select count(distinct periode_kode) from bukti_iki where instansi_id = $1)::int as periode,
        (select count(*) from bukti_iki where instansi_id = $1 and dilihat_penilai_at is null)::int as belum_dilihat`);
    expect(c.berkas).toBe(7);
    expect(c.bukti).toBeGreaterThan(200);
    expect(c.tautan).toBeGreaterThan(0);
    expect(c.lampiran).toBeGreaterThan(c.bukti);
    expect(c.belum_dilihat).toBeGreaterThan(0);
    // Deterministic ids are still valid version-4 UUIDs (the API's schemas check them).
    const [bad] = await q(`select count(*)::int as n from bukti_iki bi join bukti b on b.id = bi.bukti_id
        where bi.instansi_id = $1 and (b.id::text !~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab]'
           or bi.id::text !~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab]')`);
    expect(bad.n).toBe(0);
    // Periods that have ended only (the demo year is the current one).
    const ended = await q(`select distinct bi.periode_kode, (e->>'selesai')::date < current_date as ended
        from bukti_iki bi join skp s on s.id = bi.skp_id join periode_kinerja pk on pk.id = s.periode_id
        cross join jsonb_array_elements(pk.periode) e where bi.instansi_id = $1 and e->>'kode' = bi.periode_kode`);
    expect(ended.every((r) => r.ended)).toBe(true);
    const reused = await q(`select count(*)::int as n from (select bukti_id from bukti_iki where instansi_id = $1
        group by bukti_id having count(distinct periode_kode) > 1) x`);
    expect(reused[0].n).toBeGreaterThan(0);
  });

  it('removes the tenant’s files with the demo reset', async () => {
    const keys = (await q(`select kunci from berkas where instansi_id = $1`)).map((r) => r.kunci as string);
    expect(keys.every((k) => existsSync(join(filesDir, k)))).toBe(true);
    await deleteDemoInstansi(database(), demo.kode);
    expect(keys.some((k) => existsSync(join(filesDir, k)))).toBe(false);
  });
});
