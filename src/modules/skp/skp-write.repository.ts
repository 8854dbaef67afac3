/**
 * The hot SKP writes as one statement each (issue 9): the guarded update (`version + 1 … where
 * version = $v`, as `bumpSkp`) is a data-modifying CTE `b`, and every other part — the RHK and its
 * IKI, the review flags of child RHK, the audit row, the actor's notifications cleared, the next
 * actor's notifications (kind and parameters) with their recipients' email addresses and languages
 * — is a CTE that acts only when `b` updated a row. A stale version therefore writes, audits and notifies nothing, and the caller answers
 * CONFLICT.VERSION. Being one statement, the write is atomic without BEGIN/COMMIT. Before, a save
 * or a workflow step sent each part as a statement of its own (14 round trips per request).
 */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { rhk, skp } from '../../db/schema-skp.ts';
import type { Executor } from '../../db/tx.ts';
import { cocokkanIki } from '../../domain/pelaksanaan/iki-cocok.ts';
import { type AuditEntry, auditInsertFrom } from '../audit/index.ts';
import {
  emailsOfInserted,
  type MailCopy,
  markReadByLinkWhere,
  notifikasiInsertFrom,
  renderPesan,
  type TPesanNotifikasi,
} from '../notifikasi/index.ts';
import type { IkiWrite, SkpRow } from './skp.repository.ts';

/** The condition every part but the update itself carries: the guarded update found its row. */
const WRITTEN = sql`exists (select 1 from b)`;

export interface Written {
  id: string;
  status: string;
  version: number;
  /**
   * Email copies of the notifications the statement inserted (recipients with an address), each
   * with the recipient's language: rendered in it when queued (notifikasi `queueEmails`).
   */
  emails: MailCopy[];
  /** Rows of the `counted` part (the child RHK flagged for review), 0 without one. */
  counted: number;
}

/** The audit of the write: `after` is {status, version} of the updated SKP, `afterExtra` and `afterSql`. */
export type WriteAudit = Omit<AuditEntry, 'after'> & { afterExtra?: Record<string, unknown>; afterSql?: SQL };

export interface SkpWrite {
  instansiId: string;
  skpId: string;
  version: number;
  /** The SKP's columns to set beside the version. */
  set: Partial<Record<keyof SkpRow, unknown>>;
  /** Further CTEs (name, data-modifying statement), each gated on `WRITTEN` or on another part. */
  parts?: Array<[string, SQL]>;
  audit: WriteAudit;
  /** Marks the actor's unread notifications for this link read (they acted on it). */
  clear?: { pegawaiId: string; tautan: string } | null;
  /** Notifications to insert: a select of (instansi_id, pegawai_id, jenis, param, judul, isi, tautan). */
  notify?: SQL | null;
  /** The part whose rows are counted into `Written.counted`. */
  counted?: string;
}

/** Runs a write as one statement; null (nothing written, audited or notified) when the version is stale. */
export async function writeSkp(exec: Executor, w: SkpWrite): Promise<Written | null> {
  const update = exec
    .update(skp)
    .set({ ...(w.set as Partial<SkpRow>), version: sql`${skp.version} + 1`, updatedAt: new Date() })
    .where(and(eq(skp.instansiId, w.instansiId), eq(skp.id, w.skpId), eq(skp.version, w.version)))
    .returning({ id: skp.id, status: skp.status, version: skp.version })
    .getSQL();
  const after = sql`jsonb_build_object('status', b.status, 'version', b.version)
    || ${JSON.stringify(w.audit.afterExtra ?? {})}::jsonb || ${w.audit.afterSql ?? sql`'{}'::jsonb`}`;
  const ctes: SQL[] = [
    sql`b as (${update})`,
    ...(w.parts ?? []).map(([name, part]) => sql`${sql.raw(name)} as (${part})`),
    sql`a as (${auditInsertFrom(w.audit, { after, from: sql`b` })})`,
  ];
  if (w.clear) ctes.push(sql`c as (${markReadByLinkWhere(w.instansiId, w.clear.pegawaiId, w.clear.tautan, WRITTEN)})`);
  if (w.notify) ctes.push(sql`n as (${notifikasiInsertFrom(w.notify)})`);
  const emails = w.notify ? emailsOfInserted('n') : sql`'[]'::json`;
  const counted = w.counted ? sql`(select count(*)::int from ${sql.raw(w.counted)})` : sql`0`;
  const res = await exec.execute<{ id: string; status: string; version: number; emails: MailCopy[]; counted: number }>(
    sql`with ${sql.join(ctes, sql`, `)} select b.id, b.status, b.version, ${emails} as emails, ${counted} as counted from b`,
  );
  return res.rows[0] ?? null;
}

