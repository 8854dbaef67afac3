/** Which threads of an SKP belong to one feedback panel (pure, for the panel and its test). */
import type { Sasaran, Utas } from './api.ts';

export interface PanelPlace {
  sasaran: Sasaran;
  rhkId?: string;
  ikiId?: string;
  perilakuKode?: string;
  periodeKode?: string;
}

/** Threads of the place: an RHK panel without `ikiId` shows all of the RHK's threads. */
export function filterUtas(utas: Utas[], p: PanelPlace): Utas[] {
  return utas.filter(
    (u) =>
      u.sasaran === p.sasaran &&
      (p.sasaran === 'RHK'
        ? u.rhkId === p.rhkId && (!p.ikiId || u.ikiId === p.ikiId)
        : u.perilakuKode === p.perilakuKode) &&
      (!p.periodeKode || !u.periodeKode || u.periodeKode === p.periodeKode),
  );
}
