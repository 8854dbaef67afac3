export { akunRoutes } from './akun.routes.ts';
export { generatePassword } from './akun.service.ts';
