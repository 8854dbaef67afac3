/**
 * A pegawai's definitive position ended on a date: a new definitive placement started (transfer or
 * promotion — added on the pegawai page, or by an import that moves people), or the admin ended the
 * placement (the person left the position). Modules that keep per-position records react inside the
 * same transaction — the SKP module closes the SKP of that position (PermenPANRB 8/2021 Lampiran
 * E.6: a new position gets a new SKP; domain.md §2.7).
 *
 * The organisation module sits below the SKP module, so it cannot call it; instead the SKP module
 * registers a listener here (`wireModules` in src/modules/wiring.ts does it once for the server,
 * the CLI and the tests). A listener that throws rolls the whole change back.
 */
import type { Tx } from '../../db/tx.ts';

export interface PositionEnd {
  pegawaiId: string;
  /** The last day in the position (the day before a new placement starts, or the end date set). */
  selesai: string;
}

export interface PositionEndContext {
  tx: Tx;
  instansiId: string;
  /** Who made the change, for the listeners' own audit rows. */
  akunId: string | null;
  actorLabel: string;
  requestId?: string | null;
}

export type PositionEndListener = (ctx: PositionEndContext, transfers: PositionEnd[]) => Promise<void>;

const listeners = new Map<string, PositionEndListener>();

/** Registers (or replaces, by name) a listener; registering twice under one name is harmless. */
export function onPositionEnded(name: string, listener: PositionEndListener): void {
  listeners.set(name, listener);
}

/** Runs every listener for these transfers (no-op for an empty list). */
export async function positionsEnded(ctx: PositionEndContext, transfers: PositionEnd[]): Promise<void> {
  if (!transfers.length) return;
  for (const listener of listeners.values()) await listener(ctx, transfers);
}
