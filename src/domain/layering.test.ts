import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The domain layer stays pure (architecture.md §2): no I/O, no framework, no database.
const FORBIDDEN = [
  /^node:/,
  /^(fs|path|http|https|net|child_process|worker_threads|crypto)$/,
  /^pg$/,
  /^drizzle-orm/,
  /^fastify/,
  /^@electric-sql/,
  /^exceljs$/,
  /^pdfmake/,
  /\/(db|http|modules|cli)\//,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('src/domain layering', () => {
  it('imports nothing that does I/O or belongs to another layer', () => {
    const offences: string[] = [];
    for (const file of files(new URL('.', import.meta.url).pathname)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)) {
        if (FORBIDDEN.some((re) => re.test(m[1]))) offences.push(`${file}: ${m[1]}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
