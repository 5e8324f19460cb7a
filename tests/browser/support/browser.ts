import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** CHROMIUM_PATH points the tests at another Chromium; Debian's is the default. */
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: EXECUTABLE,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * What a test file needs of its Chromium: fresh contexts (own storage, own cookies, own service
 * workers). The offline worker is blocked unless a context allows it (`serviceWorkers: 'allow'`,
 * as the tests of offline use do): in every fresh context it would install and store the site's
 * files while the test runs, which cost the suite time and told the other tests nothing.
 */
export interface FileBrowser {
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * One Chromium for the test file that calls this at its top level: launched before its first
 * test, closed after its last (then `after`, for what the file wants to say or undo).
 */
export function browserForFile(after?: () => Promise<void> | void): FileBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await after?.();
  });
  return {
    newContext(options) {
      if (!browser) throw new Error('Chromium did not start; see the error of beforeAll above.');
      return browser.newContext({ serviceWorkers: 'block', ...options });
    },
  };
}

/** Everything a page did that a test may want to assert on afterwards. */
export interface PageLog {
  requests: string[];
  consoleErrors: string[];
  cspViolations: string[];
}

/** Opens a page that records its requests, console errors and CSP violations. */
export async function openPage(context: BrowserContext): Promise<{ page: Page; log: PageLog }> {
  const page = await context.newPage();
  const log: PageLog = { requests: [], consoleErrors: [], cspViolations: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => log.consoleErrors.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { page, log };
}

/** Requests that went anywhere but the site's own origin (data: and blob: URLs stay on the device). */
export function offOrigin(log: PageLog, origin: string): string[] {
  return log.requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
}

/** Asserts what every page visit promises: no request left the origin and nothing was logged as an error. */
export function expectCleanVisit(log: PageLog, origin: string): void {
  expect(offOrigin(log, origin)).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
}

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Runs axe-core for WCAG 2.0–2.2 A and AA in the page and returns the violations, readable. */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() runs outside the page's CSP, so the site's policy needs no exception for the test.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

/**
 * Runs `body` on a fresh page in a fresh context, then asserts what every visit promises (nothing
 * left `origin`, no console error) and closes the context.
 */
export async function cleanVisit(
  browser: FileBrowser,
  origin: string,
  body: (page: Page, log: PageLog, context: BrowserContext) => Promise<void>,
  options?: BrowserContextOptions,
): Promise<void> {
  const context = await browser.newContext(options);
  try {
    const { page, log } = await openPage(context);
    await body(page, log, context);
    expectCleanVisit(log, origin);
  } finally {
    await context.close();
  }
}
