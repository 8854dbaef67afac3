import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { planShards } from '../scripts/e2e-parallel.mjs';

type Shard = { specs: string[]; seconds: number };

describe('e2e shard planner', () => {
  it('puts the longest spec alone when it outweighs the rest', () => {
    const shards: Shard[] = planShards(['a', 'b', 'c', 'd'], { a: 200, b: 60, c: 50, d: 40 }, 2);
    expect(shards.map((s) => s.specs)).toEqual([['a'], ['b', 'c', 'd']]);
    expect(shards.map((s) => s.seconds)).toEqual([200, 150]);
  });

  it('assigns every spec exactly once and counts unknown specs as 60 s', () => {
    const specs = ['x', 'y', 'z', 'new'];
    const shards: Shard[] = planShards(specs, { x: 10, y: 100, z: 30 }, 2);
    expect(shards.flatMap((s) => s.specs).sort()).toEqual([...specs].sort());
    expect(shards.reduce((t, s) => t + s.seconds, 0)).toBe(200);
  });

  it('drops empty shards and runs everything in one with n = 1', () => {
    expect((planShards(['a'], {}, 3) as Shard[]).length).toBe(1);
    expect((planShards(['a', 'b'], {}, 1) as Shard[])[0].specs).toEqual(['a', 'b']);
  });
});
