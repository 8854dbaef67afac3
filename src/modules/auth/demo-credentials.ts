/**
 * Demo credentials are shown on the login page only in demo mode. They are stored by the demo
 * generator (src/db/seed) and read here; a production install never has any.
 */
import type { Database } from '../../db/client.ts';

export async function listDemoCredentials(
  database: Database,
): Promise<{ username: string; password: string; label: string }[]> {
  try {
    const res = await database.pool.query(
      'select username, password_plain as password, label from demo_credential order by label',
    );
    return res.rows;
  } catch {
    return [];
  }
}