/**
 * An RHK save as a `SkpWrite` (less the audit entry): its columns (its own review flag cleared: the
 * owner has reviewed it) and its IKI list written keeping the id of every IKI the new list continues
 * (`cocokkanIki`, as `replaceIki`: kept ones updated in place, new ones inserted, removed ones
 * deleted with their realisasi and evidence links), the SKP's review flag refreshed when this RHK
 * carried one (as `refreshSkpPerluTinjau`); with `children`, the child RHK in other SKPs flagged
 * with their SKPs (`f`, `fs`: what `flagChildren` did), their owners notified once each (not this
 * SKP's own), and their number in the audit's `anakDitandai` and in `Written.counted`.
 *
 * `ikiBefore` is the RHK's IKI as read with the SKP: the version check makes sure they are still
 * the stored ones when the statement writes.
 */
export function rhkSave(
  exec: Executor,
  p: {
    instansiId: string;
    skpId: string;
    rhkId: string;
    version: number;
    row: Partial<typeof rhk.$inferInsert>;
    iki: IkiWrite[];
    ikiBefore: ReadonlyArray<{ id: string; aspek: string; indikator: string }>;
    wasPerluTinjau: boolean;
    ownerPegawaiId: string;
    /** The notice to the owners of flagged children (SKP_PERLU_TINJAU), or null when none are flagged. */
    children: Extract<TPesanNotifikasi, { jenis: 'SKP_PERLU_TINJAU' }> | null;
  },
): Omit<SkpWrite, 'audit'> & { afterSql: SQL } {
  const { instansiId, skpId, rhkId } = p;
  const rhkUpdate = exec
    .update(rhk)
    .set({ ...p.row, perluTinjau: false, updatedAt: new Date() })
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, rhkId), WRITTEN))
    .returning({ id: rhk.id })
    .getSQL();
  const keep = cocokkanIki(p.ikiBefore, p.iki);
  const kept = new Set(keep);
  const removed = p.ikiBefore.filter((o) => !kept.has(o.id)).map((o) => o.id);
  const numbered = p.iki.map((k, i) => ({ ...k, urutan: i + 1, id: keep[i] }));
  const updates = numbered.filter((k) => k.id);
  const fresh = numbered.filter((k) => !k.id);
  const parts: Array<[string, SQL]> = [['r', rhkUpdate]];
  if (removed.length)
    parts.push(
      [
        'kx',
        sql`delete from iki where instansi_id = ${instansiId} and rhk_id in (select id from r)
          and id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(removed)}::jsonb))
          returning id`,
      ],
      // What pointed at a removed IKI goes with it (as `dropExecutionOf`); the evidence itself stays.
      ['kxr', sql`delete from realisasi where instansi_id = ${instansiId} and iki_id in (select id from kx)`],
      ['kxb', sql`delete from bukti_iki where instansi_id = ${instansiId} and iki_id in (select id from kx)`],
    );
  if (updates.length)
    parts.push([
      'ku',
      sql`update iki set urutan = x.urutan, aspek = x.aspek, indikator = x.indikator, target_nilai = x."targetNilai",
          target_satuan = x."targetSatuan", target_teks = x."targetTeks"
        from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb)
          as x(id uuid, urutan int, aspek text, indikator text, "targetNilai" numeric, "targetSatuan" text, "targetTeks" text)
        where iki.instansi_id = ${instansiId} and iki.id = x.id and iki.rhk_id in (select id from r)`,
    ]);
  if (fresh.length)
    parts.push([
      'k',
      sql`insert into iki (instansi_id, rhk_id, urutan, aspek, indikator, target_nilai, target_satuan, target_teks)
        select ${instansiId}::uuid, r.id, x.urutan, x.aspek, x.indikator, x."targetNilai", x."targetSatuan", x."targetTeks"
        from r cross join jsonb_to_recordset(${JSON.stringify(fresh)}::jsonb)
          as x(urutan int, aspek text, indikator text, "targetNilai" numeric, "targetSatuan" text, "targetTeks" text)`,
    ]);
  const set = p.wasPerluTinjau
    ? {
        perluTinjau: sql`exists (select 1 from rhk o where o.instansi_id = ${instansiId} and o.skp_id = ${skpId}
          and o.id <> ${rhkId} and o.perlu_tinjau)`,
      }
    : {};
  if (!p.children)
    return { instansiId, skpId, version: p.version, set, parts, afterSql: sql`'{"anakDitandai":0}'::jsonb` };
  parts.push(
    [
      'f',
      sql`update rhk set perlu_tinjau = true, updated_at = now()
        where instansi_id = ${instansiId} and parent_rhk_id = ${rhkId} and id <> ${rhkId} and ${WRITTEN}
        returning id, skp_id`,
    ],
    // Not this SKP (a statement may update a row once; a child here cannot exist anyway).
    [
      'fs',
      sql`update skp set perlu_tinjau = true
        where instansi_id = ${instansiId} and id in (select skp_id from f) and id <> ${skpId}
        returning id, pegawai_id`,
    ],
  );
  return {
    instansiId,
    skpId,
    version: p.version,
    set,
    parts,
    notify: sql`select distinct on (fs.pegawai_id) ${instansiId}::uuid, fs.pegawai_id, ${pesanColumns(p.children)},
        '/skp/' || fs.id
      from fs where fs.pegawai_id <> ${p.ownerPegawaiId}`,
    counted: 'f',
    afterSql: sql`jsonb_build_object('anakDitandai', (select count(*) from f))`,
  };
}

