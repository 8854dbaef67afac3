/**
 * The UI opened by a host name other than localhost over plain HTTP, as on an agency's intranet
 * (issue 8, point 7): the page renders, every asset loads over http from that host (a CSP with
 * `upgrade-insecure-requests` made the browser fetch them over https, and the page stayed blank), and
 * logging in works — the CSRF check sees the same scheme, host and port in Origin and Host.
 */
import { expect, test } from '@playwright/test';
import { demoAccount, E2E_HOST_NAME } from './helpers.ts';

test('the app opened by host name over plain HTTP renders the login form and logs in', async ({ page, baseURL }) => {
  const base = new URL(baseURL ?? '');
  test.skip(
    !['127.0.0.1', 'localhost'].includes(base.hostname),
    'the host name maps to 127.0.0.1: only for a server on this machine',
  );
  const origin = `http://${E2E_HOST_NAME}:${base.port}`;
  const account = await demoAccount(page.request, /admin instansi/i);

  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.method()} ${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 500) failed.push(`${r.request().method()} ${r.url()}: ${r.status()}`);
  });
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));

  const first = await page.goto(`${origin}/masuk`);
  expect(first?.status()).toBe(200);
  const username = page.getByRole('textbox', { name: /NIP atau nama pengguna|NIP or username/i });
  await expect(username).toBeVisible();
  await username.fill(account.username);
  await page
    .locator('input')
    .and(page.getByLabel(/^(kata sandi|password)/i))
    .first()
    .fill(account.password);
  await page.getByRole('button', { name: /^(masuk|log in)$/i }).click();
  await expect(page).not.toHaveURL(/\/masuk(\?|$)/);
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(origin);

  expect(failed).toEqual([]);
  expect(first?.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
  expect(urls.length).toBeGreaterThan(3);
  expect(urls.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'))).toEqual([]);
});
