/**
 * A local draft of a server value: follows the server while untouched, keeps the person's edits
 * once they type (a save elsewhere on the page must not wipe them), and follows again after save.
 */
import { useState } from 'react';

export function useDraft<T>(server: T) {
  const key = JSON.stringify(server);
  const [state, setState] = useState({ key, value: server, dirty: false });
  if (state.key !== key && !state.dirty) setState({ key, value: server, dirty: false });
  return {
    value: state.value,
    dirty: state.dirty,
    set: (value: T) => setState((s) => ({ ...s, value, dirty: true })),
    /** After a successful save: keep showing the saved value until the refetch brings it back. */
    markSaved: () => setState((s) => ({ ...s, dirty: false })),
    reset: () => setState({ key, value: server, dirty: false }),
  };
}
