/** Password hashing with argon2id at OWASP's minimum parameters (19 MiB, t=2, p=1). */
import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export { MIN_PASSWORD_LENGTH } from '../../domain/password-policy.ts';

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

/**
 * How many hashes run at once in `hashPasswords`. The library hashes on libuv's thread pool
 * (UV_THREADPOOL_SIZE, default 4), so more than one per core buys nothing and one pool thread is
 * left free for file and DNS work (and a login's verify) while thousands of hashes are queued.
 */
export function hashConcurrency(): number {
  const pool = Number(process.env.UV_THREADPOOL_SIZE) || 4;
  return Math.max(1, Math.min(availableParallelism(), pool - 1));
}

/**
 * Hashes many passwords (bulk account creation), `hashConcurrency()` at a time; results in input
 * order. Each hash costs ~20 ms of one core, so 7,700 take minutes one after another.
 */
export async function hashPasswords(plains: readonly string[], onHashed?: (done: number) => void): Promise<string[]> {
  const out = new Array<string>(plains.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < plains.length) {
      const i = next++;
      out[i] = await hashPassword(plains[i]);
      onHashed?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(hashConcurrency(), plains.length) }, lane));
  return out;
}

/**
 * Roughly how long `hashPasswords` would take for `count` passwords on this machine now: times one
 * round of parallel hashes (tens of milliseconds) and scales it.
 */
export async function estimateHashingMs(count: number): Promise<number> {
  if (count <= 0) return 0;
  const lanes = hashConcurrency();
  // The faster of two rounds: the first one also pays for warming up the hashing threads.
  let round = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 2; r++) {
    const started = performance.now();
    await Promise.all(Array.from({ length: lanes }, (_, i) => hashPassword(`estimate-${r}-${i}-${started}`)));
    round = Math.min(round, performance.now() - started);
  }
  return Math.round(Math.ceil(count / lanes) * round);
}

export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    return false;
  }
}

// Verified against when the username does not exist, so timing does not reveal valid usernames.
let dummyHash: Promise<string> | null = null;
export function dummyVerify(plain: string): Promise<boolean> {
  dummyHash ??= hashPassword('kinerja-dummy-password-for-timing');
  return dummyHash.then((h) => verifyPassword(h, plain)).then(() => false);
}
