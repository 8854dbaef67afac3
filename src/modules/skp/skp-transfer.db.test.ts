/**
 * A transfer recorded by an import, or a definitive placement ended by the admin, closes the SKP of
 * that position in the same transaction (a new placement on the pegawai page: skp-versi.db.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { createSkp, skpWorld, TAHUN } from '../../../test/skp-kit.ts';
import { importFile } from '../exchange/index.ts';

const database = useTestDatabase();
const actor = { akunId: null, label: 'impor uji' };

function pegawaiCsv(rows: Array<{ nip: string; nama: string; jabatanKode: string; tmt: string }>): Uint8Array {
  const lines = ['Nip Baru,Nama,Jenis Asn,Golongan,Jabatan Id,TMT Jabatan'];
  for (const r of rows) lines.push(`${r.nip},${r.nama},PNS,III/a,${r.jabatanKode},${r.tmt}`);
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

describe('SKP and transfers recorded by an import', () => {
  it('closes the open SKP of a pegawai the file moves, and leaves everyone else alone', async () => {
    const w = await skpWorld(database());
    const stafSkp = await createSkp(w, 'staf');
    const guruSkp = await createSkp(w, 'guru');
    const { staf, guru } = w.org.pegawai;
    const file = pegawaiCsv([
      // staf moves to the teacher's position on 1 August; the guru row repeats what is already true.
      { nip: staf.nip, nama: staf.nama, jabatanKode: w.org.jabatan.jGuru.kode, tmt: `${TAHUN}-08-01` },
      { nip: guru.nip, nama: guru.nama, jabatanKode: w.org.jabatan.jGuru.kode, tmt: `${TAHUN}-01-01` },
    ]);
    const result = await importFile(database(), {
      instansiId: w.i,
      actor,
      fileName: 'mutasi.csv',
      bytes: file,
      today: `${TAHUN}-08-15`,
    });
    expect(result.ok, JSON.stringify(result.errors)).toBe(true);
    expect(result.counts.penempatan).toEqual({ opened: 1, closed: 1 });

    const closed = (await w.call('staf', 'GET', `/skp/${stafSkp.id}`)).body;
    expect(closed).toMatchObject({ status: 'DITUTUP', selesai: `${TAHUN}-07-31` });
    expect((await w.call('guru', 'GET', `/skp/${guruSkp.id}`)).body).toMatchObject({
      status: 'DRAFT',
      selesai: `${TAHUN}-12-31`,
    });
    const audit = await database().pool.query(
      `select actor_label, after from audit_log where instansi_id = $1 and entity = 'skp' and entity_id = $2 and action = 'tutup'`,
      [w.i, stafSkp.id],
    );
    expect(audit.rows).toEqual([
      expect.objectContaining({ actor_label: 'impor uji', after: expect.objectContaining({ status: 'DITUTUP' }) }),
    ]);
    const notes = (await w.call('staf', 'GET', '/notifikasi')).body as Array<{ jenis: string; tautan: string }>;
    expect(notes.find((n) => n.jenis === 'SKP_DITUTUP')?.tautan).toBe(`/skp/${stafSkp.id}`);
  });

  it('keeps the SKP when the move takes effect after the SKP ends (a new year)', async () => {
    const w = await skpWorld(database());
    const skp = await createSkp(w, 'staf');
    const { staf } = w.org.pegawai;
    const result = await importFile(database(), {
      instansiId: w.i,
      actor,
      fileName: 'mutasi-tahun-depan.csv',
      bytes: pegawaiCsv([
        { nip: staf.nip, nama: staf.nama, jabatanKode: w.org.jabatan.jGuru.kode, tmt: `${TAHUN + 1}-01-01` },
      ]),
      today: `${TAHUN}-12-20`,
    });
    expect(result.ok, JSON.stringify(result.errors)).toBe(true);
    expect((await w.call('staf', 'GET', `/skp/${skp.id}`)).body).toMatchObject({
      status: 'DRAFT',
      selesai: `${TAHUN}-12-31`,
    });
  });

  it('closes the SKP when the admin ends the definitive placement, but not for an acting (PLT) one', async () => {
    const w = await skpWorld(database());
    const skp = await createSkp(w, 'staf');
    const stafId = w.org.pegawai.staf.id;
    // An acting assignment that ends does not touch the SKP of the definitive position.
    const plt = await w.call('admin', 'POST', `/pegawai/${stafId}/penempatan`, {
      jabatanId: w.org.jabatan.jKasi.id,
      jenis: 'PLT',
      mulai: `${TAHUN}-03-01`,
      selesai: `${TAHUN}-12-31`,
    });
    expect(plt.status).toBe(201);
    expect(
      (
        await w.call('admin', 'POST', `/pegawai/${stafId}/penempatan/${plt.body.id}/akhiri`, {
          selesai: `${TAHUN}-04-30`,
        })
      ).status,
    ).toBe(200);
    expect((await w.call('staf', 'GET', `/skp/${skp.id}`)).body).toMatchObject({
      status: 'DRAFT',
      selesai: `${TAHUN}-12-31`,
    });

    const { rows } = await database().pool.query(
      `select id from penempatan where instansi_id = $1 and pegawai_id = $2 and jenis = 'DEFINITIF' and selesai is null`,
      [w.i, stafId],
    );
    const end = await w.call('admin', 'POST', `/pegawai/${stafId}/penempatan/${rows[0].id}/akhiri`, {
      selesai: `${TAHUN}-05-31`,
    });
    expect(end.status).toBe(200);
    expect((await w.call('staf', 'GET', `/skp/${skp.id}`)).body).toMatchObject({
      status: 'DITUTUP',
      selesai: `${TAHUN}-05-31`,
    });
  });
});
