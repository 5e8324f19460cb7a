import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { britishSpellings } from './british-spellings.ts';
import { interfaceText, markdownProse, withoutQuotedWorks, yamlText } from './reader-text.ts';
import { otherLanguages } from '../../support/content.ts';

/** Files under `dir` (recursively) whose names end in one of `extensions`. */
function filesIn(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => extensions.some((ext) => f.endsWith(ext)))
    .map((f) => join(dir, f))
    .sort();
}

/** Text in the site's other languages (their folders, their catalogs, site.yaml's translations) is not English. */
const others = otherLanguages();
const translated = new RegExp(`^content/(?:(?:playbook|assessment)/(?:${others.join('|') || '-'})/|i18n/)`);
/** A component holding one language's text ends in that language's code (AboutDe.astro). */
const inOtherLanguage = (file: string) => translated.test(file) || others.some((l) => file.endsWith(`${l.charAt(0).toUpperCase()}${l.slice(1)}.astro`));
const withoutTranslations = (yaml: string) => yaml.replace(/^translations:\n(?:(?:[ #].*)?\n)*/m, (block) => block.replace(/[^\n]/g, ' '));

const ALL_READER_FILES: [string, (text: string) => string][] = [
  ...filesIn('content/playbook', ['.mdx']).map((f) => [f, (t: string) => markdownProse(withoutQuotedWorks(t))] as [string, (text: string) => string]),
  ...filesIn('content/templates', ['.md', '.mdx']).map((f) => [f, markdownProse] as [string, (text: string) => string]),
  ...filesIn('content/assessment', ['.yaml', '.yml']).map((f) => [f, yamlText] as [string, (text: string) => string]),
  ['content/site.yaml', (t: string) => yamlText(withoutTranslations(t))] as [string, (text: string) => string],
  ...filesIn('src', ['.astro', '.tsx', '.ts']).map((f) => [f, interfaceText] as [string, (text: string) => string]),
];
const READER_FILES = ALL_READER_FILES.filter(([file]) => !inOtherLanguage(file));

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
