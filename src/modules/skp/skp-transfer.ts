/**
 * Transfer or promotion mid-year: the SKP of the old position ends the day before the new
 * placement starts, and the pegawai writes a new SKP for the new position (PermenPANRB 8/2021
 * Lampiran E.6; domain.md §2.7). Each SKP keeps its own snapshot of jabatan, unit and appraiser, so
 * the closed one still shows — and is later evaluated by — the appraiser of that period.
 *
 * Runs inside the organisation change's transaction (a placement added on the pegawai page or an
 * import that moves people) through the org module's placement-transfer listener, so the placement
 * and the SKP never disagree: if closing fails, the placement is not saved either.
 */
import { sql } from 'drizzle-orm';
import { type BulkColumn, toColumns, unnestFrom } from '../../db/bulk.ts';
import { writeAudit } from '../audit/index.ts';
import { notify } from '../notifikasi/index.ts';
import type { PositionEnd, PositionEndContext } from '../org/index.ts';

interface ClosedSkp {
  id: string;
  pegawaiId: string;
  tahun: number;
  status: string;
  version: number;
  selesaiLama: string;
  selesai: string;
}

/**
 * Closes every open SKP whose range contains a transfer's last day (and continues after it); an SKP
 * that already ends by then, or starts after it, is left alone. Audited per SKP; the owner is told
 * in the app to write the SKP of the new position.
 */
export async function closeSkpsForTransfers(ctx: PositionEndContext, transfers: PositionEnd[]) {
  if (!transfers.length) return [];
  const cols: BulkColumn[] = [
    { name: 'pegawai_id', type: 'uuid' },
    { name: 'selesai', type: 'date' },
  ];
  const data = toColumns(transfers, cols, (t) => [t.pegawaiId, t.selesai]);
  const result = await ctx.tx.execute(sql`
    with pindah as (
      select * from ${unnestFrom(cols, data, 0, transfers.length)}
    ), lama as (
      select s.id, s.status, s.selesai as selesai_lama, p.selesai as selesai_baru
        from skp s join pindah p on p.pegawai_id = s.pegawai_id
       where s.instansi_id = ${ctx.instansiId} and s.status <> 'DITUTUP'
         and s.mulai <= p.selesai and p.selesai < s.selesai
         for update of s
    )
    update skp s set status = 'DITUTUP', selesai = lama.selesai_baru, version = s.version + 1, updated_at = now()
      from lama
     where s.id = lama.id
    returning s.id, s.pegawai_id as "pegawaiId", s.tahun, lama.status, s.version,
              lama.selesai_lama::text as "selesaiLama", s.selesai::text as selesai`);
  const closed = result.rows as unknown as ClosedSkp[];
  for (const s of closed) {
    await writeAudit(ctx.tx, {
      instansiId: ctx.instansiId,
      akunId: ctx.akunId,
      actorLabel: ctx.actorLabel,
      requestId: ctx.requestId ?? null,
      action: 'tutup',
      entity: 'skp',
      entityId: s.id,
      before: { status: s.status, version: s.version - 1, selesai: s.selesaiLama },
      after: { status: 'DITUTUP', version: s.version, selesai: s.selesai, sebab: 'penempatan berakhir' },
    });
  }
  await notify(
    ctx.tx,
    closed.map((s) => ({
      instansiId: ctx.instansiId,
      pegawaiId: s.pegawaiId,
      jenis: 'SKP_DITUTUP' as const,
      param: { tahun: s.tahun, selesai: s.selesai, sebab: 'PENEMPATAN_BERAKHIR' as const },
      tautan: `/skp/${s.id}`,
    })),
  );
  return closed.map((s) => s.id);
}
