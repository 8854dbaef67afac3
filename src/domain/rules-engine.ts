/**
 * Public surface of the rule engine (issue 3): import from here in modules and in web/.
 * Pure functions and data only; see docs/rules.md.
 */
export * from './angka-kredit.ts';
export * from './calendar.ts';
export * from './deadlines.ts';
export * from './distribution.ts';
export * from './eligibility.ts';
export * from './legacy-score.ts';
export * from './predikat.ts';
export * from './rule-error.ts';
export * from './rules/berakhlak.ts';
export * from './rules/index.ts';
export { JENJANG_AK, KOEFISIEN_AK, PERSEN_AK } from './rules/permenpanrb-1-2023.ts';
export { KOTAK_SUKSESI, KOTAK_TALENTA } from './rules/permenpanrb-3-2020.ts';
export { KUADRAN_6_2022, KUADRAN_PERMENPANRB_6_2022, type QuadrantRuleSet } from './rules/permenpanrb-6-2022.ts';
export { type AturanDistribusi, POLA_DISTRIBUSI_3_2023 } from './rules/se-menpanrb-3-2023.ts';
export { getTukinPreset, TUKIN_PRESETS } from './rules/tukin-presets.ts';
export * from './settings.ts';
export * from './talent.ts';
export * from './tukin.ts';
export * from './types.ts';
