/**
 * Which reverse proxies the server believes (`KINERJA_TRUST_PROXY`). Fastify takes the client
 * address (`req.ip`), scheme (`req.protocol`) and host (`req.host`) from `X-Forwarded-*` only for
 * requests that come from a trusted proxy; everything else sees the socket's own address. Trusting
 * nothing is the default: with trust, any client that reaches the server directly could name its
 * own address and escape the per-address login limit (issue 8: 347 guesses in 10 s by rotating
 * X-Forwarded-For).
 *
 * Accepted values (the part of Fastify's `trustProxy` that is safe):
 * - unset, empty, `false`, `0`: trust nothing;
 * - a comma-separated list of proxy addresses, CIDR ranges, or the names `loopback`,
 *   `linklocal`, `uniquelocal` (e.g. `loopback` when nginx runs on the same machine). Only a
 *   request whose socket peer is one of them has its forwarded headers believed, hop by hop.
 * Refused, with a message saying why: `true` (trust every hop — the left-most X-Forwarded-For
 * entry, which the client writes itself, would become its address) and a hop count (Fastify 5
 * ignores hop counts and trusts nothing: they cannot tell a proxy from a client that connects
 * directly, so the operator would believe proxying works when it does not).
 */
import { isIP } from 'node:net';

/** Fastify's `trustProxy` as Kinerja uses it. */
export type TrustProxy = false | string[];

const NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

export class InvalidTrustProxyError extends Error {}

function isAddressOrRange(entry: string): boolean {
  if (NAMES.has(entry)) return true;
  const [addr, prefix, extra] = entry.split('/');
  const family = isIP(addr);
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Parses the setting; throws InvalidTrustProxyError with a bilingual message when it is not valid. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim();
  if (value === '' || /^(false|no|off|0)$/i.test(value)) return false;
  if (/^\d+$/.test(value)) {
    throw new InvalidTrustProxyError(
      problem(
        value,
        'jumlah hop tidak didukung; sebutkan alamat proxy (mis. 127.0.0.1, 10.0.0.5/32 atau loopback) / ' +
          'hop counts are not supported; name the proxy addresses (e.g. 127.0.0.1, 10.0.0.5/32 or loopback)',
      ),
    );
  }
  if (/^(true|yes|on)$/i.test(value)) {
    throw new InvalidTrustProxyError(
      problem(
        value,
        'mempercayai semua hop membuat klien dapat memalsukan alamatnya; sebutkan alamat proxy (mis. loopback) / ' +
          'trusting every hop lets clients forge their address; name the proxy addresses (e.g. loopback)',
      ),
    );
  }
  const entries = value.split(',').map((e) => e.trim().toLowerCase());
  const bad = entries.filter((e) => !isAddressOrRange(e));
  if (bad.length) {
    throw new InvalidTrustProxyError(
      problem(
        value,
        `${bad.map((b) => `"${b}"`).join(', ')} bukan alamat IP, CIDR, loopback, linklocal atau uniquelocal / ` +
          'is not an IP address, CIDR range, loopback, linklocal or uniquelocal',
      ),
    );
  }
  return entries;
}

function problem(value: string, why: string): string {
  return `KINERJA_TRUST_PROXY="${value}": ${why}`;
}

/** For logs and the start-up line. */
export function describeTrustProxy(t: TrustProxy): string {
  return t === false ? 'none' : t.join(', ');
}
