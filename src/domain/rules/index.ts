/**
 * Registry of the versioned rule sets and their selection by the date of the evaluated period.
 * Each topic (how the predikat is set, the distribution, angka kredit, talent, behaviour) is served
 * by at most one rule set on any date; `selectRuleSet(date)` returns the one that sets the predikat
 * (the evaluation regime), `selectRuleSets(date)` one per topic.
 */
import { normalizeTanggal, toDayNumber } from '../calendar.ts';
import { RuleError } from '../rule-error.ts';
import { SE_MENPANRB_20_2021 } from './berakhlak.ts';
import { PERMENPANRB_1_2023 } from './permenpanrb-1-2023.ts';
import { PERMENPANRB_3_2020 } from './permenpanrb-3-2020.ts';
import { PERMENPANRB_6_2022 } from './permenpanrb-6-2022.ts';
import { PP_30_2019 } from './pp-30-2019.ts';
import { PP_46_2011 } from './pp-46-2011.ts';
import { type RuleSetMeta, TOPIKS, type Topik } from './rule-set.ts';
import { SE_MENPANRB_3_2023 } from './se-menpanrb-3-2023.ts';

export type { RuleSetMeta, Topik } from './rule-set.ts';
export { TOPIKS } from './rule-set.ts';

/** Every rule set, oldest first. */
export const RULE_SETS: readonly RuleSetMeta[] = [
  PP_46_2011,
  PERMENPANRB_3_2020,
  PP_30_2019,
  PERMENPANRB_6_2022,
  SE_MENPANRB_20_2021,
  SE_MENPANRB_3_2023,
  PERMENPANRB_1_2023,
];

/** The rule set with this id, or undefined. */
export function findRuleSet(id: string): RuleSetMeta | undefined {
  return RULE_SETS.find((r) => r.id === id);
}

/** True when the rule set governs evaluated periods on `tanggal` (`YYYY-MM-DD`). */
export function isInForce(ruleSet: RuleSetMeta, tanggal: string): boolean {
  const day = toDayNumber(tanggal);
  return (
    day >= toDayNumber(ruleSet.berlakuMulai) &&
    (ruleSet.berlakuSampai === null || day <= toDayNumber(ruleSet.berlakuSampai))
  );
}

/**
 * The rule set for `topik` (default: PREDIKAT, i.e. the evaluation regime) that governs a period
 * on `tanggal`: pp-46-2011 (2014–2020), pp-30-2019 (2021), permenpanrb-6-2022 (2022 on).
 * Throws RULES.NO_RULE_SET when none does (e.g. SE 3/2023 distribution before 2023).
 */
export function selectRuleSet(tanggal: string | Date, topik: Topik = 'PREDIKAT'): RuleSetMeta {
  const t = normalizeTanggal(tanggal);
  const found = RULE_SETS.find((r) => r.mengatur.includes(topik) && isInForce(r, t));
  if (!found) {
    throw new RuleError(
      'RULES.NO_RULE_SET',
      {
        id: `Tidak ada aturan ${topik} yang berlaku untuk periode tanggal ${t}.`,
        en: `No ${topik} rule set governs a period dated ${t}.`,
      },
      { tanggal: t, topik },
    );
  }
  return found;
}

/** One rule set (or null) per topic for a period on `tanggal`. */
export function selectRuleSets(tanggal: string | Date): Record<Topik, RuleSetMeta | null> {
  const t = normalizeTanggal(tanggal);
  return Object.fromEntries(
    TOPIKS.map((topik) => [topik, RULE_SETS.find((r) => r.mengatur.includes(topik) && isInForce(r, t)) ?? null]),
  ) as Record<Topik, RuleSetMeta | null>;
}
