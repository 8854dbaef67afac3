import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { createSkp, skpWorld, type World } from '../../../test/skp-kit.ts';

const database = useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await skpWorld(database());
});
afterAll(async () => {
  await w.app.close();
});

type Note = { jenis: string; tautan: string; isi: string; dibacaAt: string | null; id: string };
const notes = async (who: Parameters<World['call']>[0]) =>
  ((await w.call(who, 'GET', '/notifikasi')).body as Note[]).filter((n) => n.jenis === 'SKP_RHK_DIMINTA');

describe('ingatkan atasan (ask the appraiser for RHK)', () => {
  it('notifies the appraiser once while unread, points at their SKP once it exists, and is audited', async () => {
    const staf = await createSkp(w, 'staf');
    // The kasi (the staf's appraiser) has no SKP yet: the reminder says to create one.
    const first = await w.call('staf', 'POST', `/skp/${staf.id}/ingatkan-atasan`);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ terkirim: true, penilai: 'Agus Wijaya' });
    let kasiNotes = await notes('kasi');
    expect(kasiNotes).toHaveLength(1);
    expect(kasiNotes[0]).toMatchObject({ tautan: '/skp' });
    expect(kasiNotes[0].isi).toContain('Buat SKP');

    // Pressing again while the first is unread sends nothing new.
    expect((await w.call('staf', 'POST', `/skp/${staf.id}/ingatkan-atasan`)).body.terkirim).toBe(false);
    expect(await notes('kasi')).toHaveLength(1);

    // Read it; the kasi creates a draft SKP; the next reminder links to that SKP.
    expect((await w.call('kasi', 'POST', `/notifikasi/${kasiNotes[0].id}/baca`)).status).toBe(200);
    const kasi = await createSkp(w, 'kasi');
    expect((await w.call('staf', 'POST', `/skp/${staf.id}/ingatkan-atasan`)).body.terkirim).toBe(true);
    kasiNotes = await notes('kasi');
    expect(kasiNotes.map((n) => n.tautan)).toContain(`/skp/${kasi.id}`);

    const audit = await database().pool.query(
      `select after from audit_log where instansi_id = $1 and entity_id = $2 and action = 'ingatkan-atasan' order by at`,
      [w.i, staf.id],
    );
    expect(audit.rows.map((r) => r.after.terkirim)).toEqual([true, false, true]);
  });

  it('is for the owner only: the appraiser and the admin are refused, another tenant sees nothing', async () => {
    const guru = await createSkp(w, 'guru');
    const byAppraiser = await w.call('kepsek', 'POST', `/skp/${guru.id}/ingatkan-atasan`);
    expect(byAppraiser.status).toBe(403);
    expect(byAppraiser.body.error.code).toBe('SKP.NOT_ALLOWED');
    expect((await w.call('admin', 'POST', `/skp/${guru.id}/ingatkan-atasan`)).status).toBe(403);
    expect((await w.call('lain', 'POST', `/skp/${guru.id}/ingatkan-atasan`)).status).toBe(404);
  });
});
