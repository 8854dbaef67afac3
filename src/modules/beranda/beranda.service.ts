/**
 * Home (beranda) in one read: the caller's own next step, what awaits them as appraiser and, for
 * administrators, figures of their scope. Cheap on purpose — the hierarchy comes from the cached,
 * version-keyed resolution (one version check), the admin's completion figure from the monitoring
 * snapshot (cached per change stamp) and the rest from ONE statement (beranda.repository).
 */
import { skpDeadline } from '../../domain/deadlines.ts';
import { type Actor, authorize, can } from '../access/index.ts';
import { countPengisianScope, tanggalAcuan } from '../monitoring/index.ts';
import { appraisalOf, countHierarchyProblems, penilaiExplanation, today } from '../org/index.ts';
import { isLate, nextStepFor } from './beranda.next-step.ts';
import * as repo from './beranda.repository.ts';
import type { TBeranda } from './beranda.schema.ts';

interface Ctx {
  database: import('../../db/client.ts').Database;
  actor: Actor | null;
}

/** Tenant-wide figures for tenant admins, auditors and super admins; subtrees for unit admins. */
function adminScopeOf(actor: Actor, instansiId: string): { scope: 'ALL' | string[]; unitIds?: string[] } | null {
  const wide = actor.roles.some(
    (r) =>
      r.peran === 'SUPER_ADMIN' ||
      ((r.peran === 'ADMIN_INSTANSI' || r.peran === 'AUDITOR') &&
        (r.instansiId === instansiId || r.instansiId === null)),
  );
  if (wide) return { scope: 'ALL' };
  const units = actor.roles.filter((r) => r.peran === 'ADMIN_UNIT' && r.instansiId === instansiId && r.unitPath);
  if (!units.length) return null;
  return { scope: units.map((r) => r.unitPath as string), unitIds: units.map((r) => r.unitId as string) };
}

export async function getBeranda(ctx: Ctx, instansiId: string, q: { tahun?: number }): Promise<TBeranda> {
  const actor = ctx.actor;
  authorize(actor, 'org.read', { instansiId });
  const hariIni = today();
  const tahun = q.tahun ?? Number(hariIni.slice(0, 4));
  const me = actor.instansiId === instansiId ? actor.pegawaiId : null;
  const admin = adminScopeOf(actor, instansiId);
  const { appraisees: appraiseeIds, resolution } = me
    ? await appraisalOf(ctx.database, instansiId, me)
    : { appraisees: [] as string[], resolution: null };
  const [row, masalah, pengisian] = await Promise.all([
    repo.loadBeranda(ctx.database.db, {
      instansiId,
      pegawaiId: me,
      akunId: actor.akunId,
      tahun,
      tanggal: hariIni,
      appraiseeIds,
      adminScope: admin?.scope ?? null,
    }),
    admin && can(actor, 'hierarchy.read', { instansiId })
      ? countHierarchyProblems(ctx.database, instansiId, admin.unitIds)
      : Promise.resolve(null),
    // The monitoring page's cached snapshot (not a tenant-wide aggregate per visit: ~0.7 s at
    // 100,000 pegawai), at the page's reference date, so both show the same numbers.
    admin ? countPengisianScope(ctx.database, instansiId, tahun, tanggalAcuan(tahun), admin.scope) : null,
  ]);
  const batas = row.batas ?? skpDeadline(tahun).batas;
  const status = row.mine?.status ?? null;
  const penilai = resolution?.penilai;
  return {
    tahun,
    hariIni,
    pegawai: me
      ? {
          skp: row.mine
            ? {
                id: row.mine.id,
                status: row.mine.status,
                penilaiNama: row.mine.penilai_nama,
                catatanPenilai: row.mine.catatan_penilai,
                diajukanAt: row.mine.diajukan_at ? new Date(row.mine.diajukan_at).toISOString() : null,
              }
            : null,
          langkah: nextStepFor(status),
          penilaiNama: penilai ? (penilai.kind === 'PEGAWAI' ? penilai.nama : (penilai.nama ?? penilai.jabatan)) : null,
          penjelasan: resolution ? penilaiExplanation(resolution, hariIni) : null,
          batasPenetapanSkp: batas,
          terlambat: isLate(status, batas, hariIni),
        }
      : null,
    penilai: appraiseeIds.length
      ? {
          jumlahBawahan: appraiseeIds.length,
          menunggu: row.menunggu,
          daftar: row.daftar.map((d) => ({
            skpId: d.id,
            nama: d.nama,
            diajukanAt: d.diajukan_at ? new Date(d.diajukan_at).toISOString() : null,
          })),
        }
      : null,
    admin:
      admin && pengisian
        ? {
            cakupan: admin.scope === 'ALL' ? 'INSTANSI' : 'UNIT',
            pengisian,
            masalahHierarki: masalah,
            pekerjaan: {
              gagal7Hari: row.jobs_gagal ?? 0,
              terakhir: (row.jobs ?? []).map((j) => ({
                id: j.id,
                jenis: j.jenis,
                status: j.status,
                createdAt: new Date(j.created_at).toISOString(),
              })),
            },
          }
        : null,
    notifikasiBelumDibaca: row.notif,
  };
}
