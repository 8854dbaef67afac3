/**
 * Bulk accounts after importing an organisation: every active pegawai with a current placement in
 * scope and no account gets one (username = NIP, a generated one-time password the owner must
 * replace at first login). All accounts are created in one transaction or none, audited (one
 * summary row plus one row per account, like the import). The passwords exist only in the returned
 * workbook: never stored, never logged.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { refreshStatistics } from '../../db/maintenance.ts';
import { AppError } from '../../http/errors.ts';
import { actorLabel, authorize, can, requireActor } from '../access/index.ts';
import { writeAudit, writeAuditRows } from '../audit/index.ts';
import { drawAcceptable, estimateHashingMs, hashPasswords, passwordChecker } from '../auth/index.ts';
import { type Ctx, getInstansi, today } from '../org/index.ts';
import * as repo from './akun.repository.ts';
import { generatePassword } from './akun.service.ts';
import { type CredentialRow, credentialsWorkbook } from './akun-massal.sheet.ts';

export interface AkunMassalProgress {
  phase: 'hash' | 'write';
  processed: number;
  total: number;
}

export interface AkunMassalOptions {
  instansiId: string;
  /** The unit whose subtree is in scope (named in the workbook and the audit), or null. */
  unit: { id: string; kode: string; nama: string } | null;
  /** Unit subtree paths in scope; null for the whole instansi. */
  paths: string[] | null;
  dryRun: boolean;
  actor: { akunId: string | null; label: string };
  requestId?: string | null;
  onProgress?: (p: AkunMassalProgress) => void;
}

export type AlasanDilewati = 'USERNAME_TERPAKAI' | 'SUDAH_PUNYA_AKUN';

export interface AkunMassalResult {
  dryRun: boolean;
  /** Accounts created (dry run: that would be created). */
  jumlah: number;
  /** Pegawai in scope without an account who got none, and why. */
  dilewati: Array<{ pegawaiId: string; nip: string; nama: string; alasan: AlasanDilewati }>;
  unit: { id: string; kode: string; nama: string } | null;
  /** The workbook with the one-time passwords (null for a dry run or when nothing was created). */
  berkas: { namaBerkas: string; isi: Buffer } | null;
  waktuMs: { hash: number; tulis: number };
  /** Dry run: about how long creating them would take (hashing dominates), for the UI to say. */
  perkiraanMs: number | null;
}

const nowMs = () => performance.now();

