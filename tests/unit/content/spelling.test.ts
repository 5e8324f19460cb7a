import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { britishSpellings } from './british-spellings.ts';
import { interfaceText, markdownProse, withoutQuotedWorks, yamlText } from './reader-text.ts';

/** Files under `dir` (recursively) whose names end in one of `extensions`. */
function filesIn(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => extensions.some((ext) => f.endsWith(ext)))
    .map((f) => join(dir, f))
    .sort();
}

/**
 * Text in the site's other languages keeps its own spelling: translations live in a folder named
 * for their language (content/playbook/de/), and a component holding one language's text ends in
 * that language's code (AboutDe.astro).
 */
const site = parse(readFileSync('content/site.yaml', 'utf8')) as { lang?: string; languages?: string[] };
const otherLanguages = (site.languages ?? []).filter((l) => l !== (site.lang ?? 'en'));
const inOtherLanguage = (file: string): boolean =>
  otherLanguages.some((l) => file.split('/').includes(l) || file.endsWith(`${l.charAt(0).toUpperCase()}${l.slice(1)}.astro`));

const READER_FILES = ([
  ...filesIn('content/playbook', ['.mdx']).map((f) => [f, (t: string) => markdownProse(withoutQuotedWorks(t))] as [string, (text: string) => string]),
  ...filesIn('content/templates', ['.md', '.mdx']).map((f) => [f, markdownProse] as [string, (text: string) => string]),
  ...filesIn('content/assessment', ['.yaml', '.yml']).map((f) => [f, yamlText] as [string, (text: string) => string]),
  ['content/site.yaml', yamlText],
  ...filesIn('src', ['.astro', '.tsx', '.ts']).map((f) => [f, interfaceText] as [string, (text: string) => string]),
] as [string, (text: string) => string][]).filter(([file]) => !inOtherLanguage(file));

describe('American English', () => {
  test('the check names a British spelling with its file and line, and ignores quotations and code comments', () => {
    const chapter = '---\ntitle: "x"\n---\n\nOur organisation.\n\n<Quote cite="a" source="b">The colour of it.</Quote>\n\n[^a]: Smith, *Organisational Behaviour*, 1990.\n';
    expect(britishSpellings('c.mdx', markdownProse(withoutQuotedWorks(chapter)))).toEqual([
      'c.mdx:5: “organisation” (use organiz…)',
    ]);
    const code = '// the behaviour we want\nconst label = "Pick a colour";\n<section aria-labelledby="x">Practise it</section>\n';
    expect(britishSpellings('x.tsx', interfaceText(code))).toEqual([
      'x.tsx:2: “colour” (use color)',
      'x.tsx:3: “Practise” (use practice (verb too))',
    ]);
    expect(britishSpellings('y.yaml', yamlText('# behaviour\ntext: I was practising\n'))).toEqual([
      'y.yaml:2: “practising” (use practice (verb too))',
    ]);
  });

  test('leaves American spellings alone', () => {
    const american = 'Our organization’s behavior, color, program, center and favor; we practice, recognize, canceled and labeled. Analyses and emphasis are nouns.';
    expect(britishSpellings('a.mdx', american)).toEqual([]);
  });

  test.each(READER_FILES)('%s uses American spelling', (file, readerText) => {
    const found = britishSpellings(file, readerText(readFileSync(file, 'utf8')));
    expect(found, `British spellings:\n${found.join('\n')}`).toEqual([]);
  });
});
