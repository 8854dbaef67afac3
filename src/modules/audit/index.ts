export { type AuditEntry, auditInsertFrom, writeAudit, writeAuditRows } from './audit.repository.ts';
export { auditRoutes } from './audit.routes.ts';
