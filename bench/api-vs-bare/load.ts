/**
 * A small closed-loop HTTP load driver (node:http, keep-alive): `connections` loops, each sends a
 * request, waits for the whole answer, records the latency and sends the next (no think time),
 * until the deadline. What each loop sends next is the scenario's business (it may read the
 * previous answer, e.g. the new version after a save).
 */
import http from 'node:http';

export interface Req {
  method: 'GET' | 'PUT' | 'POST';
  path: string;
  cookie: string;
  body?: unknown;
}

export interface Res {
  status: number;
  body: string;
}

export interface Scenario {
  /** The next request of loop `conn` (its n-th). */
  next(conn: number, n: number): Req;
  /** The answer to that request (state updates, e.g. versions). */
  done?(conn: number, req: Req, res: Res): void;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** First error statuses with a body excerpt, to see what went wrong. */
  errorSamples: string[];
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Mean answer size in bytes (uncompressed: the driver sends no Accept-Encoding). */
  bytes: number;
}

function send(agent: http.Agent, base: URL, r: Req): Promise<Res> {
  return new Promise((resolve, reject) => {
    const payload = r.body === undefined ? undefined : JSON.stringify(r.body);
    const req = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: r.method,
        path: r.path,
        headers: {
          cookie: r.cookie,
          // Same-origin like the web UI (the CSRF guard checks Origin on writes).
          origin: base.origin,
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export async function runLoad(
  baseUrl: string,
  scenario: Scenario,
  opts: { connections: number; seconds: number; warmupSeconds?: number },
): Promise<LoadResult> {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const lat: number[] = [];
  let errors = 0;
  let bytes = 0;
  const errorSamples: string[] = [];
  const warmEnd = performance.now() + (opts.warmupSeconds ?? 0) * 1000;
  const end = warmEnd + opts.seconds * 1000;
  let measuredFrom = 0;
  const loop = async (conn: number) => {
    for (let n = 0; performance.now() < end; n++) {
      const r = scenario.next(conn, n);
      const t0 = performance.now();
      const res = await send(agent, base, r);
      const t1 = performance.now();
      scenario.done?.(conn, r, res);
      if (t0 < warmEnd) continue;
      lat.push(t1 - t0);
      bytes += res.body.length;
      if (res.status >= 400) {
        errors++;
        if (errorSamples.length < 3)
          errorSamples.push(`${r.method} ${r.path} → ${res.status} ${res.body.slice(0, 160)}`);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: opts.connections }, (_, c) => loop(c)));
  measuredFrom = Math.max(started, warmEnd);
  const seconds = (performance.now() - measuredFrom) / 1000;
  agent.destroy();
  lat.sort((a, b) => a - b);
  return {
    requests: lat.length,
    errors,
    errorSamples,
    seconds,
    rps: lat.length / seconds,
    p50: percentile(lat, 0.5),
    p95: percentile(lat, 0.95),
    p99: percentile(lat, 0.99),
    bytes: lat.length ? bytes / lat.length : 0,
  };
}
