/**
 * The year-end batch on a real database: predikat from the stored ratings (DRAFT only, never under a
 * FINAL board), the check of every unit written into kalibrasi.hasil, a FINAL calibration untouched.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildPapanKalibrasi } from '../../../test/evaluasi-fixture-kalibrasi.ts';
import { buildOrg, buildPegawai } from '../../../test/factories.ts';
import { checkDistribution } from '../../domain/distribution.ts';
import { jalankanBatch } from './batch.service.ts';

const database = useTestDatabase();

describe('jalankanBatch', () => {
  it('computes predikat set-based, checks every open unit, and never touches a FINAL calibration', async () => {
    const db = database();
    const org = await buildOrg(db);
    const inst = org.instansi.id;
    const people = [];
    for (let i = 0; i < 6; i++) people.push((await buildPegawai(db, inst, { nama: `P${i}` })).id);
    // Dinas: Baik, 4 Sangat Baik + 2 Baik → violates "sebagian besar" and "at least one Butuh Perbaikan".
    const dinas = await buildPapanKalibrasi(db, {
      instansiId: inst,
      unitId: org.units.dinas.id,
      tahun: 2026,
      periodeKode: 'AKHIR',
      predikatOrganisasi: 'BAIK',
      evaluasi: people.map((pegawaiId, i) => ({
        pegawaiId,
        rating: i < 4 ? ['DI_ATAS', 'DI_ATAS'] : ['SESUAI', 'SESUAI'],
      })),
    });
    // Sekolah: no predikat organisasi; one evaluation set (DITETAPKAN) and one DRAFT.
    const sekolah = await buildPapanKalibrasi(db, {
      instansiId: inst,
      unitId: org.units.sekolah.id,
      tahun: 2026,
      periodeKode: 'AKHIR',
      evaluasi: [
        { pegawaiId: org.pegawai.kepsek.id, rating: ['SESUAI', 'SESUAI'], status: 'DITETAPKAN' },
        { pegawaiId: org.pegawai.guru.id, rating: ['DI_BAWAH', 'DI_BAWAH'] },
      ],
    });
    // Bidang: FINAL calibration with an override — the batch must leave it and its evaluations alone.
    const bidang = await buildPapanKalibrasi(db, {
      instansiId: inst,
      unitId: org.units.bidang.id,
      tahun: 2026,
      periodeKode: 'AKHIR',
      predikatOrganisasi: 'ISTIMEWA',
      evaluasi: [{ pegawaiId: org.pegawai.kabid.id, rating: ['DI_ATAS', 'DI_ATAS'] }],
      kalibrasiStatus: 'FINAL',
    });
    await db.db.execute(sql`update kalibrasi set hasil = '{"override": true}'::jsonb, override = true
                             where unit_penilaian_id = ${org.units.bidang.id}`);
    // Forget the stored predikat so the batch must compute it from the ratings.
    await db.db.execute(sql`update evaluasi set predikat = null where instansi_id = ${inst}`);

    const h = await jalankanBatch(db, { instansiId: inst, tahun: 2026, periodeKode: 'AKHIR', actorLabel: 'uji' });
    expect(h).toMatchObject({
      evaluasi: 9,
      predikatDiperbarui: 7,
      unit: 3,
      unitSesuai: 0,
      unitMelanggar: 1,
      unitTanpaPredikatOrganisasi: 1,
      unitFinalDilewati: 1,
    });

    const pred = async (id: string) =>
      (await db.db.execute(sql`select predikat from evaluasi where id = ${id}`)).rows[0] as { predikat: string | null };
    expect(await pred(dinas[0])).toEqual({ predikat: 'SANGAT_BAIK' });
    expect(await pred(dinas[5])).toEqual({ predikat: 'BAIK' });
    expect(await pred(sekolah[1])).toEqual({ predikat: 'SANGAT_KURANG' });
    // Set evaluations and those under a FINAL board are not rewritten.
    expect(await pred(sekolah[0])).toEqual({ predikat: null });
    expect(await pred(bidang[0])).toEqual({ predikat: null });

    const hasil = async (unitId: string) =>
      (
        await db.db.execute(
          sql`select status, hasil from kalibrasi where instansi_id = ${inst} and unit_penilaian_id = ${unitId}`,
        )
      ).rows[0] as { status: string; hasil: Record<string, unknown> };
    const d = await hasil(org.units.dinas.id);
    expect(d.status).toBe('TERBUKA');
    const expected = checkDistribution('BAIK', { SANGAT_BAIK: 4, BAIK: 2 });
    expect(d.hasil).toMatchObject({ sumber: 'BATCH', sesuai: false, jumlah: { SANGAT_BAIK: 4, BAIK: 2 } });
    expect((d.hasil.pelanggaran as Array<{ aturan: string }>).map((p) => p.aturan)).toEqual(
      expected.pelanggaran.map((p) => p.aturan),
    );
    expect((await hasil(org.units.sekolah.id)).hasil).toMatchObject({ sesuai: null, predikatOrganisasi: null });
    expect(await hasil(org.units.bidang.id)).toEqual({ status: 'FINAL', hasil: { override: true } });

    // Idempotent: a second run writes no predikat and gives the same verdicts.
    const again = await jalankanBatch(db, { instansiId: inst, tahun: 2026, periodeKode: 'AKHIR' });
    expect(again).toMatchObject({ predikatDiperbarui: 0, unitMelanggar: 1 });
    const audit = await db.db.execute(
      sql`select count(*)::int as n from audit_log where instansi_id = ${inst} and action = 'evaluasi.batch'`,
    );
    expect(audit.rows[0]).toEqual({ n: 2 });
  });
});
