/**
 * State of a dialog that edits a versioned record (optimistic concurrency): the entries, the
 * version they were loaded from (sent with the save), and whether the last save answered 409.
 *
 * Each opening loads the server's data. While the dialog is open a newer version arriving in the
 * background does not replace what the person typed: saving then answers 409 CONFLICT.VERSION and
 * the conflict notice offers `reload`, which fetches the latest record and loads it.
 */
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';

export function useVersionedForm<R extends { version: number }, V>(
  record: R,
  opened: boolean,
  toValues: (record: R) => V,
  onOpen?: () => void,
) {
  const [values, setValues] = useState(() => toValues(record));
  const [baseVersion, setBaseVersion] = useState(record.version);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const load = (r: R) => {
    setValues(toValues(r));
    setBaseVersion(r.version);
    setConflict(false);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: load only when the dialog opens
  useEffect(() => {
    if (!opened) return;
    load(record);
    onOpen?.();
  }, [opened]);

  /** Fetches the latest record (null: it is gone) and loads it into the form. */
  const reload = async (fetchLatest: () => Promise<R | null | undefined>) => {
    setReloading(true);
    // A failed fetch keeps the notice on screen, so the person can try again.
    const latest = await fetchLatest().catch(() => null);
    setReloading(false);
    if (latest) load(latest);
  };

  /** Marks a 409 CONFLICT.VERSION from a save (other errors are shown by the form). */
  const onSaveError = (err: unknown) => setConflict(err instanceof ApiError && err.isConflict);

  return {
    values,
    setValues,
    baseVersion,
    conflict,
    reloading,
    reload,
    onSaveError,
    clearConflict: () => setConflict(false),
  };
}
