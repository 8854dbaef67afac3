/**
 * "Ingatkan atasan": the SKP owner asks their appraiser for RHK to intervene. The cascade never
 * waits for a *set* SKP (a draft RHK is enough, docs/skp.md), but it does need the appraiser to have
 * written something; when they have not, the subordinate can nudge them from the RHK form instead of
 * chasing them outside the system (issue 4 point 6: "the appraiser is reminded").
 */
import { AppError } from '../../http/errors.ts';
import { explainAppraiser } from '../org/index.ts';
import { loadReadableSkp } from './skp.policy.ts';
import * as repo from './skp.repository.ts';
import { mutate, type SkpCtx } from './skp-ctx.ts';

export async function ingatkanAtasan(ctx: SkpCtx, instansiId: string, skpId: string) {
  const { s, access, actor } = await loadReadableSkp(ctx, instansiId, skpId);
  if (!access.roles.includes('PEMILIK')) {
    throw new AppError(
      'SKP.NOT_ALLOWED',
      { action: 'ingatkanAtasan' },
      {
        id: 'Hanya pemilik SKP yang dapat mengingatkan pejabat penilainya.',
        en: 'Only the owner of the SKP can remind their appraiser.',
      },
    );
  }
  if (s.status === 'DITUTUP') throw new AppError('SKP.INVALID_TRANSITION', { status: s.status });
  const res = await explainAppraiser(ctx.database, instansiId, s.pegawaiId, ctx.tanggal);
  const p = res?.penilai ?? null;
  if (p?.kind !== 'PEGAWAI') {
    throw new AppError(
      'SKP.NOT_ALLOWED',
      { action: 'ingatkanAtasan' },
      {
        id: 'Pejabat penilai Anda tidak memiliki akun di sini (mis. kepala daerah atau belum tercatat); hubungi admin kepegawaian.',
        en: 'Your appraiser has no account here (e.g. the regional head, or none is recorded); contact the HR administrator.',
      },
    );
  }
  const [atasanSkp] = await repo.findOpenSkp(ctx.database.db, instansiId, [p.pegawaiId], s.tahun);
  const nama = (s.snapshot as { pegawai?: { nama?: string } }).pegawai?.nama ?? null;
  return mutate({ ...ctx, actor }, instansiId, async (kit) => {
    const sent = await kit.notify([
      {
        instansiId,
        pegawaiId: p.pegawaiId,
        jenis: 'SKP_RHK_DIMINTA',
        param: { bawahan: nama, tahun: s.tahun, atasanPunyaSkp: !!atasanSkp },
        tautan: atasanSkp ? `/skp/${atasanSkp.id}` : '/skp',
        // Once while unread: pressing the button again does not flood the appraiser.
        sekali: true,
      },
    ]);
    await kit.audit({
      action: 'ingatkan-atasan',
      entity: 'skp',
      entityId: s.id,
      after: { penilaiPegawaiId: p.pegawaiId, terkirim: sent > 0 },
    });
    return { terkirim: sent > 0, penilai: p.nama };
  });
}
