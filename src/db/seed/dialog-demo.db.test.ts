import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { kirimPengingat } from '../../modules/dialog/index.ts';
import { type DemoResult, generateDemo } from './demo.ts';
import { generateDialogDemo } from './dialog-demo.ts';

const database = useTestDatabase();
// 20 May 2026, 10:00 WIB: TW1 is over, TW2 is the current quarter.
const SEKARANG = new Date('2026-05-20T03:00:00Z');

describe('demo dialogues (generateDialogDemo)', () => {
  let demo: DemoResult;
  const q = async (text: string, params: unknown[] = [demo.instansiId]) =>
    (await database().pool.query(text, params)).rows;

  beforeAll(async () => {
    demo = await generateDemo(database(), { pegawai: 300, seed: 5, kode: 'DEMO-DIALOG-TEST' });
    // Regenerate on a fixed "now" so the assertions do not depend on the day the test runs.
    for (const t of ['dialog_agenda', 'rencana_pengembangan', 'dialog_kinerja'])
      await database().pool.query(`delete from ${t} where instansi_id = $1`, [demo.instansiId]);
    await generateDialogDemo(database(), { instansiId: demo.instansiId, tahun: 2026, seed: 5, sekarang: SEKARANG });
  });

  it('gives the demo chain a completed coaching session with development items and a dialogue tomorrow', async () => {
    const rows = await q(
      `select a.username, d.status, d.jenis, d.periode_kode, d.jadwal, d.pengingat_h1_at,
              d.dikonfirmasi_pegawai_at is not null and d.dikonfirmasi_penilai_at is not null as terkunci,
              d.catatan ? 'umpanBalikPegawai' as umpan_balik, d.catatan ? 'cekKompetensi' as cek,
              (select count(*)::int from rencana_pengembangan r where r.dialog_id = d.id) as items
         from dialog_kinerja d join akun a on a.pegawai_id = d.pegawai_id and a.is_demo
         join akun b on b.pegawai_id = d.penilai_pegawai_id and b.is_demo
        where d.instansi_id = $1 order by a.username, d.jadwal`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const staff = rows.filter((r) => r.username === rows[rows.length - 1].username);
    expect(staff.map((r) => [r.periode_kode, r.status])).toEqual([
      ['TW1', 'SELESAI'],
      ['TW2', 'DIJADWALKAN'],
    ]);
    expect(staff[0]).toMatchObject({ jenis: 'COACHING', terkunci: true, umpan_balik: true, cek: true, items: 2 });
    expect(new Date(staff[1].jadwal).toISOString()).toBe('2026-05-21T02:00:00.000Z');
    expect(staff[1].pengingat_h1_at).toBeNull();
  });

  it('samples dialogues across the tenant, judges earlier items and carries unachieved ones over', async () => {
    const [{ n }] = await q(`select count(distinct pegawai_id)::int as n from dialog_kinerja where instansi_id = $1`);
    expect(n).toBeGreaterThan(5);
    const broken = await q(
      `select c.id from rencana_pengembangan c
         left join rencana_pengembangan o on o.id = c.dibawa_dari_id
        where c.instansi_id = $1 and c.dibawa_dari_id is not null
          and (o.status is distinct from 'TIDAK_TERCAPAI' or o.dinilai_dialog_id is distinct from c.dialog_id)`,
    );
    expect(broken).toEqual([]);
    const unlinked = await q(
      `select a.id from dialog_agenda a where a.instansi_id = $1 and (
         (a.topik = 'HASIL_KERJA' and a.rhk_id is null) or (a.topik = 'PERILAKU' and a.perilaku_kode is null)
         or (a.topik = 'KOMPETENSI' and a.kompetensi is null))`,
    );
    expect(unlinked).toEqual([]);
    const future = await q(
      `select id from dialog_kinerja where instansi_id = $1 and status = 'SELESAI' and jadwal >= $2`,
      [demo.instansiId, SEKARANG.toISOString()],
    );
    expect(future).toEqual([]);
  });

  it("sends tomorrow's reminder once when the server's reminder run comes", async () => {
    const before = SEKARANG;
    const first = await kirimPengingat(database(), before);
    const second = await kirimPengingat(database(), before);
    expect(first.terkirim).toBeGreaterThanOrEqual(1);
    expect(second.terkirim).toBe(0);
    const notes = await q(
      `select n.jenis from notifikasi n join akun a on a.pegawai_id = n.pegawai_id and a.is_demo
        where n.instansi_id = $1 and n.jenis like 'DIALOG_PENGINGAT%'`,
    );
    expect(notes.length).toBeGreaterThanOrEqual(2);
  });
});
