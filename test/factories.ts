/**
 * Test factories: each test builds its own instansi (tenant) with units, positions and people,
 * so tests never see each other's data. Everything goes through the real database.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/db/client.ts';
import { akun, akunPeran, instansi, jabatan, pegawai, penempatan, unitOrganisasi } from '../src/db/schema.ts';
import { composeNip } from '../src/domain/nip.ts';
import type { Peran } from '../src/modules/access/index.ts';
import { hashPassword } from '../src/modules/auth/index.ts';

let seq = 0;
const next = () => ++seq + Math.floor(Math.random() * 100000) * 1000;

export const TEST_PASSWORD = 'kata-sandi-uji-123';
let cachedHash: Promise<string> | null = null;
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

export async function buildInstansi(database: Database, overrides: Partial<typeof instansi.$inferInsert> = {}) {
  const n = next();
  const [row] = await database.db
    .insert(instansi)
    .values({
      kode: `T${n}`,
      nama: `Pemerintah Kabupaten Uji ${n}`,
      jenis: 'KABUPATEN',
      jabatanPimpinan: 'Bupati',
      ...overrides,
    })
    .returning();
  return row;
}

export async function buildUnit(
  database: Database,
  instansiId: string,
  opts: { nama?: string; jenis?: string; parent?: { id: string; path: string; depth: number } | null } = {},
) {
  const id = randomUUID();
  const parent = opts.parent ?? null;
  const [row] = await database.db
    .insert(unitOrganisasi)
    .values({
      id,
      instansiId,
      parentId: parent?.id ?? null,
      kode: `U${next()}`,
      nama: opts.nama ?? `Unit ${id.slice(0, 4)}`,
      jenis: opts.jenis ?? (parent ? 'BIDANG' : 'PEMDA'),
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
    })
    .returning();
  return row;
}

export async function buildJabatan(
  database: Database,
  instansiId: string,
  unit: { id: string },
  opts: {
    nama?: string;
    jenis?: string;
    jenjang?: string | null;
    isKepala?: boolean;
    atasanJabatanId?: string | null;
  } = {},
) {
  const [row] = await database.db
    .insert(jabatan)
    .values({
      instansiId,
      unitId: unit.id,
      kode: `J${next()}`,
      nama: opts.nama ?? `Jabatan ${next()}`,
      jenis: opts.jenis ?? 'PELAKSANA',
      jenjang: opts.jenjang ?? null,
      atasanJabatanId: opts.atasanJabatanId ?? null,
    })
    .returning();
  if (opts.isKepala) {
    const { eq } = await import('drizzle-orm');
    await database.db.update(unitOrganisasi).set({ kepalaJabatanId: row.id }).where(eq(unitOrganisasi.id, unit.id));
  }
  return row;
}

/** A valid, unique PNS NIP. */
export function makeNip(opts: { gender?: 1 | 2 } = {}): string {
  const n = next();
  const birthYear = 1970 + (n % 15);
  return composeNip({
    jenisAsn: 'PNS',
    tanggalLahir: `${birthYear}-0${1 + (n % 9)}-1${n % 9}`,
    tmtTahun: birthYear + 25,
    tmtBulan: 1 + (n % 12),
    jenisKelamin: opts.gender === 2 ? 'P' : 'L',
    nomorUrut: 1 + (n % 999),
  });
}

export async function buildPegawai(
  database: Database,
  instansiId: string,
  opts: {
    nama?: string;
    jabatan?: { id: string };
    jenis?: 'DEFINITIF' | 'PLT' | 'PLH';
    mulai?: string;
    selesai?: string | null;
  } = {},
) {
  const [row] = await database.db
    .insert(pegawai)
    .values({ instansiId, nip: makeNip(), nama: opts.nama ?? `Pegawai ${next()}`, jenisAsn: 'PNS', golongan: 'III/a' })
    .returning();
  if (opts.jabatan) {
    await database.db.insert(penempatan).values({
      instansiId,
      pegawaiId: row.id,
      jabatanId: opts.jabatan.id,
      jenis: opts.jenis ?? 'DEFINITIF',
      mulai: opts.mulai ?? '2020-01-01',
      selesai: opts.selesai ?? null,
    });
  }
  return row;
}

