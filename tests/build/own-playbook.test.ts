import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generatePlaybook } from '../../scripts/bench/generate-playbook.ts';
import { tempProject } from './temp-project.ts';

/**
 * An organization that replaces the shipped playbook with its own chapters, keeping only what the
 * instrument and the templates need (the attribute chapters, their plays, the templates' chapters).
 * The check's About page names chapters and references of the shipped playbook; without them it
 * must still build, naming them without a link.
 */
describe('a site built with an organization’s own playbook', () => {
  const project = tempProject();
  let result: { ok: boolean; output: string };
  const about = (lang = '') => readFileSync(join(project.dir, 'dist', lang, 'assessment/about/index.html'), 'utf8');

  beforeAll(() => {
    generatePlaybook(24, join(project.dir, 'content/playbook'), join(project.dir, 'content/assessment'));
    result = project.build();
  });

  test('builds, with every link checked', () => {
    expect(result.output).toContain('every internal link and anchor resolves');
    expect(result.ok).toBe(true);
  });

  test('the About page names the chapters and references this playbook lacks, without links', () => {
    const page = about();
    expect(page).toMatch(/which is why the team readout looks at the spread/);
    expect(page).not.toContain('/playbook/facilitating-the-check/');
    expect(page).toMatch(/of Garvin, Edmondson and Gino and the Dimensions/);
    expect(page).not.toContain('/playbook/references/#');
    expect(page).not.toContain('Reading your results');
  });

  test('and still links to a chapter it has, at its top when the heading it named is gone', () => {
    expect(about()).toContain('for example <a href="/playbook/trust/">trust</a>');
    expect(about('de')).toContain('zum Beispiel bei <a href="/de/playbook/trust/">Vertrauen</a>');
  });
});
