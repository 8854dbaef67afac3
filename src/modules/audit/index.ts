export { type AuditEntry, writeAudit, writeAuditRows } from './audit.repository.ts';
export { auditRoutes } from './audit.routes.ts';
