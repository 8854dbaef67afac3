/**
 * Shared steps for the golden journeys. The login page has inputs labelled for the username/NIP
 * and the password; in demo mode it lists the demo accounts, which the server also returns from
 * GET /api/auth/demo-accounts ({ isDemo, accounts: [{ username, password, label }] }).
 */
import { type APIRequestContext, expect, type Page } from '@playwright/test';

export interface DemoAccount {
  username: string;
  password: string;
  label: string;
}

/** Labels of the login form, in Indonesian (default) and English. */
const USERNAME_LABEL = /NIP|nama pengguna|username/i;
const PASSWORD_LABEL = /kata sandi|password/i;
const SUBMIT_NAME = /^(masuk|log ?in|sign in)$/i;

/** The demo accounts the server offers (empty outside demo mode). */
export async function demoAccounts(request: APIRequestContext): Promise<DemoAccount[]> {
  const response = await request.get('/api/auth/demo-accounts');
  expect(response.ok(), `GET /api/auth/demo-accounts answered ${response.status()}`).toBeTruthy();
  const body = (await response.json()) as { isDemo: boolean; accounts: DemoAccount[] };
  expect(body.isDemo, 'the e2e server must run in demo mode (serve --demo-if-empty)').toBe(true);
  return body.accounts;
}

/** Finds the demo account whose label (e.g. "Admin instansi", "Pejabat penilai") matches. */
export async function demoAccount(request: APIRequestContext, label: RegExp | string): Promise<DemoAccount> {
  const accounts = await demoAccounts(request);
  const pattern = typeof label === 'string' ? new RegExp(label, 'i') : label;
  const found = accounts.find((a) => pattern.test(a.label));
  if (!found) {
    throw new Error(`no demo account labelled ${pattern}; have: ${accounts.map((a) => a.label).join(', ')}`);
  }
  return found;
}

/** Logs in through the login page, as a person would, and waits until the login page is gone. */
export async function loginViaUi(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(USERNAME_LABEL).first().fill(username);
  await page.getByLabel(PASSWORD_LABEL).first().fill(password);
  await page.getByRole('button', { name: SUBMIT_NAME }).click();
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
}

/** Logs in through the login page with the demo account whose label matches. */
export async function loginAsDemo(page: Page, label: RegExp | string): Promise<DemoAccount> {
  const account = await demoAccount(page.request, label);
  await loginViaUi(page, account.username, account.password);
  return account;
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

/** Logs out through the API. */
export async function logout(page: Page): Promise<void> {
  await page.request.post('/api/auth/logout');
}
