export { authRoutes } from './auth.routes.ts';
export { createAccount, hashToken, SESSION_COOKIE } from './auth.service.ts';
export { estimateHashingMs, hashConcurrency, hashPassword, hashPasswords, MIN_PASSWORD_LENGTH } from './password.ts';
export { assertStrongPassword, drawAcceptable, PASSWORD_RULE_CODES, passwordChecker } from './password-rules.ts';
export { sessionPlugin } from './session.plugin.ts';
export { meOfPage } from './session-page.ts';
export { normalizeUsername } from './username.ts';
