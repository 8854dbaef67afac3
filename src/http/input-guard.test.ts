import { describe, expect, it } from 'vitest';
import { findBadText, textProblem } from './input-guard.ts';

describe('input text guard', () => {
  it.each([
    ['plain text', 'Budi Santoso', null],
    ['a valid pair (emoji)', 'senyum 😀', null],
    ['NUL', 'a\u0000b', 'nul'],
    ['a lone high surrogate', 'a\uD800b', 'surrogate'],
    ['a lone high surrogate at the end', 'a\uDBFF', 'surrogate'],
    ['a lone low surrogate', '\uDC00a', 'surrogate'],
    ['two high surrogates', '\uD800\uD800\uDC00', 'surrogate'],
    ['other control characters (storable)', 'a\u0001\u001fb', null],
  ])('%s', (_label, text, problem) => {
    expect(textProblem(text)).toBe(problem);
  });

  it('finds bad strings and keys anywhere, by path, and skips buffers', () => {
    const input = {
      nama: 'ok',
      rhk: [{ teks: 'x\u0000' }, { iki: ['\uD800'] }],
      settings: { 'k\u0000': 1 },
      file: Buffer.from([0, 0xd8]),
      n: 5,
      nothing: null,
    };
    expect(findBadText(input, 'body')).toEqual([
      { field: 'body.rhk.0.teks', problem: 'nul' },
      { field: 'body.rhk.1.iki.0', problem: 'surrogate' },
      { field: 'body.settings.<key>', problem: 'nul' },
    ]);
    expect(findBadText('a\u0000', 'body')).toEqual([{ field: 'body', problem: 'nul' }]);
    expect(findBadText(undefined, 'querystring')).toEqual([]);
  });

  it('reports at most 20 problems for a huge hostile body', () => {
    expect(
      findBadText(
        Array.from({ length: 1000 }, () => '\u0000'),
        'body',
      ),
    ).toHaveLength(20);
  });
});
