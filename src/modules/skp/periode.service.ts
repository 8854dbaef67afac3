/**
 * Performance years (Manajemen Periode): the evaluation rhythm, the SKP setting deadline (31 January
 * by default, PermenPANRB 8/2021 Lampiran E) and the entry deadline of each period.
 */

import type { Executor } from '../../db/tx.ts';
import {
  defaultPeriode,
  defaultPeriodeItems,
  type JenisEvaluasi,
  type PeriodeItem,
} from '../../domain/skp/periode-defaults.ts';
import { AppError } from '../../http/errors.ts';
import { authorize } from '../access/index.ts';
import { loadSettingsWith } from '../pengaturan/index.ts';
import * as repo from './skp.repository.ts';
import { mutate, type SkpCtx } from './skp-ctx.ts';

export type { JenisEvaluasi, PeriodeItem } from '../../domain/skp/periode-defaults.ts';

function checkItems(tahun: number, items: PeriodeItem[]) {
  const bad = items.flatMap((p, i) =>
    p.mulai > p.selesai ||
    !p.mulai.startsWith(`${tahun}-`) ||
    !p.selesai.startsWith(`${tahun}-`) ||
    p.batasPengisian < p.selesai
      ? [
          {
            field: `body.periode.${i}`,
            message: {
              id: `${p.kode}: harus mulai ≤ selesai ≤ batas pengisian, di dalam tahun ${tahun}.`,
              en: `${p.kode}: needs start ≤ end ≤ filling deadline, within ${tahun}.`,
            },
          },
        ]
      : [],
  );
  const kode = new Set(items.map((p) => p.kode));
  if (kode.size !== items.length)
    bad.push({
      field: 'body.periode',
      message: { id: 'Kode periode ada yang sama.', en: 'A period code appears twice.' },
    });
  if (bad.length) throw new AppError('PERIODE.INVALID', bad);
}

function toDto(r: repo.PeriodeRow) {
  return {
    id: r.id,
    tahun: r.tahun,
    jenisEvaluasi: r.jenisEvaluasi,
    batasPenetapanSkp: r.batasPenetapanSkp,
    periode: r.periode as PeriodeItem[],
    status: r.status,
    version: r.version,
  };
}

export async function listPeriode(ctx: SkpCtx, instansiId: string) {
  authorize(ctx.actor, 'org.read', { instansiId });
  return (await repo.listPeriode(ctx.database.db, instansiId)).map(toDto);
}

export async function createPeriode(
  ctx: SkpCtx,
  instansiId: string,
  input: { tahun: number; jenisEvaluasi?: JenisEvaluasi; batasPenetapanSkp?: string; periode?: PeriodeItem[] },
) {
  authorize(ctx.actor, 'periode.write', { instansiId });
  const actor = ctx.actor;
  const settings = await loadSettingsWith(ctx.database.db, instansiId);
  const defaults = defaultPeriode(input.tahun, settings);
  const jenisEvaluasi = input.jenisEvaluasi ?? defaults.jenisEvaluasi;
  const periode = input.periode ?? defaultPeriodeItems(input.tahun, jenisEvaluasi, settings);
  checkItems(input.tahun, periode);
  return mutate({ ...ctx, actor }, instansiId, async ({ tx, audit }) => {
    const row = await repo.insertPeriode(tx, {
      instansiId,
      tahun: input.tahun,
      jenisEvaluasi,
      batasPenetapanSkp: input.batasPenetapanSkp ?? defaults.batasPenetapanSkp,
      periode,
    });
    if (!row)
      throw new AppError(
        'CONFLICT.DUPLICATE',
        { field: 'tahun' },
        { id: `Periode tahun ${input.tahun} sudah ada.`, en: `The ${input.tahun} period exists.` },
      );
    await audit({ action: 'create', entity: 'periode_kinerja', entityId: row.id, after: row });
    return toDto(row);
  });
}

export async function updatePeriode(
  ctx: SkpCtx,
  instansiId: string,
  periodeId: string,
  input: {
    version: number;
    jenisEvaluasi?: JenisEvaluasi;
    batasPenetapanSkp?: string;
    periode?: PeriodeItem[];
    status?: 'AKTIF' | 'DITUTUP';
  },
) {
  authorize(ctx.actor, 'org.read', { instansiId });
  const row = await repo.getPeriode(ctx.database.db, instansiId, periodeId);
  if (!row) throw new AppError('ACCESS.DENIED');
  authorize(ctx.actor, 'periode.write', { instansiId });
  const actor = ctx.actor;
  const { version, ...patch } = input;
  const periode =
    patch.periode ??
    (patch.jenisEvaluasi && patch.jenisEvaluasi !== row.jenisEvaluasi
      ? defaultPeriodeItems(row.tahun, patch.jenisEvaluasi, await loadSettingsWith(ctx.database.db, instansiId))
      : undefined);
  if (periode) checkItems(row.tahun, periode);
  return mutate({ ...ctx, actor }, instansiId, async ({ tx, audit }) => {
    const updated = await repo.updatePeriode(tx, instansiId, periodeId, version, {
      ...patch,
      ...(periode ? { periode } : {}),
    });
    if (!updated) throw new AppError('CONFLICT.VERSION', { currentVersion: row.version });
    await audit({ action: 'update', entity: 'periode_kinerja', entityId: periodeId, before: row, after: updated });
    return toDto(updated);
  });
}

/**
 * The period row of a year, created from the instansi's settings (its rhythm, SKP deadline and
 * entry window; nationally quarterly and 31 January) when the admin has not defined it yet, so
 * nobody waits for the admin to start an SKP (decision 0402).
 */
export async function ensurePeriode(tx: Executor, instansiId: string, tahun: number): Promise<repo.PeriodeRow> {
  const existing = await repo.getPeriodeByTahun(tx, instansiId, tahun);
  if (existing) return existing;
  const created = await repo.insertPeriode(tx, {
    instansiId,
    tahun,
    ...defaultPeriode(tahun, await loadSettingsWith(tx, instansiId)),
  });
  return created ?? ((await repo.getPeriodeByTahun(tx, instansiId, tahun)) as repo.PeriodeRow);
}
