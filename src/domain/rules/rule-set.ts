/**
 * Shape of a versioned rule set: one regulation (or circular) whose rules are held as data, with
 * the period dates it governs and its sources. `selectRuleSet` in ./index.ts picks among them by the
 * date of the period being evaluated.
 */
import type { Confidence, Sumber, Teks } from '../types.ts';

/** What a rule set governs; one topic is served by at most one rule set on any date. */
export const TOPIKS = ['PREDIKAT', 'DISTRIBUSI', 'ANGKA_KREDIT', 'TALENTA', 'PERILAKU'] as const;
export type Topik = (typeof TOPIKS)[number];

/** Metadata of one versioned rule set. Dates are `YYYY-MM-DD` of the evaluated period. */
export interface RuleSetMeta {
  /** Stable identifier, e.g. `permenpanrb-6-2022`. */
  id: string;
  nama: Teks;
  /** First day of the evaluated periods this rule set governs (inclusive). */
  berlakuMulai: string;
  /** Last day (inclusive), or null while in force. */
  berlakuSampai: string | null;
  /** How sure we are of the date range (see docs/decisions/0108-rule-set-effective-dates.md). */
  keyakinanTanggal: Confidence;
  mengatur: readonly Topik[];
  sumber: readonly Sumber[];
  catatan?: Teks;
}