export async function buildAkun(
  database: Database,
  opts: { instansiId?: string | null; pegawaiId?: string | null; peran?: Peran[]; unitId?: string | null } = {},
) {
  const username = `user${next()}`;
  const [row] = await database.db
    .insert(akun)
    .values({
      username,
      passwordHash: await passwordHash(),
      namaTampilan: username,
      instansiId: opts.instansiId ?? null,
      pegawaiId: opts.pegawaiId ?? null,
    })
    .returning();
  for (const peran of opts.peran ?? []) {
    await database.db.insert(akunPeran).values({
      akunId: row.id,
      peran,
      instansiId: peran === 'SUPER_ADMIN' ? null : (opts.instansiId ?? null),
      unitId: opts.unitId ?? null,
    });
  }
  return { ...row, username, password: TEST_PASSWORD };
}

/** Logs in through the API and returns the Cookie header for later requests. */
export async function login(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed for ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'kinerja_sid');
  if (!cookie) throw new Error('no session cookie');
  return `kinerja_sid=${cookie.value}`;
}

/**
 * First login with a system-generated (one-time) password: logs in and replaces it, as the API
 * requires before anything else (AUTH.GANTI_SANDI_WAJIB). Returns the Cookie header.
 */
export async function loginFirstTime(
  app: FastifyInstance,
  username: string,
  oneTimePassword: string,
  newPassword = 'sandi-pilihan-pemilik-akun',
): Promise<string> {
  const cookie = await login(app, username, oneTimePassword);
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/password',
    headers: { cookie },
    payload: { currentPassword: oneTimePassword, newPassword },
  });
  if (res.statusCode !== 200) throw new Error(`password change failed for ${username}: ${res.statusCode} ${res.body}`);
  return cookie;
}

/**
 * A small but complete organisation: Pemda (Bupati) → Dinas (JPT Pratama head) → Bidang
 * (Administrator) → Seksi (Pengawas) with staff, plus a school led by a functional head.
 */
export async function buildOrg(database: Database) {
  const inst = await buildInstansi(database);
  const pemda = await buildUnit(database, inst.id, { nama: 'Pemerintah Kabupaten', jenis: 'PEMDA' });
  const dinas = await buildUnit(database, inst.id, { nama: 'Dinas Pendidikan', jenis: 'DINAS', parent: pemda });
  const bidang = await buildUnit(database, inst.id, { nama: 'Bidang SD', jenis: 'BIDANG', parent: dinas });
  const seksi = await buildUnit(database, inst.id, { nama: 'Seksi Kurikulum', jenis: 'SEKSI', parent: bidang });
  const sekolah = await buildUnit(database, inst.id, { nama: 'SD Negeri 1', jenis: 'SEKOLAH', parent: dinas });
  const jKadis = await buildJabatan(database, inst.id, dinas, {
    nama: 'Kepala Dinas Pendidikan',
    jenis: 'JPT_PRATAMA',
    isKepala: true,
  });
  const jKabid = await buildJabatan(database, inst.id, bidang, {
    nama: 'Kepala Bidang SD',
    jenis: 'ADMINISTRATOR',
    isKepala: true,
  });
  const jKasi = await buildJabatan(database, inst.id, seksi, {
    nama: 'Kepala Seksi Kurikulum',
    jenis: 'PENGAWAS',
    isKepala: true,
  });
  const jStaf = await buildJabatan(database, inst.id, seksi, { nama: 'Pengadministrasi Umum', jenis: 'PELAKSANA' });
  const jKepsek = await buildJabatan(database, inst.id, sekolah, {
    nama: 'Guru Ahli Madya (Kepala Sekolah)',
    jenis: 'FUNGSIONAL',
    jenjang: 'AHLI_MADYA',
    isKepala: true,
  });
  const jGuru = await buildJabatan(database, inst.id, sekolah, {
    nama: 'Guru Ahli Pertama',
    jenis: 'FUNGSIONAL',
    jenjang: 'AHLI_PERTAMA',
  });
  const kadis = await buildPegawai(database, inst.id, { nama: 'Budi Santoso', jabatan: jKadis });
  const kabid = await buildPegawai(database, inst.id, { nama: 'Siti Aminah', jabatan: jKabid });
  const kasi = await buildPegawai(database, inst.id, { nama: 'Agus Wijaya', jabatan: jKasi });
  const staf = await buildPegawai(database, inst.id, { nama: 'Dewi Lestari', jabatan: jStaf });
  const kepsek = await buildPegawai(database, inst.id, { nama: 'Rahmat Hidayat', jabatan: jKepsek });
  const guru = await buildPegawai(database, inst.id, { nama: 'Putri Rahayu', jabatan: jGuru });
  return {
    instansi: inst,
    units: { pemda, dinas, bidang, seksi, sekolah },
    jabatan: { jKadis, jKabid, jKasi, jStaf, jKepsek, jGuru },
    pegawai: { kadis, kabid, kasi, staf, kepsek, guru },
  };
}
