import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { markdownProse } from './reader-text.ts';

/** Every straight apostrophe or quotation mark in the prose of `text`, as "file:line: …context…". */
function straightQuotes(file: string, text: string): string[] {
  const found: string[] = [];
  markdownProse(text)
    .split('\n')
    .forEach((line, index) => {
      for (const match of line.matchAll(/['"]/g)) {
        const at = match.index ?? 0;
        const context = line.slice(Math.max(0, at - 20), at + 20).trim();
        found.push(`${file}:${index + 1}: straight ${match[0] === "'" ? 'apostrophe' : 'quotation mark'} in “${context}” (use ’ or “ ”)`);
      }
    });
  return found;
}

const files = ['content/playbook', 'content/templates']
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).map((f) => `${dir}/${f}`))
  .sort();

describe('typographic apostrophes and quotation marks', () => {
  test('the check finds straight quotes in prose and ignores frontmatter, code, imports and attributes', () => {
    const chapter = [
      '---',
      'title: "It\'s fine here"',
      '---',
      "import X from './x';",
      '',
      'We don\'t say "hello" in `code \'here\'`.',
      '<Play id="a" title="x" purpose="y">',
      '',
      '```mdx',
      "<Callout type='tip' />",
      '```',
      'All’s well, “quoted”.',
    ].join('\n');
    expect(straightQuotes('c.mdx', chapter).map((f) => f.split(' in ')[0])).toEqual([
      'c.mdx:6: straight apostrophe',
      'c.mdx:6: straight quotation mark',
      'c.mdx:6: straight quotation mark',
    ]);
  });

  test.each(files)('%s uses ’ “ ” in its prose', (file) => {
    const found = straightQuotes(file, readFileSync(file, 'utf8'));
    expect(found, `Straight quotes:\n${found.join('\n')}`).toEqual([]);
  });
});
