/**
 * The appraiser's "Bawahan" screen (issue 10 item 8): per person they appraise today, the period's
 * realisasi progress, evidence not yet seen and feedback to answer. Appraisees come from the cached
 * org index (no query when warm); their figures from one statement.
 */
import { authorize } from '../access/index.ts';
import { appraiseesIn, getOrgIndex, today } from '../org/index.ts';
import type { SkpCtx } from '../skp/index.ts';
import { findBawahanPelaksanaan } from './bawahan.repository.ts';

const byNama = new Intl.Collator('id');

export async function listBawahanPelaksanaan(ctx: SkpCtx, instansiId: string, q: { periode?: string }) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const hariIni = ctx.tanggal ?? today();
  const tahun = Number(hariIni.slice(0, 4));
  const me = ctx.actor.instansiId === instansiId ? ctx.actor.pegawaiId : null;
  const entry = me ? await getOrgIndex(ctx.database, instansiId, ctx.tanggal) : null;
  const ids = entry && me ? appraiseesIn(entry, me) : [];
  if (!ids.length) return { periodeKode: q.periode ?? '', tahun, items: [] };
  const { periodeKode, rows } = await findBawahanPelaksanaan(ctx.database.db, {
    instansiId,
    pegawaiIds: ids,
    tahun,
    periodeKode: q.periode ?? null,
    hariIni,
  });
  const org = entry?.index;
  const items = rows.map((r) => {
    const p = org?.org.pegawai.get(r.pegawaiId);
    const jabId = org?.definitiveByPegawai.get(r.pegawaiId);
    return {
      pegawai: {
        id: r.pegawaiId,
        nama: p?.nama ?? '',
        nip: p?.nip ?? '',
        jabatanNama: (jabId && org?.org.jabatan.get(jabId)?.nama) || null,
      },
      skp: r.skpId ? { id: r.skpId, status: r.status ?? '' } : null,
      ikiTotal: r.ikiTotal,
      ikiTerisi: r.ikiTerisi,
      buktiBelumDilihat: r.buktiBelumDilihat,
      umpanBalikMenunggu: r.umpanBalikMenunggu,
    };
  });
  // Who needs the appraiser most comes first: threads to answer, then unseen evidence, then by name.
  items.sort(
    (a, b) =>
      b.umpanBalikMenunggu - a.umpanBalikMenunggu ||
      b.buktiBelumDilihat - a.buktiBelumDilihat ||
      byNama.compare(a.pegawai.nama, b.pegawai.nama),
  );
  return { periodeKode, tahun, items };
}
