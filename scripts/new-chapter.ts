/**
 * `npm run new:chapter -- "Title" [--section practice]`: writes content/playbook/<slug>.mdx with
 * valid frontmatter, placed last in its section, and prints where it went.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFrontmatter } from '../src/content-data/frontmatter.ts';
import { chapterFiles } from '../src/content-data/chapter-files.ts';
import { SECTION_IDS, type SectionId } from '../src/playbook/sections.ts';

const DIR = 'content/playbook';
const args = process.argv.slice(2);
const sectionFlag = args.indexOf('--section');
const section = (sectionFlag >= 0 ? args[sectionFlag + 1] : 'practice') as SectionId;
const title = args.filter((_, i) => i !== sectionFlag && i !== sectionFlag + 1).join(' ').trim();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!title) fail('Give the chapter a title: npm run new:chapter -- "Running a skill swap" [--section practice]');
if (!SECTION_IDS.includes(section)) fail(`--section must be one of: ${SECTION_IDS.join(', ')} (got "${section}").`);

const slug = title
  .toLowerCase()
  .normalize('NFKD')
  .replace(/[\u0300-\u036f]/g, '')
  .replace(/[^a-z0-9]+/g, '-')
  .replace(/^-|-$/g, '');
if (!slug) fail(`"${title}" has no letters or digits to make a file name from.`);
const file = `${DIR}/${slug}.mdx`;
if (existsSync(file)) fail(`${file} already exists. Choose another title or edit that file.`);

const orders = [...chapterFiles().values()]
  .map((f) => readFrontmatter(readFileSync(f, 'utf8')).data)
  .filter((d) => d.section === section)
  .map((d) => (typeof d.order === 'number' ? d.order : 0));
const order = Math.max(0, ...orders) + 1;
const today = new Date().toISOString().slice(0, 10);

writeFileSync(
  file,
  `---
title: ${JSON.stringify(title)}
description: "One plain sentence that says what a reader gets from this chapter."
section: ${section}
order: ${order}
lastReviewed: ${today}
---

Open with the problem this chapter helps a leader solve, in two or three sentences.

## What to do first

Write the advice here. Components such as \`<Callout type="tip">\`, \`<Play>\` and \`<Quote>\` are
described in the authoring guide (docs/authoring.md).
`,
);
console.log(`Wrote ${file} (section "${section}", order ${order}). Run npm run dev to see it at /playbook/${slug}/.`);
