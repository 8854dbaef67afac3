export { pengaturanRoutes } from './pengaturan.routes.ts';
export { loadSettings, loadSettingsWith } from './pengaturan.service.ts';
