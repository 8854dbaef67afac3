/**
 * SQL-level builders for planning data (periode, Perjanjian Kinerja, SKP with RHK and IKI) used by
 * the views/documents tests. They write rows directly, with the column semantics of
 * src/db/schema-skp.ts and the snapshot shape of docs/skp-api-contract.md, so these tests do not
 * depend on the SKP services.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../src/db/client.ts';
import {
  iki as ikiTable,
  periodeKinerja,
  perjanjianKinerja,
  pkIndikator,
  pkSasaran,
  rhk as rhkTable,
  skp as skpTable,
} from '../src/db/schema-skp.ts';

export async function buildPeriode(database: Database, instansiId: string, tahun: number) {
  const [row] = await database.db
    .insert(periodeKinerja)
    .values({
      instansiId,
      tahun,
      jenisEvaluasi: 'TRIWULANAN',
      batasPenetapanSkp: `${tahun}-01-31`,
      periode: [
        { kode: 'AKHIR', mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31`, batasPengisian: `${tahun + 1}-01-10` },
      ],
    })
    .onConflictDoNothing()
    .returning();
  if (row) return row;
  const { and, eq } = await import('drizzle-orm');
  const [found] = await database.db
    .select()
    .from(periodeKinerja)
    .where(and(eq(periodeKinerja.instansiId, instansiId), eq(periodeKinerja.tahun, tahun)));
  return found;
}

export async function buildPk(
  database: Database,
  instansiId: string,
  unitId: string,
  tahun: number,
  sasaran: Array<{
    sasaran: string;
    indikator: Array<{ indikator: string; targetNilai?: string; satuan?: string; targetTeks?: string }>;
  }>,
) {
  const [pk] = await database.db
    .insert(perjanjianKinerja)
    .values({ instansiId, unitId, tahun, status: 'DITETAPKAN' })
    .returning();
  const out: Array<{ id: string; indikator: string[] }> = [];
  for (const [i, s] of sasaran.entries()) {
    const [sa] = await database.db
      .insert(pkSasaran)
      .values({ instansiId, pkId: pk.id, urutan: i + 1, sasaran: s.sasaran })
      .returning();
    const ids: string[] = [];
    for (const [k, ind] of s.indikator.entries()) {
      const [row] = await database.db
        .insert(pkIndikator)
        .values({
          instansiId,
          sasaranId: sa.id,
          urutan: k + 1,
          indikator: ind.indikator,
          targetNilai: ind.targetNilai ?? null,
          satuan: ind.satuan ?? null,
          targetTeks: ind.targetTeks ?? null,
        })
        .returning();
      ids.push(row.id);
    }
    out.push({ id: sa.id, indikator: ids });
  }
  return { pk, sasaran: out };
}

export interface RhkSpec {
  teks: string;
  jenis?: 'UTAMA' | 'TAMBAHAN';
  sumber?: string;
  parentRhkId?: string | null;
  pkIndikatorId?: string | null;
  perspektif?: string | null;
  penugasanDari?: string | null;
  iki?: Array<{
    aspek: string;
    indikator: string;
    targetNilai?: string | null;
    targetSatuan?: string | null;
    targetTeks?: string | null;
  }>;
}

interface Person {
  id: string;
  nama: string;
  nip: string;
  golongan?: string | null;
}

/** Inserts an SKP with its RHK and IKI; returns the ids. */
export async function buildSkp(
  database: Database,
  opts: {
    instansiId: string;
    tahun: number;
    pegawai: Person;
    jabatan: { id: string; nama: string; jenis: string };
    unit: { id: string; nama: string };
    penilai?: (Person & { jabatanNama?: string }) | null;
    atasanPenilai?: (Person & { jabatanNama?: string }) | null;
    status?: string;
    jenisForm?: 'JPT' | 'JA_JF';
    pendekatan?: 'KUANTITATIF' | 'KUALITATIF';
    rhk?: RhkSpec[];
    perilaku?: Record<string, string>;
    lampiran?: { dukunganSumberDaya: string[]; skemaPertanggungjawaban: string[]; konsekuensi: string[] };
  },
) {
  const periode = await buildPeriode(database, opts.instansiId, opts.tahun);
  const status = opts.status ?? 'DRAFT';
  const snap = (p: (Person & { jabatanNama?: string }) | null | undefined) =>
    p
      ? { pegawaiId: p.id, nama: p.nama, nip: p.nip, jabatanNama: p.jabatanNama ?? null, golongan: p.golongan ?? null }
      : null;
  const signed = status !== 'DRAFT' ? new Date(`${opts.tahun}-01-10T03:00:00Z`) : null;
  const [s] = await database.db
    .insert(skpTable)
    .values({
      instansiId: opts.instansiId,
      periodeId: periode.id,
      tahun: opts.tahun,
      pegawaiId: opts.pegawai.id,
      jabatanId: opts.jabatan.id,
      unitId: opts.unit.id,
      penilaiPegawaiId: opts.penilai?.id ?? null,
      mulai: `${opts.tahun}-01-01`,
      selesai: `${opts.tahun}-12-31`,
      pendekatan: opts.pendekatan ?? 'KUANTITATIF',
      jenisForm: opts.jenisForm ?? 'JA_JF',
      status,
      revisi: status === 'DITETAPKAN' ? 1 : 0,
      snapshot: {
        pegawai: {
          id: opts.pegawai.id,
          nama: opts.pegawai.nama,
          nip: opts.pegawai.nip,
          golongan: opts.pegawai.golongan ?? 'III/a',
        },
        jabatan: opts.jabatan,
        unit: opts.unit,
        penilai: snap(opts.penilai),
        atasanPenilai: snap(opts.atasanPenilai),
      },
      perilaku: opts.perilaku ?? {},
      lampiran: opts.lampiran ?? { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] },
      diajukanAt: signed,
      ditandatanganiAt: signed,
      ditetapkanAt: status === 'DITETAPKAN' ? new Date(`${opts.tahun}-01-20T03:00:00Z`) : null,
      ditetapkanOleh: status === 'DITETAPKAN' ? (opts.penilai?.id ?? null) : null,
      ditetapkanOlehNama: status === 'DITETAPKAN' ? (opts.penilai?.nama ?? null) : null,
    })
    .returning();
  const rhkIds: string[] = [];
  for (const [i, r] of (opts.rhk ?? []).entries()) {
    const id = randomUUID();
    await database.db.insert(rhkTable).values({
      id,
      instansiId: opts.instansiId,
      skpId: s.id,
      jenis: r.jenis ?? 'UTAMA',
      urutan: i + 1,
      teks: r.teks,
      sumber: r.sumber ?? (r.parentRhkId ? 'INTERVENSI' : 'PENUGASAN'),
      parentRhkId: r.parentRhkId ?? null,
      pkIndikatorId: r.pkIndikatorId ?? null,
      cascading: r.parentRhkId ? 'TIDAK_LANGSUNG' : null,
      perspektif: r.perspektif ?? null,
      penugasanDari: r.penugasanDari ?? null,
    });
    const ikis = r.iki ?? [
      { aspek: 'KUANTITAS', indikator: `Jumlah keluaran ${r.teks}`, targetNilai: '12', targetSatuan: 'dokumen' },
    ];
    for (const [k, x] of ikis.entries()) {
      await database.db.insert(ikiTable).values({
        instansiId: opts.instansiId,
        rhkId: id,
        urutan: k + 1,
        aspek: x.aspek,
        indikator: x.indikator,
        targetNilai: x.targetNilai ?? null,
        targetSatuan: x.targetSatuan ?? null,
        targetTeks: x.targetTeks ?? null,
      });
    }
    rhkIds.push(id);
  }
  return { skp: s, rhkIds };
}
