import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { instansi } from '../src/db/schema.ts';
import { useTestDatabase } from './db.ts';

describe('DB test infrastructure', () => {
  const database = useTestDatabase();

  it('opens a migrated database on the engine the run was set up for', () => {
    expect(database().engine).toBe(inject('dbEngine'));
  });

  it('inserts an instansi and reads it back', async () => {
    const kode = `SMOKE-${randomUUID()}`;
    const [row] = await database()
      .db.insert(instansi)
      .values({ kode, nama: 'Pemerintah Kabupaten Uji', jenis: 'KABUPATEN', jabatanPimpinan: 'Bupati' })
      .returning();
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/);

    const found = await database().db.select().from(instansi).where(eq(instansi.kode, kode));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ nama: 'Pemerintah Kabupaten Uji', jenis: 'KABUPATEN', isDemo: false });
  });

  it('runs a transaction that rolls back as a whole', async () => {
    const kode = `SMOKE-${randomUUID()}`;
    await expect(
      database().db.transaction(async (tx) => {
        await tx.insert(instansi).values({ kode, nama: 'Sementara', jenis: 'KOTA', jabatanPimpinan: 'Wali Kota' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    const found = await database().db.select().from(instansi).where(eq(instansi.kode, kode));
    expect(found).toHaveLength(0);
  });
});
