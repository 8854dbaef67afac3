export { authRoutes } from './auth.routes.ts';
export { assertStrongPassword, createAccount, hashToken, SESSION_COOKIE } from './auth.service.ts';
export { estimateHashingMs, hashConcurrency, hashPassword, hashPasswords, MIN_PASSWORD_LENGTH } from './password.ts';
export { sessionPlugin } from './session.plugin.ts';
