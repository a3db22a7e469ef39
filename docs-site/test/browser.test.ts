// Real-browser tests: Debian's Chromium driven by playwright-core, against the built site served by the same
// static server `npm run docs` uses. Every request that would leave the machine is blocked and reported.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../scripts/serve.js';
import { CHROMIUM, launch } from './browser.js';
import { ARTIFACTS, OUT, requireSite } from './helpers.js';

requireSite();
if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);

const server = createStaticServer(OUT);
let base = '';
let context: BrowserContext;
let close: () => Promise<void>;
const external: string[] = [];

const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? pages(full) : n.endsWith('.html') ? [relative(OUT, full).split('\\').join('/')] : [];
  });

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  ({ context, close } = await launch());
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await close?.();
  await new Promise((r) => server.close(r));
});

/** Opens a page and records console errors, uncaught exceptions and failed local requests. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => { if (r.url().startsWith(base)) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(base + path, { waitUntil: 'load' });
  return { page, problems };
}

describe('docs site in Chromium', () => {
  it('search for customer.email lands on its dictionary entry with its X12 and EDIFACT places', async () => {
    const { page, problems } = await open('index.html');
    await page.fill('#search', 'customer.email');
    const first = page.locator('#search-results li a').first();
    await first.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await first.textContent()).toContain('lex.payload.lead.customer.email');
    await page.keyboard.press('Enter');
    await page.waitForURL(/fields\.html#lex\.payload\.lead\.customer\.email$/, { timeout: 15_000 });
    const entry = page.locator('article[id="lex.payload.lead.customer.email"]');
    await entry.waitFor({ state: 'visible' });
    expect(await entry.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; })).toBe(true);
    expect(await entry.locator('dd.x12').textContent()).toMatch(/PER04.*PER01=IC.*PER03=EM/);
    expect(await entry.locator('dd.edifact').textContent()).toMatch(/COM01\.1.*COM01\.2=EM/);
    expect(await entry.locator('dd.xml').textContent()).toContain('/lex/Payload/Lead/Customer/Email');
    await entry.screenshot({ path: join(ARTIFACTS, 'dictionary-customer-email.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'dictionary-page.png') });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('search also finds enum values and error codes', async () => {
    const { page } = await open('lifecycle.html');
    await page.fill('#search', 'INVALID_STATUS_TRANSITION');
    await page.locator('#search-results li a[data-kind="error"]').first().waitFor({ timeout: 10_000 });
    await page.fill('#search', 'TEST_DRIVE_COMPLETED');
    await page.locator('#search-results li a[data-kind="value"]').first().waitFor({ timeout: 10_000 });
    await page.close();
  }, 60_000);

  it('the playground turns the seed X12 example into JSON-EDI and reports the errors of a broken one', async () => {
    const { page, problems } = await open('playground.html');
    await page.waitForFunction(() => document.body.dataset.pgState === 'ready');
    await page.selectOption('#pg-sample', { label: 'Seed: reference-lead.x12' });
    await page.waitForFunction(() => ['valid', 'invalid'].includes(document.body.dataset.pgState ?? ''));
    expect(await page.textContent('#pg-status')).toContain('Read as X12 850');
    await page.click('#pg-tab-json');
    const json = JSON.parse((await page.textContent('#pg-out-json code')) ?? '');
    expect(json.lex.payload.lead.leadId).toBe('LEAD-2026-001234');
    expect(json.lex.payload.lead.status).toBe('EXPRESSED_INTEREST');
    expect(json.lex.payload.lead.customer.lastName).toMatch(/^doe$/i);
    expect(json.lex.header.senderId).toBe('DEALER-001');
    expect(await page.textContent('#pg-out-xml code')).toMatch(/<lex[\s>]/);
    expect(await page.textContent('#pg-out-edifact code')).toMatch(/UN[AB]/);
    await page.screenshot({ path: join(ARTIFACTS, 'playground-x12.png'), fullPage: true });

    // broken: the same interchange with a status LEX does not know
    await page.selectOption('#pg-sample', { label: 'Broken: reference-lead.x12 with an unknown status' });
    await page.waitForFunction(() => document.body.dataset.pgState === 'invalid');
    const issues = await page.textContent('#pg-issues');
    expect(issues).toContain('INVALID_ENUM_VALUE');
    expect(issues).toContain('/lex/payload/lead/status');
    expect(await page.textContent('#pg-status')).toContain('Not valid');

    // unreadable: a truncated interchange is reported with its code, not a crash
    const x12 = await page.inputValue('#pg-input');
    await page.fill('#pg-input', x12.slice(0, 120));
    await page.click('#pg-run');
    await page.waitForFunction(() => ['unreadable', 'invalid'].includes(document.body.dataset.pgState ?? ''));
    expect(await page.locator('#pg-issues table.issues tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'playground-broken.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);

  it('no page logs a console error, throws, or requests anything outside the site', async () => {
    const all = pages(OUT);
    expect(all.length).toBeGreaterThan(15);
    const report: string[] = [];
    for (const path of all) {
      const { page, problems } = await open(path);
      await page.waitForLoadState('networkidle').catch(() => undefined);
      if (path === 'api/index.html') {
        // expand an operation so Redoc renders the examples, too
        await page.locator('text=Submit a LEX message').first().click({ timeout: 5_000 }).catch(() => undefined);
        await page.waitForTimeout(500);
      }
      report.push(...problems.map((p) => `${path}: ${p}`));
      await page.close();
    }
    expect(report).toEqual([]);
    expect(external).toEqual([]);
  }, 240_000);

  it('every internal link resolves, fragments included', async () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = async (page: Page, path: string) => {
      if (!ids.has(path)) ids.set(path, new Set(await page.evaluate(() => Array.from(document.querySelectorAll('[id]'), (e) => e.id))));
      return ids.get(path)!;
    };
    const checker = await context.newPage();
    const redocRoutes = new Set<string>();
    for (const path of pages(OUT)) {
      const { page } = await open(path);
      const links: string[] = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href));
      await idsOf(page, path);
      await page.close();
      for (const href of new Set(links)) {
        if (!href.startsWith(base)) {
          // Redoc's own "powered by" link is the only link that leaves the site
          if (path === 'api/index.html' && /^https:\/\/redocly\.com\//.test(href)) continue;
          broken.push(`${path}: external link ${href}`);
          continue;
        }
        const url = new URL(href);
        const target = decodeURIComponent(url.pathname.slice(1)) || 'index.html';
        const file = target.endsWith('/') ? `${target}index.html` : target;
        if (!existsSync(join(OUT, file)) || (statSync(join(OUT, file)).isDirectory() && !existsSync(join(OUT, file, 'index.html')))) {
          if (path === 'api/index.html') redocRoutes.add(url.pathname);
          else broken.push(`${path}: ${href} (no such file)`);
          continue;
        }
        if (!url.hash || !file.endsWith('.html')) continue;
        if (file === 'api/index.html') continue; // Redoc routes its own #tag/… and #operation/… fragments
        if (!ids.has(file)) {
          await checker.goto(base + file);
          await idsOf(checker, file);
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (!ids.get(file)!.has(id)) broken.push(`${path}: ${href} (no element #${id})`);
      }
    }
    // Redoc's sidebar links (/leads, /health, …) are client-side routes: a click must keep the reader on the API
    // page (Redoc turns it into #/leads) instead of leaving for a missing file.
    for (const route of redocRoutes) {
      const { page, problems } = await open('api/index.html');
      await page.locator(`a[href="${route}"]`).first().click({ timeout: 10_000 });
      await page.waitForTimeout(300);
      if (!page.url().startsWith(`${base}api/index.html`)) broken.push(`api/index.html: ${route} leaves the API page (${page.url()})`);
      broken.push(...problems.map((p) => `api/index.html after clicking ${route}: ${p}`));
      await page.close();
    }
    await checker.close();
    expect(broken).toEqual([]);
  }, 300_000);
});
