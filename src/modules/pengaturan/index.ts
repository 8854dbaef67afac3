export { pengaturanRoutes } from './pengaturan.routes.ts';
export { loadSettings } from './pengaturan.service.ts';
