/**
 * State of the SKP editor page: the SKP query, `run` for every change (version-checked by the
 * server), the conflict flag after a 409 and `reload`, which refetches and bumps `generation` so
 * sections drop their unsaved drafts instead of saving them over someone else's change.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { type SkpChange, useSkp, useSkpChange } from '../api/skp.ts';
import type { SkpDetail } from '../api/types.ts';
import { isConflict } from './ConflictNotice.tsx';

/** What a change answered: the SKP's new version and, for an RHK update, how many child RHK were flagged. */
export type RunOutput = { id?: string; version?: number; anakDitandai?: number };
export type RunResult = { ok: true; out: RunOutput } | { ok: false; error: unknown };

export interface SkpEditor {
  skp: SkpDetail;
  run: (change: SkpChange, successMessage?: string) => Promise<RunResult>;
  pending: boolean;
  conflict: boolean;
  /** Content of the SKP may be edited by the owner now (DRAFT / DIKEMBALIKAN). */
  canEditIsi: boolean;
  /** The caller may write the ekspektasi khusus now (the appraiser before the SKP is set). */
  canEditEkspektasi: boolean;
  /** The caller may write the Lampiran now (the owner while drafting, the appraiser before setting). */
  canEditLampiran: boolean;
  generation: number;
}

export function useSkpEditor(skpId: string) {
  const query = useSkp(skpId);
  const mutation = useSkpChange(skpId);
  const [conflict, setConflict] = useState(false);
  const [generation, setGeneration] = useState(0);

  const run = useCallback(
    async (change: SkpChange, successMessage?: string): Promise<RunResult> => {
      try {
        const out = (await mutation.mutateAsync(change)) ?? {};
        if (successMessage) notifications.show({ color: 'green', message: successMessage });
        return { ok: true, out };
      } catch (error) {
        if (isConflict(error)) setConflict(true);
        return { ok: false, error };
      }
    },
    [mutation],
  );

  const reload = useCallback(async () => {
    await query.refetch();
    setConflict(false);
    setGeneration((g) => g + 1);
  }, [query]);

  const skp = query.data;
  const editor: SkpEditor | null = skp
    ? {
        skp,
        run,
        pending: mutation.isPending,
        conflict,
        canEditIsi: skp.aksi.includes('ubahIsi'),
        // What the server says this caller may write — never guessed here from roles and status.
        canEditEkspektasi: skp.bagianDapatDiubah.includes('perilaku'),
        canEditLampiran: skp.bagianDapatDiubah.includes('lampiran'),
        generation,
      }
    : null;
  return { query, editor, reload, reloading: query.isFetching };
}

/** An editor that changes nothing: the form's sections show an SKP (e.g. a frozen version) read-only. */
export function readOnlyEditor(skp: SkpDetail): SkpEditor {
  return {
    skp,
    run: async () => ({ ok: false, error: null }),
    pending: false,
    conflict: false,
    canEditIsi: false,
    canEditEkspektasi: false,
    canEditLampiran: false,
    generation: 0,
  };
}
