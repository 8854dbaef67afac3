import { z } from 'zod';
import { zInt4Coerced } from '../../http/schema.ts';

export const ZAuditQuery = z.object({
  entity: z.string().max(60).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(60).optional(),
  q: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  hideSessions: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('true: tanpa masuk/keluar (entitas sesi) / without logins and logouts'),
  page: zInt4Coerced(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZAuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  akunId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  targetLabel: z
    .string()
    .nullable()
    .describe(
      'Nama rekaman saat ini (mis. "2026 Siti Aminah" untuk SKP, nama unit), atau nama yang tercatat bila sudah dihapus / ' +
        "the record's current name, or the name kept in the entry once deleted",
    ),
  before: z.unknown(),
  after: z.unknown(),
});

export const ZAuditPage = z.object({ items: z.array(ZAuditEntry), hasMore: z.boolean(), page: z.number() });
