/**
 * The walk-through of issue 9, in every role the demo offers: log in as that role, open every page
 * of that role's own menu (read from the navbar, so a new entry is walked without touching this
 * spec), and check on each, once its requests have settled:
 *   - no request the page made on load was refused or failed (a 4xx/5xx is a page asking for what
 *     the role may not have — the ACCESS.DENIED a new user would see — or a bug);
 *   - no error is shown (an error alert carries its code under "Detail teknis");
 *   - a read-only role is offered no button that would write (the API would refuse it);
 *   - at 360 px (the phone project), the page does not scroll sideways;
 *   - axe: no critical or serious violation.
 * Each role once: on desktop the roles without `phone`; on the 360 px phone the roles whose menus together hold every
 * page (layout is the page's, not the role's), to keep the suite's time modest. A failure names
 * the role and the page.
 */
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, openAsDemo } from './helpers.ts';

interface Role {
  name: string;
  label: RegExp;
  /** Walked on the phone instead of desktop: these menus together hold every page of the app at 360 px. */
  phone?: boolean;
  /** Writes nothing: no enabled button that creates, saves or changes. */
  readOnly?: boolean;
}

const ROLES: Role[] = [
  { name: 'pegawai', label: /^Pegawai pelaksana/, phone: true },
  { name: 'pejabat penilai', label: /^Pejabat penilai/, phone: true },
  { name: 'atasan pejabat penilai (kepala OPD)', label: /^Kepala OPD/ },
  { name: 'guru', label: /^Guru/ },
  { name: 'admin unit', label: /^Admin unit/ },
  { name: 'admin instansi', label: /^Admin instansi/, phone: true },
  { name: 'auditor', label: /^Auditor/, readOnly: true },
  { name: 'super admin', label: /^Super admin/, phone: true },
];

/** Buttons that write: what a read-only role must not be offered. */
const WRITE_BUTTON =
  /^(tambah|simpan|hapus|ubah|ajukan|tetapkan|kembalikan|impor|buat|unggah|atur ulang|buka kunci|nonaktifkan)\b/i;

/** The paths of the role's menu (navbar links, the account section included), in menu order. */
async function menuPaths(page: Page): Promise<string[]> {
  const nav = page.locator('.mantine-AppShell-navbar a[href]');
  await expect(nav.first()).toBeAttached();
  const hrefs = await nav.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((h) => h.startsWith('/')))];
}

/**
 * Pages already checked by axe at a width (the tests share one worker). A page is checked for the
 * first role that walks it there; Home, which differs most between roles, for every role. The other
 * checks run for every role on every page.
 */
const axeChecked = new Set<string>();

for (const role of ROLES) {
  test(`${role.name} walks every page of their menu${role.phone ? ' @phone-only' : ''}`, async ({ page }, testInfo) => {
    // A dozen pages, each checked by axe: longer than one journey.
    test.setTimeout(240_000);
    const isPhone = testInfo.project.name === 'phone';
    const failed: string[] = [];
    page.on('response', (res) => {
      const url = new URL(res.url());
      if (url.pathname.startsWith('/api/') && res.status() >= 400)
        failed.push(`${res.request().method()} ${url.pathname}${url.search} → ${res.status()}`);
    });

    await openAsDemo(page, role.label, '/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const paths = await menuPaths(page);
    expect(paths.length, `${role.name}: the menu has pages`).toBeGreaterThan(1);

    for (const path of paths) {
      const where = `${path} as ${role.name} (${testInfo.project.name})`;
      failed.length = 0;
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), where).toBeVisible();
      await page.waitForLoadState('networkidle');

      expect.soft(failed, `${where}: requests refused or failed on load`).toEqual([]);
      await expect.soft(page.getByTestId('error-code'), `${where}: an error is shown`).toHaveCount(0);
      await expect.soft(page.getByText(/ACCESS\.DENIED/), `${where}: ACCESS.DENIED shown`).toHaveCount(0);
      if (role.readOnly) {
        const writes = page.getByRole('button', { name: WRITE_BUTTON, disabled: false });
        await expect.soft(writes, `${where}: a read-only role is offered a write`).toHaveCount(0);
      }
      if (isPhone) {
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
          innerWidth: window.innerWidth,
        }));
        expect.soft(scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(innerWidth);
      }
      const axeKey = `${testInfo.project.name} ${path}`;
      if (path === '/' || !axeChecked.has(axeKey)) {
        await expectAccessible(page, where);
        axeChecked.add(axeKey);
      }
    }
  });
}
