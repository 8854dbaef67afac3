import { describe, expect, it } from 'vitest';
import { normalizeOrigin, requestOrigin } from './csrf.ts';

describe('origin normalisation for the CSRF check', () => {
  it.each([
    ['http://kinerja.local', 'http://kinerja.local'],
    ['http://kinerja.local:80', 'http://kinerja.local'],
    ['https://kinerja.local:443', 'https://kinerja.local'],
    ['https://kinerja.local:80', 'https://kinerja.local:80'],
    ['HTTP://Kinerja.LOCAL:8080', 'http://kinerja.local:8080'],
    ['http://[::1]:3000', 'http://[::1]:3000'],
    ['null', null],
    ['kinerja.local', null],
    ['file:///etc/passwd', null],
    ['javascript:alert(1)', null],
  ])('%s → %s', (origin, expected) => {
    expect(normalizeOrigin(origin)).toBe(expected);
  });

  it('builds the request origin from protocol and host, default port dropped', () => {
    expect(requestOrigin({ protocol: 'http', host: 'kinerja.local:80' })).toBe('http://kinerja.local');
    expect(requestOrigin({ protocol: 'https', host: 'Kinerja.local' })).toBe('https://kinerja.local');
    expect(requestOrigin({ protocol: 'http', host: '' })).toBeNull();
    expect(requestOrigin({ protocol: 'http', host: 'bad host/x' })).toBeNull();
  });
});
