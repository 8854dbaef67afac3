/**
 * Evaluation (issue 11, eval-core) data for the authorisation matrix: set SKPs of the staf (whose
 * appraiser is the kasi) in 2023, one per mutating endpoint so they do not depend on each other's
 * order — a fresh one for the draft, a draft behind a FINAL calibration to set, a set evaluation to
 * receive and one to correct. Rows are inserted directly.
 */
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';
import { skp } from '../src/db/schema-skp.ts';
import type { buildOrg } from './factories.ts';

type Org = Awaited<ReturnType<typeof buildOrg>>;
const TAHUN = 2023;

export async function buildEvaluasiFixtureCore(database: Database, org: Org, templateSkpId: string) {
  const db = database.db;
  const i = org.instansi.id;
  const [template] = await db.select().from(skp).where(eq(skp.id, templateSkpId));
  const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = template;
  const mk = async () => {
    const [row] = await db
      .insert(skp)
      .values({
        ...copy,
        tahun: TAHUN,
        mulai: `${TAHUN}-01-01`,
        selesai: `${TAHUN}-12-31`,
        status: 'DITETAPKAN',
        version: 1,
      })
      .returning();
    return row.id;
  };
  const evaluasi = async (skpId: string, status: string) => {
    await db.execute(sql`
      insert into evaluasi (instansi_id, skp_id, pegawai_id, tahun, periode_kode, unit_penilaian_id, penilai_pegawai_id,
        status, rating_hasil_kerja, rating_hasil_kerja_sumber, rating_perilaku, predikat, predikat_usulan,
        ditetapkan_at, ditetapkan_oleh_nama)
      values (${i}, ${skpId}, ${org.pegawai.staf.id}, ${TAHUN}, 'TW1', ${org.units.dinas.id}, ${org.pegawai.kasi.id},
        ${status}, 'SESUAI', 'PENILAI', 'SESUAI', 'BAIK', 'BAIK',
        ${status === 'DRAFT' ? null : new Date(Date.now() - 86_400_000).toISOString()}::timestamptz,
        ${status === 'DRAFT' ? null : org.pegawai.kasi.nama})`);
  };
  const fx = {
    tahun: TAHUN,
    baca: await mk(),
    draf: await mk(),
    tetapkan: await mk(),
    terima: await mk(),
    koreksi: await mk(),
  };
  await evaluasi(fx.baca, 'DRAFT');
  await evaluasi(fx.tetapkan, 'DRAFT');
  await evaluasi(fx.terima, 'DITETAPKAN');
  await evaluasi(fx.koreksi, 'DITETAPKAN');
  await db.execute(sql`
    insert into kalibrasi (instansi_id, unit_penilaian_id, tahun, periode_kode, status)
    values (${i}, ${org.units.dinas.id}, ${TAHUN}, 'TW1', 'FINAL')`);
  return fx;
}
