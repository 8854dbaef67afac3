/**
 * Shared steps for the golden journeys. The login page (/masuk, web/src/routes/LoginPage.tsx) has
 * inputs labelled "NIP atau nama pengguna" / "NIP or username" and "Kata sandi" / "Password"; in
 * demo mode it shows the demo accounts as cards ("Pakai akun <label>" / "Use account <label>")
 * that fill the form. The server returns the same accounts from GET /api/auth/demo-accounts
 * ({ isDemo, accounts: [{ username, password, label }] }).
 */
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page } from '@playwright/test';

export interface DemoAccount {
  username: string;
  password: string;
  label: string;
}

/** Path of the login page. */
export const LOGIN_PATH = '/masuk';

/** Labels of the login form, in Indonesian (default) and English. */
const USERNAME_LABEL = /NIP atau nama pengguna|NIP or username/i;
const PASSWORD_LABEL = /^(kata sandi|password)/i;
const SUBMIT_NAME = /^(masuk|log in)$/i;

/** The demo accounts the server offers (empty outside demo mode). */
export async function demoAccounts(request: APIRequestContext): Promise<DemoAccount[]> {
  const response = await request.get('/api/auth/demo-accounts');
  expect(response.ok(), `GET /api/auth/demo-accounts answered ${response.status()}`).toBeTruthy();
  const body = (await response.json()) as { isDemo: boolean; accounts: DemoAccount[] };
  expect(body.isDemo, 'the e2e server must run in demo mode (serve --demo-if-empty)').toBe(true);
  return body.accounts;
}

/**
 * Finds the demo account whose label matches. Labels are bilingual, e.g. "Admin instansi / Agency
 * administrator", "Kepala OPD — pejabat penilai (Dinas Pendidikan) / …", "Pegawai pelaksana / …".
 */
export async function demoAccount(request: APIRequestContext, label: RegExp | string): Promise<DemoAccount> {
  const accounts = await demoAccounts(request);
  const pattern = typeof label === 'string' ? new RegExp(label, 'i') : label;
  const found = accounts.find((a) => pattern.test(a.label));
  if (!found) {
    throw new Error(`no demo account labelled ${pattern}; have: ${accounts.map((a) => a.label).join(', ')}`);
  }
  return found;
}

/** Logs in through the login page, typing the credentials, and waits until the login page is gone. */
export async function loginViaUi(page: Page, username: string, password: string): Promise<void> {
  await page.goto(LOGIN_PATH);
  await page.getByRole('textbox', { name: USERNAME_LABEL }).fill(username);
  await page.locator('input').and(page.getByLabel(PASSWORD_LABEL)).first().fill(password);
  await submitLogin(page);
}

/**
 * Logs in as a person trying the demo would: opens the login page, clicks the demo account card
 * whose label matches (it fills the form), and submits.
 */
export async function loginAsDemo(page: Page, label: RegExp | string): Promise<DemoAccount> {
  const account = await demoAccount(page.request, label);
  await page.goto(LOGIN_PATH);
  // The card shows the label in the page's language and the username verbatim: find it by the latter.
  await page.getByRole('button').filter({ hasText: account.username }).first().click();
  await expect(page.getByRole('textbox', { name: USERNAME_LABEL })).toHaveValue(account.username);
  await expectAccessible(page, 'the login page');
  await submitLogin(page);
  return account;
}

async function submitLogin(page: Page): Promise<void> {
  await page.getByRole('button', { name: SUBMIT_NAME }).click();
  await expect(page).not.toHaveURL(/\/(masuk|login)(\?|$)/);
}

/**
 * Logs in through the API (fast; for journeys that are not about logging in). `page.request` shares
 * the browser context's cookies, so the page is logged in afterwards.
 */
export async function loginViaApi(page: Page, username: string, password: string): Promise<void> {
  const response = await page.request.post('/api/auth/login', { data: { username, password } });
  expect(response.ok(), `POST /api/auth/login answered ${response.status()}: ${await response.text()}`).toBeTruthy();
}

/** Logs in through the API with the demo account whose label matches, then opens `path`. */
export async function openAsDemo(page: Page, label: RegExp | string, path = '/'): Promise<DemoAccount> {
  const account = await demoAccount(page.request, label);
  await loginViaApi(page, account.username, account.password);
  await page.goto(path);
  return account;
}

/**
 * First login of an account with a system-generated (one-time) password, as its owner would do it:
 * the API allows nothing else until the password is replaced (AUTH.GANTI_SANDI_WAJIB), so this
 * logs in, sets a password of the owner's own, logs out and returns the new credentials.
 */
export async function replaceOneTimePassword(
  page: Page,
  cred: { username: string; password: string },
): Promise<{ username: string; password: string }> {
  await loginViaApi(page, cred.username, cred.password);
  const newPassword = `sandi-sendiri-${Date.now().toString(36)}`;
  const response = await page.request.post('/api/auth/password', {
    data: { currentPassword: cred.password, newPassword },
  });
  expect(response.ok(), `POST /api/auth/password answered ${response.status()}: ${await response.text()}`).toBeTruthy();
  await logout(page);
  return { username: cred.username, password: newPassword };
}

/** Logs out through the API. */
export async function logout(page: Page): Promise<void> {
  await page.request.post('/api/auth/logout');
}

/**
 * A host name the browser resolves to 127.0.0.1 (playwright.config.ts passes Chromium
 * `--host-resolver-rules`), to open the app as an agency would: by name, over plain HTTP.
 */
export const E2E_HOST_NAME = 'kinerja.test';

/** The super admin the e2e server is started with (playwright.config.ts creates it with the CLI). */
export const E2E_ROOT_USERNAME = 'e2e.root';

/** Its password, random per run; undefined when the specs run against a server started elsewhere. */
export function e2eRootPassword(): string | undefined {
  return process.env.KINERJA_E2E_ROOT_PASSWORD || undefined;
}

/**
 * Checks the page as it is now with axe-core (WCAG 2.x A/AA and best-practice rules) and fails on
 * any critical or serious violation, naming the rule, its help text and the first elements. Call
 * it on every page a journey visits, once the page shows its content (issue 9: 0 critical and 0
 * serious on every page, desktop and phone).
 */
export async function expectAccessible(page: Page, what?: string): Promise<void> {
  // Mantine's transitions (menus, modals) run 150–200 ms; axe must see the settled colours.
  await page.waitForTimeout(250);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
  const report = bad
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×)\n` +
        v.nodes
          .slice(0, 3)
          .map(
            (n) =>
              `    ${n.target.join(' ')} ${n.html.slice(0, 160)}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`,
          )
          .join('\n'),
    )
    .join('\n');
  expect(bad.length, `axe on ${what ?? new URL(page.url()).pathname}:\n${report}`).toBe(0);
}
