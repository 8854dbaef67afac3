export { getUnitBrief } from './akun.repository.ts';
export { akunRoutes } from './akun.routes.ts';
export { generatePassword, unlockAkunAsOperator } from './akun.service.ts';
export { type AkunMassalProgress, type AkunMassalResult, buatAkunMassal } from './akun-massal.service.ts';
