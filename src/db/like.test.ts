import { describe, expect, it } from 'vitest';
import { escapeLike, likeContains, likePrefix } from './like.ts';

describe('LIKE patterns from user text', () => {
  it.each([
    ['plain', 'plain'],
    ['50%', '50\\%'],
    ['a_b', 'a\\_b'],
    ['back\\slash', 'back\\\\slash'],
    ['%_\\', '\\%\\_\\\\'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeLike(text)).toBe(escaped);
  });

  it('wraps contains and prefix patterns around the escaped text', () => {
    expect(likeContains('10%')).toBe('%10\\%%');
    expect(likePrefix('/a_b/')).toBe('/a\\_b/%');
  });
});
