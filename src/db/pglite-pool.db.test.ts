import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test/db.ts';

const database = useTestDatabase();

describe('a failed statement outside a transaction', () => {
  it('leaves the connection usable for the next query (PGlite reset it under the next request)', async () => {
    const { pool, db } = database();
    const failing: Array<[string, unknown[]]> = [
      ['select 1/0', []],
      ['select $1::text::int', ['99999999999']],
      ['select $1::int', ['abc']],
      ['select $1::text', ['a\u0000b']],
    ];
    for (const [sql, values] of failing) {
      await expect(pool.query(sql, values)).rejects.toMatchObject({ code: expect.stringMatching(/^22/) });
      expect((await pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    }
    // drizzle's queries go through the same pool.
    await expect(db.execute('select 1/0' as never)).rejects.toThrow();
    expect((await pool.query('select 2 as two')).rows).toEqual([{ two: 2 }]);
  });
});