/** Creates the accounts in scope (the caller has authorised the scope). */
export async function buatAkunMassal(database: Database, opts: AkunMassalOptions): Promise<AkunMassalResult> {
  const inst = await getInstansi(database.db, opts.instansiId);
  if (!inst) throw new AppError('ACCESS.DENIED');
  const found = await repo.findPegawaiTanpaAkun(database.db, opts.instansiId, today(), opts.paths);
  const dilewati: AkunMassalResult['dilewati'] = found
    .filter((p) => p.usernameTerpakai)
    .map((p) => ({ pegawaiId: p.pegawaiId, nip: p.nip, nama: p.nama, alasan: 'USERNAME_TERPAKAI' }));
  const candidates = found.filter((p) => !p.usernameTerpakai);
  const base = { unit: opts.unit, dilewati };
  if (opts.dryRun || candidates.length === 0) {
    return {
      ...base,
      dryRun: opts.dryRun,
      jumlah: candidates.length,
      berkas: null,
      waktuMs: { hash: 0, tulis: 0 },
      perkiraanMs: opts.dryRun ? await estimateHashingMs(candidates.length) : null,
    };
  }

  // Hash before the transaction: minutes of CPU for thousands of accounts must not hold the
  // database (on PGlite its one connection) while they run.
  const total = candidates.length;
  const check = await passwordChecker();
  const passwords = candidates.map((p) =>
    drawAcceptable(generatePassword, (pw) => check(pw, { username: p.nip, nip: p.nip })),
  );
  const t0 = nowMs();
  opts.onProgress?.({ phase: 'hash', processed: 0, total });
  const hashes = await hashPasswords(passwords, (done) => {
    if (done % 50 === 0 || done === total) opts.onProgress?.({ phase: 'hash', processed: done, total });
  });
  const t1 = nowMs();

  const rows = candidates.map((p, i) => ({
    id: randomUUID(),
    instansiId: opts.instansiId,
    username: p.nip,
    passwordHash: hashes[i],
    pegawaiId: p.pegawaiId,
    namaTampilan: p.nama,
  }));
  const created = await database.db.transaction(async (tx) => {
    await repo.lockAkunMassal(tx, opts.instansiId);
    // Someone may have given a few of them an account while the hashes ran.
    const still = await repo.stillWithoutAkun(
      tx,
      rows.map((r) => r.pegawaiId),
    );
    const inserted = await repo.insertGeneratedAccounts(
      tx,
      rows.filter((r) => still.has(r.pegawaiId)),
      (done) => opts.onProgress?.({ phase: 'write', processed: done, total }),
    );
    const audit = {
      instansiId: opts.instansiId,
      akunId: opts.actor.akunId,
      actorLabel: opts.actor.label,
      requestId: opts.requestId ?? null,
    };
    await writeAuditRows(
      tx,
      rows
        .filter((r) => inserted.has(r.id))
        .map((r) => ({
          ...audit,
          action: 'akun.create',
          entity: 'akun',
          entityId: r.id,
          after: { username: r.username, peran: [], pegawaiId: r.pegawaiId, wajibGantiSandi: true, massal: true },
        })),
    );
    await writeAudit(tx, {
      ...audit,
      action: 'akun.massal',
      entity: 'akun',
      entityId: null,
      after: {
        unitId: opts.unit?.id ?? null,
        unitKode: opts.unit?.kode ?? null,
        jumlah: inserted.size,
        dilewati: total - inserted.size + dilewati.length,
      },
    });
    return inserted;
  });
  const t2 = nowMs();
  // PGlite has no autovacuum: thousands of new accounts need fresh statistics for quick logins.
  if (created.size) await refreshStatistics(database, ['akun']);

  const credentials: CredentialRow[] = [];
  candidates.forEach((p, i) => {
    if (created.has(rows[i].id)) {
      credentials.push({ nip: p.nip, nama: p.nama, unit: p.unitNama, username: p.nip, password: passwords[i] });
    } else {
      dilewati.push({ pegawaiId: p.pegawaiId, nip: p.nip, nama: p.nama, alasan: 'SUDAH_PUNYA_AKUN' });
    }
  });
  const dibuatPada = new Date();
  const berkas = credentials.length
    ? {
        namaBerkas: `akun-${[inst.kode, opts.unit?.kode].filter(Boolean).join('-')}-${dibuatPada.toISOString().slice(0, 10)}.xlsx`,
        isi: await credentialsWorkbook(
          {
            instansiNama: inst.nama,
            cakupan: opts.unit?.nama ?? (opts.paths ? 'unit yang dikelola / administered units' : null),
            dibuatPada,
            dibuatOleh: opts.actor.label,
          },
          credentials,
        ),
      }
    : null;
  return {
    ...base,
    dryRun: false,
    jumlah: credentials.length,
    berkas,
    waktuMs: { hash: Math.round(t1 - t0), tulis: Math.round(t2 - t1) },
    perkiraanMs: null,
  };
}

/**
 * The scope an API caller may fill: the chosen unit's subtree (admin instansi, super admin, or an
 * admin unit whose subtree holds it), or without a unit the whole instansi for tenant admins and
 * their own subtrees for admin units.
 */
async function resolveScope(ctx: Ctx, instansiId: string, unitId: string | null | undefined) {
  const actor = ctx.actor;
  requireActor(actor);
  if (!(await getInstansi(ctx.database.db, instansiId))) throw new AppError('ACCESS.DENIED');
  if (unitId) {
    const unit = await repo.getUnitBrief(ctx.database.db, instansiId, unitId);
    if (!unit) {
      authorize(actor, 'akun.massal', { instansiId });
      throw new AppError('ORG.INVALID_REFERENCE', { field: 'unitId' });
    }
    authorize(actor, 'akun.massal', { instansiId, unitPath: unit.path });
    return { unit: { id: unit.id, kode: unit.kode, nama: unit.nama }, paths: [unit.path] };
  }
  if (can(actor, 'akun.massal', { instansiId })) return { unit: null, paths: null };
  const own = actor.roles.filter(
    (r) => r.peran === 'ADMIN_UNIT' && r.instansiId === instansiId && r.unitPath && r.unitId,
  );
  if (!own.length) authorize(actor, 'akun.massal', { instansiId });
  // One administered unit names the scope (sheet, file name, audit) like an explicit choice.
  const single =
    own.length === 1 ? await repo.getUnitBrief(ctx.database.db, instansiId, own[0].unitId as string) : null;
  return {
    unit: single ? { id: single.id, kode: single.kode, nama: single.nama } : null,
    paths: own.map((r) => r.unitPath as string),
  };
}

/** `POST /api/instansi/:instansiId/akun/massal`. */
export async function createAkunMassal(
  ctx: Ctx,
  instansiId: string,
  input: { unitId?: string | null; dryRun?: boolean },
) {
  const scope = await resolveScope(ctx, instansiId, input.unitId);
  return buatAkunMassal(ctx.database, {
    instansiId,
    ...scope,
    dryRun: !!input.dryRun,
    actor: { akunId: ctx.actor?.akunId ?? null, label: actorLabel(ctx.actor) },
    requestId: ctx.requestId,
  });
}
