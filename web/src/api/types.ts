/**
 * Response and request types of the API, inferred from the server's zod schemas (type-only imports:
 * nothing from zod reaches the browser bundle).
 */
import type { z } from 'zod';
import type { ZAuditEntry, ZAuditPage, ZAuditQuery } from '../../../src/modules/audit/audit.schema.ts';
import type { ZDemoAccounts, ZMe } from '../../../src/modules/auth/auth.schema.ts';
import type { ZImportJob, ZImportResult, ZJobStarted } from '../../../src/modules/exchange/exchange.schema.ts';
import type {
  ZCreateJabatan,
  ZCreateOverride,
  ZCreatePlacement,
  ZCreateUnit,
  ZHolder,
  ZInstansi,
  ZJabatanInUnit,
  ZPegawaiDetail,
  ZPegawaiListItem,
  ZPegawaiListQuery,
  ZPegawaiPage,
  ZPenilaiExplanation,
  ZPlacement,
  ZProblem,
  ZProblemsReport,
  ZUnitDetail,
  ZUnitNode,
  ZUnitTreeLevel,
  ZUpdateJabatan,
  ZUpdatePegawai,
  ZUpdateUnit,
} from '../../../src/modules/org/org.schema.ts';

export type Me = z.infer<typeof ZMe>;
export type DemoAccounts = z.infer<typeof ZDemoAccounts>;
export type DemoAccount = DemoAccounts['accounts'][number];
export type Instansi = z.infer<typeof ZInstansi>;
export type UnitNode = z.infer<typeof ZUnitNode>;
export type UnitTreeLevel = z.infer<typeof ZUnitTreeLevel>;
/** A unit of the level-by-level tree: with the number of its direct sub-units. */
export type UnitTreeNode = UnitTreeLevel['items'][number];
export type UnitDetail = z.infer<typeof ZUnitDetail>;
export type JabatanInUnit = z.infer<typeof ZJabatanInUnit>;
export type Holder = z.infer<typeof ZHolder>;
export type CreateUnit = z.input<typeof ZCreateUnit>;
export type UpdateUnit = z.input<typeof ZUpdateUnit>;
export type CreateJabatan = z.input<typeof ZCreateJabatan>;
export type UpdateJabatan = z.input<typeof ZUpdateJabatan>;
export type PegawaiListQuery = Partial<z.infer<typeof ZPegawaiListQuery>>;
export type PegawaiListItem = z.infer<typeof ZPegawaiListItem>;
export type PegawaiPage = z.infer<typeof ZPegawaiPage>;
export type PegawaiDetail = z.infer<typeof ZPegawaiDetail>;
export type UpdatePegawai = z.input<typeof ZUpdatePegawai>;
export type Placement = z.infer<typeof ZPlacement>;
export type CreatePlacement = z.input<typeof ZCreatePlacement>;
export type CreateOverride = z.input<typeof ZCreateOverride>;
export type PenilaiExplanation = z.infer<typeof ZPenilaiExplanation>;
export type Penilai = NonNullable<PenilaiExplanation['penilai']>;
export type BilingualItem = PenilaiExplanation['alasan'][number];
export type Problem = z.infer<typeof ZProblem>;
export type ProblemsReport = z.infer<typeof ZProblemsReport>;
export type AuditQuery = Partial<z.infer<typeof ZAuditQuery>>;
export type AuditEntry = z.infer<typeof ZAuditEntry>;
export type AuditPage = z.infer<typeof ZAuditPage>;

/** Roles as `GET /api/auth/me` reports them (assigned plus derived). */
export type Role = 'SUPER_ADMIN' | 'ADMIN_INSTANSI' | 'ADMIN_UNIT' | 'AUDITOR' | 'PEGAWAI' | 'PEJABAT_PENILAI';

// Import / export (src/modules/exchange).

export type ImportResult = z.infer<typeof ZImportResult>;
export type ImportIssue = ImportResult['errors'][number];
export type ImportJob = z.infer<typeof ZImportJob>;
export type ImportJobStarted = z.infer<typeof ZJobStarted>;
export type ExchangeEntity = 'unor' | 'jabatan' | 'pegawai';
