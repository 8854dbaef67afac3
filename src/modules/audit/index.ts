export { type AuditEntry, writeAudit } from './audit.repository.ts';
export { auditRoutes } from './audit.routes.ts';
