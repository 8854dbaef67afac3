import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { skpWorld, submittedStafSkp, TAHUN, type Who, type World } from '../../../test/skp-kit.ts';
import { akun, pegawai } from '../../db/schema.ts';
import { notifikasi } from '../../db/schema-skp.ts';
import { capturingMailer, configureMailer } from './index.ts';

const database = useTestDatabase();
const mailer = capturingMailer();
let w: World;
beforeAll(async () => {
  configureMailer(mailer);
  w = await skpWorld(database());
});
afterAll(async () => {
  configureMailer(null);
  await w.app.close();
});

/** GET /notifikasi as `who`, with the given language headers. */
async function notifications(who: Who, headers: Record<string, string> = {}) {
  const res = await w.app.inject({
    method: 'GET',
    url: `/api/instansi/${w.i}/notifikasi${headers.query ?? ''}`,
    headers: {
      cookie: await w.cookieOf(who),
      ...(headers['accept-language'] ? { 'accept-language': headers['accept-language'] } : {}),
    },
  });
  expect(res.statusCode).toBe(200);
  return res.json() as Array<{ jenis: string; judul: string; isi: string }>;
}

async function setLanguage(who: Who, bahasa: string) {
  return w.app.inject({
    method: 'PUT',
    url: '/api/auth/bahasa',
    payload: { bahasa },
    headers: { cookie: await w.cookieOf(who) },
  });
}

describe('notifications in the reader’s language', () => {
  it('renders the same notification in Indonesian or English, as the request asks, never both', async () => {
    await submittedStafSkp(w);
    const [id] = await notifications('kasi', { 'accept-language': 'id-ID' });
    expect(id).toMatchObject({
      jenis: 'SKP_DIAJUKAN',
      judul: `SKP ${w.org.pegawai.staf.nama} menunggu penetapan`,
      isi: `${w.org.pegawai.staf.nama} mengajukan SKP ${TAHUN}. Periksa, lalu tetapkan atau kembalikan dengan catatan.`,
    });
    const [en] = await notifications('kasi', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(en).toMatchObject({
      jenis: 'SKP_DIAJUKAN',
      judul: `${w.org.pegawai.staf.nama}'s SKP awaits your approval`,
    });
    expect(en.isi).toContain(`submitted the ${TAHUN} SKP`);
    // ?lang= wins over the header (the web app's explicit choice).
    const [viaQuery] = await notifications('kasi', { 'accept-language': 'id', query: '?lang=en' });
    expect(viaQuery.judul).toBe(en.judul);
    for (const n of [id, en]) expect(`${n.judul} ${n.isi}`).not.toMatch(/ \/ /);
  });

  it('keeps the parameters on the row and the Indonesian text beside them', async () => {
    const rows = await database().db.select().from(notifikasi).where(eq(notifikasi.pegawaiId, w.org.pegawai.kasi.id));
    expect(rows[0]).toMatchObject({
      jenis: 'SKP_DIAJUKAN',
      param: { pemilik: w.org.pegawai.staf.nama, tahun: TAHUN },
      judul: `SKP ${w.org.pegawai.staf.nama} menunggu penetapan`,
    });
  });

  it('shows a row written before texts were rendered per reader as it was stored', async () => {
    await database().db.insert(notifikasi).values({
      instansiId: w.i,
      pegawaiId: w.org.pegawai.guru.id,
      jenis: 'SKP_DIKEMBALIKAN',
      judul: 'Judul lama',
      isi: 'Isi lama tersimpan',
    });
    for (const lang of ['id', 'en']) {
      expect(await notifications('guru', { 'accept-language': lang })).toEqual([
        expect.objectContaining({ judul: 'Judul lama', isi: 'Isi lama tersimpan' }),
      ]);
    }
  });
});

describe('emails in the recipient’s language', () => {
  it('writes to an account that chose English in English, and to the others in Indonesian', async () => {
    const fresh = await skpWorld(database(), { app: w.app });
    await database()
      .db.update(pegawai)
      .set({ email: 'kasi@contoh.go.id' })
      .where(eq(pegawai.id, fresh.org.pegawai.kasi.id));
    await database()
      .db.update(pegawai)
      .set({ email: 'staf@contoh.go.id' })
      .where(eq(pegawai.id, fresh.org.pegawai.staf.id));
    const chose = await fresh.app.inject({
      method: 'PUT',
      url: '/api/auth/bahasa',
      payload: { bahasa: 'en' },
      headers: { cookie: await fresh.cookieOf('kasi') },
    });
    expect(chose.statusCode).toBe(200);
    mailer.sent.length = 0;

    const skp = await submittedStafSkp(fresh);
    expect(mailer.sent).toEqual([
      {
        to: 'kasi@contoh.go.id',
        subject: `[Kinerja] ${fresh.org.pegawai.staf.nama}'s SKP awaits your approval`,
        text: expect.stringContaining(`submitted the ${TAHUN} SKP`),
      },
    ]);
    // The kasi's own request language does not decide the staf's email: the staf's account does.
    const back = await fresh.app.inject({
      method: 'POST',
      url: `/api/instansi/${fresh.i}/skp/${skp.id}/kembalikan`,
      payload: { version: skp.version, catatan: 'Lengkapi target' },
      headers: { cookie: await fresh.cookieOf('kasi'), 'accept-language': 'en' },
    });
    expect(back.statusCode).toBe(200);
    expect(mailer.sent[1]).toEqual({
      to: 'staf@contoh.go.id',
      subject: `[Kinerja] SKP ${TAHUN} Anda dikembalikan`,
      text: `Pejabat penilai mengembalikan SKP Anda dengan catatan: Lengkapi target\n\n/skp/${skp.id}`,
    });
  });
});

describe('PUT /api/auth/bahasa', () => {
  it('records the choice once in the audit trail and refuses a language we do not write in', async () => {
    expect((await setLanguage('guru', 'en')).statusCode).toBe(200);
    expect((await setLanguage('guru', 'en')).statusCode).toBe(200);
    const audit = await database().db.execute(
      sql`select before, after from audit_log where action = 'akun.bahasa' and entity_id = ${w.accounts.guru.id}`,
    );
    expect(audit.rows).toEqual([{ before: { bahasa: 'id' }, after: { bahasa: 'en' } }]);

    const bad = await setLanguage('guru', 'fr');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION.FAILED');
    const anon = await w.app.inject({ method: 'PUT', url: '/api/auth/bahasa', payload: { bahasa: 'en' } });
    expect(anon.statusCode).toBe(401);

    // The password screen of a one-time password offers the language switch: its choice is kept.
    await database().db.update(akun).set({ wajibGantiSandi: true }).where(eq(akun.id, w.accounts.guru.id));
    expect((await setLanguage('guru', 'id')).statusCode).toBe(200);
    const [row] = await database().db.select({ bahasa: akun.bahasa }).from(akun).where(eq(akun.id, w.accounts.guru.id));
    expect(row.bahasa).toBe('id');
  });
});
