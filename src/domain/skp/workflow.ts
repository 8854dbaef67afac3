/**
 * The SKP workflow as a state machine (PermenPANRB 6/2022 Pasal 14; e-Kinerja practice,
 * domain.md §2.2 P5–P6 and §2.7):
 *
 *   DRAFT ──ajukan──▶ DIAJUKAN ──tetapkan──▶ DITETAPKAN ──ubah──▶ DRAFT (revisi+1 when set again)
 *     ▲                  │
 *     └──── DIKEMBALIKAN ◀┘ kembalikan (with the appraiser's notes)
 *   any state except DITUTUP ──tutup──▶ DITUTUP (transfer/promotion closes it; a new SKP opens)
 *
 * Who: the employee drafts, submits (signing) and asks for a change; the pejabat penilai returns
 * and sets — never their own SKP ("ditandatangani oleh pegawai dan ditetapkan oleh pejabat penilai",
 * Pasal 14); an admin closes on transfer.
 */
export const SKP_STATUS = ['DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DITETAPKAN', 'DITUTUP'] as const;
export type SkpStatus = (typeof SKP_STATUS)[number];

export const SKP_ACTIONS = ['ubahIsi', 'ajukan', 'kembalikan', 'tetapkan', 'ubah', 'tutup'] as const;
export type SkpAction = (typeof SKP_ACTIONS)[number];

/** The role the actor plays towards this SKP (derived from the hierarchy, not assigned). */
export type SkpRole = 'PEMILIK' | 'PENILAI' | 'ADMIN';

interface Transition {
  from: readonly SkpStatus[];
  to: SkpStatus | null;
  by: readonly SkpRole[];
}

/** The transition table. `to: null` means the action edits content without changing status. */
export const SKP_TRANSITIONS: Record<SkpAction, Transition> = {
  ubahIsi: { from: ['DRAFT', 'DIKEMBALIKAN'], to: null, by: ['PEMILIK'] },
  ajukan: { from: ['DRAFT', 'DIKEMBALIKAN'], to: 'DIAJUKAN', by: ['PEMILIK'] },
  kembalikan: { from: ['DIAJUKAN'], to: 'DIKEMBALIKAN', by: ['PENILAI'] },
  tetapkan: { from: ['DIAJUKAN'], to: 'DITETAPKAN', by: ['PENILAI'] },
  ubah: { from: ['DITETAPKAN'], to: 'DRAFT', by: ['PEMILIK', 'PENILAI'] },
  tutup: { from: ['DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DITETAPKAN'], to: 'DITUTUP', by: ['ADMIN'] },
};

/** Statuses in words, for messages people read (the codes stay in `details`). */
export const SKP_STATUS_TEXT: Record<SkpStatus, { id: string; en: string }> = {
  DRAFT: { id: 'draf', en: 'draft' },
  DIAJUKAN: { id: 'diajukan', en: 'submitted' },
  DIKEMBALIKAN: { id: 'dikembalikan', en: 'returned' },
  DITETAPKAN: { id: 'ditetapkan', en: 'set' },
  DITUTUP: { id: 'ditutup', en: 'closed' },
};

/** Actions in words: "mengubah isinya" / "edit its content", … */
export const SKP_ACTION_TEXT: Record<SkpAction, { id: string; en: string }> = {
  ubahIsi: { id: 'diubah isinya', en: 'edited' },
  ajukan: { id: 'diajukan', en: 'submitted' },
  kembalikan: { id: 'dikembalikan', en: 'returned' },
  tetapkan: { id: 'ditetapkan', en: 'set' },
  ubah: { id: 'dibuka untuk perubahan', en: 'reopened for change' },
  tutup: { id: 'ditutup', en: 'closed' },
};

export type TransitionCheck =
  | { ok: true; to: SkpStatus | null }
  | { ok: false; code: 'SKP.INVALID_TRANSITION' | 'SKP.NOT_ALLOWED'; message: { id: string; en: string } };

/** Whether `roles` may apply `action` to an SKP in `status`, and the resulting status. */
export function checkTransition(status: SkpStatus, action: SkpAction, roles: readonly SkpRole[]): TransitionCheck {
  const t = SKP_TRANSITIONS[action];
  if (!t.by.some((r) => roles.includes(r))) {
    return {
      ok: false,
      code: 'SKP.NOT_ALLOWED',
      message: {
        id: `SKP ini tidak dapat ${SKP_ACTION_TEXT[action].id} oleh Anda.`,
        en: `This SKP cannot be ${SKP_ACTION_TEXT[action].en} by you.`,
      },
    };
  }
  if (!t.from.includes(status)) {
    return {
      ok: false,
      code: 'SKP.INVALID_TRANSITION',
      message: {
        id: `SKP yang ${SKP_STATUS_TEXT[status].id} tidak dapat ${SKP_ACTION_TEXT[action].id}.`,
        en: `An SKP that is ${SKP_STATUS_TEXT[status].en} cannot be ${SKP_ACTION_TEXT[action].en}.`,
      },
    };
  }
  return { ok: true, to: t.to };
}

/** Actions available to the given roles in a status (for the UI's buttons). */
export function availableActions(status: SkpStatus, roles: readonly SkpRole[]): SkpAction[] {
  return SKP_ACTIONS.filter((a) => checkTransition(status, a, roles).ok);
}

/**
 * Which SKP form applies (PermenPANRB 6/2022 Lampiran): JPT and heads of self-standing units use
 * the JPT form with Perspektif and RHK from the Perjanjian Kinerja; everyone else the JA/JF form
 * whose RHK intervene in the appraiser's RHK.
 */
export function jenisFormFor(jenisJabatan: string, isKepalaUnitMandiri: boolean): 'JPT' | 'JA_JF' {
  if (jenisJabatan.startsWith('JPT_') || isKepalaUnitMandiri) return 'JPT';
  return 'JA_JF';
}
