/**
 * Dialog kinerja rows for the authorisation matrix: one dialog per mutating endpoint (so they do
 * not depend on each other's order) on the staf's set SKP, whose appraiser is the kasi.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';
import { dialogKinerja } from '../src/db/schema-pelaksanaan.ts';
import { skp } from '../src/db/schema-skp.ts';
import type { buildOrg } from './factories.ts';

type Org = Awaited<ReturnType<typeof buildOrg>>;

export async function buildDialogFixture(database: Database, org: Org, templateSkpId: string) {
  // A set SKP of its own (2022): other rows move the shared set SKP through its workflow.
  const [template] = await database.db.select().from(skp).where(eq(skp.id, templateSkpId));
  const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = template;
  const [own] = await database.db
    .insert(skp)
    .values({ ...copy, tahun: 2022, mulai: '2022-01-01', selesai: '2022-12-31', status: 'DITETAPKAN', version: 1 })
    .returning();
  const skpId = own.id;
  const mk = async (status: string, jenis = 'DIALOG') => {
    const [row] = await database.db
      .insert(dialogKinerja)
      .values({
        instansiId: org.instansi.id,
        skpId,
        pegawaiId: org.pegawai.staf.id,
        penilaiPegawaiId: org.pegawai.kasi.id,
        periodeKode: 'TW1',
        jenis,
        jadwal: new Date('2022-03-20T02:00:00Z'),
        status,
        tindakLanjutTanggal: status === 'SELESAI' ? '2022-06-30' : null,
      })
      .returning();
    return row.id;
  };
  return {
    skpId,
    baca: await mk('DIJADWALKAN'),
    ubah: await mk('DIJADWALKAN'),
    batal: await mk('DIJADWALKAN'),
    rekam: await mk('DIJADWALKAN'),
    konfirmasi: await mk('SELESAI'),
    umpanBalik: await mk('SELESAI', 'COACHING'),
    cek: await mk('SELESAI', 'COACHING'),
  };
}
