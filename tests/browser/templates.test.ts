import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { axeViolations, browserForFile, offOrigin, openPage } from './support/browser.ts';

const DIR = 'content/templates';
const templates = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .map((file) => {
    const text = readFileSync(`${DIR}/${file}`, 'utf8');
    const front = parse(text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '') as { title: string };
    return { slug: file.replace(/\.md$/, ''), title: front.title };
  });

/** Pages in a PDF as Chromium writes it: the page tree's /Count. */
function pdfPages(pdf: Buffer): number {
  return Number(pdf.toString('latin1').match(/\/Type \/Pages[\s\S]*?\/Count (\d+)/)?.[1] ?? 0);
}

const browser = browserForFile();

test('the issue’s five templates are all there', () => {
  expect(templates.map((t) => t.slug).sort()).toEqual(
    expect.arrayContaining(['launch-remarks', 'personal-learning-plan', 'pilot-design', 'sponsor-charter', 'team-working-agreement']),
  );
});

for (const [label, key] of [
  ['at the root', 'rootSite'],
  ['under a sub-path', 'subSite'],
] as const) {
  describe(`templates ${label}`, () => {
    const site = inject(key);

    test.each(templates)('$slug renders with a “Download as Markdown” link to its Markdown', async ({ slug, title }) => {
      const context = await browser.newContext();
      try {
        const { page, log } = await openPage(context);
        await page.goto(`${site}templates/${slug}/`);
        expect(await page.locator('h1').textContent()).toBe(title);
        const download = page.getByRole('link', { name: 'Download as Markdown' });
        const href = await download.evaluate((a) => (a as HTMLAnchorElement).href);
        expect(href).toBe(`${site}templates/${slug}.md`);

        const response = await fetch(href);
        expect(response.status).toBe(200);
        const markdown = await response.text();
        expect(markdown.startsWith(`# ${title}\n`)).toBe(true);
        expect(markdown).not.toMatch(/^---$/m);
        expect(markdown).toContain('____');

        expect(await axeViolations(page)).toEqual([]);
        expect(offOrigin(log, new URL(site).origin)).toEqual([]);
        expect(log.consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
}

describe('templates on paper', () => {
  const site = inject('rootSite');

  /** Prints `path` in print media on A4 and on Letter and asserts each fits one page. */
  async function printsOnOnePage(path: string) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${site}${path}`);
      await page.emulateMedia({ media: 'print' });
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, preferCSSPageSize: true });
        expect(pdfPages(pdf), `${path} on ${format}`).toBe(1);
      }
    } finally {
      await context.close();
    }
  }

  test.each(templates)('$slug prints on one A4 page and on one Letter page', ({ slug }) => printsOnOnePage(`templates/${slug}/`));

  test.each(['executive-summary', 'ninety-day-plan'])('the chapter %s prints on one A4 page and on one Letter page', (slug) => printsOnOnePage(`playbook/${slug}/`));

  test('the templates index links to every template and its Markdown', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${site}templates/`);
      const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const { slug } of templates) {
        expect(hrefs).toContain(`${site}templates/${slug}/`);
        expect(hrefs).toContain(`${site}templates/${slug}.md`);
      }
    } finally {
      await context.close();
    }
  });
});
