import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { tempProject } from './temp-project.ts';

/** A chapter in a sub-folder of content/playbook/ gets the address of its path, like any other chapter. */
describe('a chapter in content/playbook/guides/', () => {
  const project = tempProject();
  let result: { ok: boolean; output: string };
  const page = () => readFileSync(join(project.dir, 'dist/playbook/guides/first-steps/index.html'), 'utf8');

  beforeAll(() => {
    project.add(
      'content/playbook/guides/first-steps.mdx',
      [
        '---',
        'title: First steps',
        'description: A short guide that lives in a folder of its own, to show that folders work.',
        'section: practice',
        'order: 90',
        'lastReviewed: 2026-11-01',
        '---',
        '',
        '## Where to begin',
        '',
        'Read about [trust](/playbook/trust/) first, then come back to [this heading](/playbook/guides/first-steps/#where-to-begin).',
        '',
      ].join('\n'),
    );
    project.edit('content/playbook/culture-first.mdx', (t) => `${t}\nNew here? See [First steps](/playbook/guides/first-steps/#where-to-begin).\n`);
    result = project.build();
  });

  test('builds, with every link to and from it checked', () => {
    expect(result.output).toContain('every internal link and anchor resolves');
    expect(result.ok).toBe(true);
  });

  test('is served at /playbook/guides/first-steps/ and indexed for search', () => {
    expect(existsSync(join(project.dir, 'dist/playbook/guides/first-steps/index.html'))).toBe(true);
    expect(page()).toContain('<h1');
    expect(page()).toContain('data-pagefind-body');
  });

  test('the sidebar marks it as the current page and previous/next lead on', () => {
    expect(page()).toMatch(/<a href="\/playbook\/guides\/first-steps\/" aria-current="page">First steps<\/a>/);
    expect(page()).toMatch(/rel="prev" href="\/playbook\/[a-z/-]+\/"/);
  });

  test('the chapter before it links to it as next', () => {
    const before = page().match(/rel="prev" href="(\/playbook\/[a-z/-]+\/)"/)?.[1] ?? '';
    const previous = readFileSync(join(project.dir, 'dist', before, 'index.html'), 'utf8');
    expect(previous).toMatch(/rel="next" href="\/playbook\/guides\/first-steps\/"/);
  });
});
