/**
 * Who may write which part of an SKP's header content (PATCH /skp/:id), in which status.
 *
 * The SKP is the employee's, but two of its parts are the leader's words:
 * - **Ekspektasi Khusus Pimpinan** (`perilaku`): "Pimpinan dapat memberikan Ekspektasi khusus
 *   terhadap satu atau lebih aspek perilaku kerja Pegawai" (footnote of the PermenPANRB 6/2022 form;
 *   domain.md §3.3). Only the pejabat penilai writes it — an employee writing "what my leader
 *   expects of me" would put words in the leader's mouth.
 * - **Lampiran SKP** (`lampiran`): dukungan sumber daya is what the leader provides, skema
 *   pertanggungjawaban how the leader wants results reported, konsekuensi what the leader attaches
 *   to meeting or missing the expectation (domain.md §3.4) — all three are the leader's side. The
 *   employee drafts the SKP with the leader (domain.md §2.2 P4; in e-Kinerja the employee types the
 *   Lampiran), so the owner may still write it while drafting; the appraiser may write it too.
 * - `pendekatan` (kuantitatif/kualitatif) is the employee's choice (domain.md §3.1), while drafting.
 *
 * When the appraiser may write: while the SKP is being planned — DRAFT (the leader states the
 * expectation first, P2, also after a perubahan reopened a set SKP as DRAFT revisi+1), DIAJUKAN
 * (while reviewing it, before setting it) and DIKEMBALIKAN. Not once it is DITETAPKAN (the set
 * content is frozen; a change goes through "ubah", which either side may start) nor DITUTUP.
 * The owner writes only while the SKP is theirs to edit (DRAFT / DIKEMBALIKAN, as RHK).
 * ADMIN never writes the leader's words; the tenant admin who acts for a regional head holds
 * PENILAI itself (decision 0404) and so writes as that appraiser. ATASAN_PENILAI and AUDITOR read.
 */
import { SKP_STATUS_TEXT, type SkpRole, type SkpStatus } from './workflow.ts';

export const BAGIAN_ISI = ['pendekatan', 'perilaku', 'lampiran'] as const;
export type BagianIsi = (typeof BAGIAN_ISI)[number];

const SEDANG_DISUSUN: readonly SkpStatus[] = ['DRAFT', 'DIKEMBALIKAN'];
const SEBELUM_DITETAPKAN: readonly SkpStatus[] = ['DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN'];

/** The rule table: per part, which role may write it in which statuses. */
export const ATURAN_BAGIAN_ISI: Record<BagianIsi, ReadonlyArray<{ peran: SkpRole; status: readonly SkpStatus[] }>> = {
  pendekatan: [{ peran: 'PEMILIK', status: SEDANG_DISUSUN }],
  perilaku: [{ peran: 'PENILAI', status: SEBELUM_DITETAPKAN }],
  lampiran: [
    { peran: 'PEMILIK', status: SEDANG_DISUSUN },
    { peran: 'PENILAI', status: SEBELUM_DITETAPKAN },
  ],
};

/** The parts `roles` may write now (for the read, so the UI offers exactly these). */
export function bagianDapatDiubah(status: SkpStatus, roles: readonly SkpRole[]): BagianIsi[] {
  return BAGIAN_ISI.filter((b) =>
    ATURAN_BAGIAN_ISI[b].some((a) => roles.includes(a.peran) && a.status.includes(status)),
  );
}

const NAMA_BAGIAN: Record<BagianIsi, { id: string; en: string }> = {
  pendekatan: { id: 'pendekatan', en: 'the approach' },
  perilaku: { id: 'ekspektasi khusus pimpinan', en: 'the leader’s special expectations' },
  lampiran: { id: 'lampiran SKP', en: 'the SKP attachment' },
};

export type CekBagianIsi =
  | { ok: true }
  | {
      ok: false;
      code: 'SKP.NOT_ALLOWED' | 'SKP.NOT_EDITABLE';
      bagian: BagianIsi;
      message: { id: string; en: string };
    };

/**
 * Whether `roles` may write every part in `bagian` now. A part nobody of these roles ever writes
 * answers NOT_ALLOWED (403, naming who does); a part they write, but not in this status, NOT_EDITABLE
 * (409, naming the status).
 */
export function cekBagianIsi(status: SkpStatus, roles: readonly SkpRole[], bagian: readonly BagianIsi[]): CekBagianIsi {
  for (const b of bagian) {
    const rules = ATURAN_BAGIAN_ISI[b].filter((a) => roles.includes(a.peran));
    if (!rules.length) {
      const olehPenilai = ATURAN_BAGIAN_ISI[b].every((a) => a.peran === 'PENILAI');
      return {
        ok: false,
        code: 'SKP.NOT_ALLOWED',
        bagian: b,
        message: olehPenilai
          ? {
              id: `Hanya pejabat penilai yang dapat menulis ${NAMA_BAGIAN[b].id} pada SKP ini.`,
              en: `Only the appraiser may write ${NAMA_BAGIAN[b].en} on this SKP.`,
            }
          : {
              id: `Anda tidak dapat mengubah ${NAMA_BAGIAN[b].id} pada SKP ini.`,
              en: `You may not change ${NAMA_BAGIAN[b].en} on this SKP.`,
            },
      };
    }
    if (!rules.some((a) => a.status.includes(status))) {
      return {
        ok: false,
        code: 'SKP.NOT_EDITABLE',
        bagian: b,
        message: {
          id: `Pada SKP yang ${SKP_STATUS_TEXT[status].id}, ${NAMA_BAGIAN[b].id} tidak dapat diubah.`,
          en: `On an SKP that is ${SKP_STATUS_TEXT[status].en}, ${NAMA_BAGIAN[b].en} cannot be changed.`,
        },
      };
    }
  }
  return { ok: true };
}
