/**
 * Default sub-periods and SKP deadline of a performance year, shown before saving: the same pure
 * rule the server applies (src/domain/skp/periode-defaults.ts), with the instansi's settings
 * (rhythm, entry window in calendar or working days, holidays, SKP deadline) when they are loaded.
 */
import type { RuleSettings } from '../../../../../src/domain/settings.ts';
import { defaultPeriode, defaultPeriodeItems } from '../../../../../src/domain/skp/periode-defaults.ts';
import type { JenisEvaluasi, SubPeriode } from '../api/planning-types.ts';

export function defaultSubPeriode(tahun: number, jenis: JenisEvaluasi, settings?: RuleSettings): SubPeriode[] {
  return defaultPeriodeItems(tahun, jenis, settings);
}

export function defaultYear(tahun: number, settings?: RuleSettings) {
  return defaultPeriode(tahun, settings);
}
