/**
 * Transfers and promotions seen from the organisation: a definitive placement ended because a new
 * one started (added on the pegawai page, or by an import that moves people). Modules that keep
 * per-position records react inside the same transaction — the SKP module closes the SKP of the old
 * position (PermenPANRB 8/2021 Lampiran E.6: a new position gets a new SKP; domain.md §2.7).
 *
 * The organisation module sits below the SKP module, so it cannot call it; instead the SKP module
 * registers a listener here (`wireModules` in src/modules/wiring.ts does it once for the server,
 * the CLI and the tests). A listener that throws rolls the whole change back.
 */
import type { Tx } from '../../db/tx.ts';

export interface PlacementTransfer {
  pegawaiId: string;
  /** The last day in the old position (the day before the new placement starts). */
  selesai: string;
}

export interface PlacementTransferContext {
  tx: Tx;
  instansiId: string;
  /** Who made the change, for the listeners' own audit rows. */
  akunId: string | null;
  actorLabel: string;
  requestId?: string | null;
}

export type PlacementTransferListener = (
  ctx: PlacementTransferContext,
  transfers: PlacementTransfer[],
) => Promise<void>;

const listeners = new Map<string, PlacementTransferListener>();

/** Registers (or replaces, by name) a listener; registering twice under one name is harmless. */
export function onPlacementTransfer(name: string, listener: PlacementTransferListener): void {
  listeners.set(name, listener);
}

/** Runs every listener for these transfers (no-op for an empty list). */
export async function placementsTransferred(
  ctx: PlacementTransferContext,
  transfers: PlacementTransfer[],
): Promise<void> {
  if (!transfers.length) return;
  for (const listener of listeners.values()) await listener(ctx, transfers);
}
