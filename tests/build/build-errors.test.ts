import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempProject } from './temp-project.ts';

/** Each case breaks one thing in a copy of the project; the build must stop and say what and where. */
describe('a build with a mistake in the content stops and names the file and the problem', () => {
  test('a chapter whose section is not one of the four', () => {
    const project = tempProject();
    project.edit('content/playbook/trust.mdx', (t) => t.replace('section: attributes', 'section: atributes'));
    const { ok, output } = project.build();
    expect(ok).toBe(false);
    expect(output).toContain('content/playbook/trust.mdx');
    expect(output).toMatch(/section: must be one of: foundations, attributes, practice, reference/);
  });

  test('a chapter without a title', () => {
    const project = tempProject();
    project.edit('content/playbook/roadmap.mdx', (t) => t.replace(/^title: .*\n/m, ''));
    const { ok, output } = project.build();
    expect(ok).toBe(false);
    expect(output).toContain('content/playbook/roadmap.mdx');
    expect(output).toMatch(/title: /);
  });

  describe('broken links, both found by one full build (npm run build)', () => {
    let result: { ok: boolean; output: string };
    let dist = '';
    beforeAll(() => {
      const project = tempProject();
      project.edit(
        'content/playbook/culture-first.mdx',
        (t) => `${t}\nSee [the missing part](/playbook/trust/#no-such-heading).\n\nSee [gone](/playbook/not-written-yet/).\n`,
      );
      result = project.build('npm');
      dist = join(project.dir, 'dist');
    });

    test('a site that fails its checks gets no search index and no offline worker', () => {
      expect(result.ok).toBe(false);
      expect(existsSync(join(dist, 'index.html'))).toBe(true);
      expect(existsSync(join(dist, 'pagefind'))).toBe(false);
      expect(existsSync(join(dist, 'service-worker.js'))).toBe(false);
    });

    test('a chapter linking to a heading that does not exist', () => {
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(
        /content\/playbook\/culture-first\.mdx:\d+: "\/playbook\/trust\/#no-such-heading": the page exists but has no heading or element with id "no-such-heading"/,
      );
    });

    test('a chapter linking to a page that does not exist', () => {
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/content\/playbook\/culture-first\.mdx:\d+: "\/playbook\/not-written-yet\/" leads to a page or file that does not exist/);
    });
  });

  test('an instrument whose advice points to a chapter that does not exist', () => {
    const project = tempProject();
    project.edit('content/assessment/learning-culture-readiness.yaml', (t) => t.replace('chapter: trust, anchor:', 'chapter: trusting, anchor:'));
    const { ok, output } = project.build();
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/assessment\/learning-culture-readiness\.yaml:\d+: advice\[\d+\]\.link\.chapter: .*"trusting"/);
  });

  test('a settings file that is not valid YAML', () => {
    const project = tempProject();
    project.edit('content/site.yaml', (t) => t.replace('title: Culture First', 'title: [Culture First'));
    const { ok, output } = project.build();
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/site\.yaml:\d+: /);
    expect(output).toContain('not valid YAML');
  });

  test('an accent colour without enough contrast, with the ratio it got', () => {
    const project = tempProject();
    project.edit('content/site.yaml', (t) => t.replace('light: "#1f5a96"', 'light: "#8fb3d9"'));
    const { ok, output } = project.build();
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/site\.yaml:\d+: accent\.light: #8fb3d9 has a contrast ratio of \d\.\d\d:1 on the light theme/);
  });

  test('turning the readiness check off names every chapter that still links to it', () => {
    const project = tempProject();
    project.edit('content/site.yaml', (t) => t.replace('  assessment: true', '  assessment: false'));
    const { ok, output } = project.build();
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/playbook\/trust\.mdx:\d+: "\/assessment\/" leads to a page or file that does not exist/);
    expect(output).not.toContain('/assessment/index.html');
  });
});
