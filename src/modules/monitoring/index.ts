/** Public surface of the monitoring module. */
export { monitoringRoutes } from './monitoring.routes.ts';
export { countPengisianScope } from './pengisian-cache.ts';
export {
  canPrintUnit,
  headedUnitIds,
  resolveUnitAccess,
  seesWholeTenant,
  tanggalAcuan,
  type UnitAccess,
} from './unit-access.ts';
