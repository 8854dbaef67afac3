import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeUsername } from './username.ts';

describe('normalizeUsername', () => {
  it.each([
    ['user', 'user'],
    [' user', 'user'],
    ['user ', 'user'],
    ['user\t', 'user'],
    ['\r\nuser\r\n', 'user'],
    ['\u0000user\u0007', 'user'],
    ['\u00a0user\u3000', 'user'],
    ['\u200buser\ufeff', 'user'],
    ['USER', 'user'],
    ['Admin.BKPSDM', 'admin.bkpsdm'],
    ['ｕｓｅｒ', 'user'],
    ['１９９００１０１２０１５０３１００１', '199001012015031001'],
    ['  199001012015031001  ', '199001012015031001'],
    ['nama pengguna', 'nama pengguna'],
    ['\t \n', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeUsername(raw)).toBe(expected);
  });

  it('is idempotent, leaves no blank or control character at either end, and is lower-case', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (raw) => {
        const once = normalizeUsername(raw);
        expect(normalizeUsername(once)).toBe(once);
        expect(once).not.toMatch(/^[\p{White_Space}\p{Z}\p{Cc}\p{Cf}]|[\p{White_Space}\p{Z}\p{Cc}\p{Cf}]$/u);
        expect(once.toLowerCase()).toBe(once);
      }),
    );
  });

  it('gives a padded or re-cased name the same form as the name itself', () => {
    const pad = fc.constantFrom(' ', '\t', '\r', '\n', '\u00a0', '\u3000', '\u200b', '\u0000');
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}[a-z0-9]$/),
        fc.array(pad),
        fc.array(pad),
        fc.boolean(),
        (name, before, after, upper) => {
          const raw = `${before.join('')}${upper ? name.toUpperCase() : name}${after.join('')}`;
          expect(normalizeUsername(raw)).toBe(name);
        },
      ),
    );
  });
});