/** The appraiser's per-item notes replaced (as `setRhkCatatan`), as a part of the return. */
export function catatanPart(instansiId: string, skpId: string, items: Array<{ rhkId: string; catatan: string }>): SQL {
  return sql`update rhk set catatan = (
      select x.e->>'catatan' from jsonb_array_elements(${JSON.stringify(items)}::jsonb) with ordinality as x(e, n)
      where x.e->>'rhkId' = rhk.id::text order by x.n desc limit 1)
    where instansi_id = ${instansiId} and skp_id = ${skpId} and ${WRITTEN}`;
}

/**
 * A notification's kind, parameters and Indonesian text as columns of a `notify` select: the
 * reader's language is rendered from the parameters when read, the email's per recipient.
 */
function pesanColumns(pesan: TPesanNotifikasi): SQL {
  const { judul, isi } = renderPesan(pesan, 'id');
  return sql`${pesan.jenis}::text, ${JSON.stringify(pesan.param)}::jsonb, ${judul}::text, ${isi}::text`;
}

/** One notification as the `notify` select of a write, inserted only when the write happened. */
export function notice(n: TPesanNotifikasi & { instansiId: string; pegawaiId: string; tautan: string }): SQL {
  return sql`select ${n.instansiId}::uuid, ${n.pegawaiId}::uuid, ${pesanColumns(n)}, ${n.tautan}::text where ${WRITTEN}`;
}
