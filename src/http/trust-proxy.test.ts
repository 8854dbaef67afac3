import { describe, expect, it } from 'vitest';
import { describeTrustProxy, InvalidTrustProxyError, parseTrustProxy } from './trust-proxy.ts';

describe('KINERJA_TRUST_PROXY', () => {
  it.each([undefined, '', '  ', 'false', 'FALSE', 'no', 'off', '0'])('%j trusts nothing', (raw) => {
    expect(parseTrustProxy(raw)).toBe(false);
  });

  it.each([
    ['127.0.0.1', ['127.0.0.1']],
    ['loopback', ['loopback']],
    [' 10.0.0.5 , 10.1.0.0/16,::1 ', ['10.0.0.5', '10.1.0.0/16', '::1']],
    ['fd00::/8,uniquelocal,LinkLocal', ['fd00::/8', 'uniquelocal', 'linklocal']],
    ['0.0.0.0/0', ['0.0.0.0/0']],
  ])('%j trusts those proxies', (raw, expected) => {
    expect(parseTrustProxy(raw)).toEqual(expected);
  });

  it.each([
    ['true', /trusting every hop/],
    ['1', /hop counts are not supported/],
    ['2', /hop counts/],
    ['proxy.example', /"proxy.example" bukan alamat IP/],
    ['10.0.0.1/33', /"10.0.0.1\/33"/],
    ['::1/129', /"::1\/129"/],
    ['10.0.0.1/8/8', /is not an IP address/],
    ['10.0.0.1/x', /is not an IP address/],
    ['10.0.0.1,,10.0.0.2', /"" bukan/],
    ['300.1.1.1', /"300.1.1.1"/],
  ])('refuses %j with a message that says why', (raw, message) => {
    expect(() => parseTrustProxy(raw)).toThrow(InvalidTrustProxyError);
    expect(() => parseTrustProxy(raw)).toThrow(message);
    expect(() => parseTrustProxy(raw)).toThrow(/^KINERJA_TRUST_PROXY=/);
  });

  it('describes the setting for the start-up line', () => {
    expect(describeTrustProxy(false)).toBe('none');
    expect(describeTrustProxy(['loopback', '10.0.0.5'])).toBe('loopback, 10.0.0.5');
  });
});
