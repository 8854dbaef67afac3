export { type Actor, actorLabel, type Peran, type RoleGrant, sessionOrgVersion } from './actor.ts';
export {
  type Action,
  authorize,
  can,
  canCreateInstansi,
  isMemberOf,
  requireActor,
  type Scope,
  type Target,
  visibleScope,
} from './policy.ts';
export { registerTenantGuard } from './tenant-guard.ts';
