/**
 * The one error the rule engine throws: an invalid input to a pure rule (a bad date, a golongan
 * outside a jenjang, a negative count). The HTTP layer maps `code` to a 4xx response; the codes
 * are namespaced `RULES.*` and documented in docs/rules.md.
 */
import type { Teks } from './types.ts';

export type RuleErrorCode =
  | 'RULES.INVALID_DATE'
  | 'RULES.NO_RULE_SET'
  | 'RULES.NOT_APPLICABLE'
  | 'RULES.INVALID_INPUT'
  | 'RULES.UNKNOWN_POLICY';

/** An invalid input to a pure rule, with a bilingual message and machine-readable details. */
export class RuleError extends Error {
  readonly code: RuleErrorCode;
  readonly pesan: Teks;
  readonly details: Record<string, unknown>;

  constructor(code: RuleErrorCode, pesan: Teks, details: Record<string, unknown> = {}) {
    super(pesan.en);
    this.name = 'RuleError';
    this.code = code;
    this.pesan = pesan;
    this.details = details;
  }
}
