/**
 * Writes a synthetic playbook of `count` chapters with the same frontmatter and author components
 * as the real one (Callout, Play, Quote, AttributeCard, footnotes, links between chapters), about
 * 900 words each. Every link points at a generated chapter, so the build's link check passes.
 *
 *   node scripts/bench/generate-playbook.ts <count> <folder>
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inventedName, paragraph, pick, random, sentence, title, type Random } from './text.ts';

/** The instrument's attribute ids: eight generated chapters carry them so <AttributeCard> resolves. */
export const ATTRIBUTE_IDS = [
  'executive-buy-in', 'business-alignment', 'transparency', 'trust',
  'learner-focus', 'tangible-rewards', 'manager-engagement', 'resources',
] as const;

const REFERENCES = 24;
const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

export interface GeneratedPlaybook {
  chapters: number;
  words: number;
}

interface Plan {
  slug: string;
  title: string;
  section: 'foundations' | 'attributes' | 'practice' | 'reference';
  order: number;
  attribute: string | undefined;
}

/** Chapter 0 is the references chapter; 1–8 are the attribute chapters; the rest spread over the sections. */
function plan(count: number, rnd: Random): Plan[] {
  const orders = { foundations: 0, attributes: 0, practice: 0, reference: 1 };
  const plans: Plan[] = [{ slug: 'references', title: 'References', section: 'reference', order: 1, attribute: undefined }];
  for (let i = 1; i < count; i++) {
    const attribute = ATTRIBUTE_IDS[i - 1];
    const roll = rnd();
    const section = attribute ? 'attributes' : roll < 0.1 ? 'foundations' : roll < 0.4 ? 'attributes' : roll < 0.9 ? 'practice' : 'reference';
    orders[section] += 1;
    plans.push({ slug: `chapter-${String(i).padStart(5, '0')}`, title: title(rnd, i), section, order: orders[section], attribute });
  }
  return plans;
}

function chapterPath(p: Plan): string {
  return `/playbook/${p.slug}/`;
}

function frontmatter(p: Plan, description: string): string {
  return [
    '---',
    `title: ${JSON.stringify(p.title)}`,
    `description: ${JSON.stringify(description)}`,
    `section: ${p.section}`,
    `order: ${p.order}`,
    ...(p.attribute ? [`attribute: ${p.attribute}`] : []),
    'lastReviewed: 2026-11-28',
    '---',
    '',
  ].join('\n');
}

function referencesChapter(p: Plan, rnd: Random): string {
  const entries = Array.from({ length: REFERENCES }, (_, k) => {
    const author = inventedName(rnd);
    return `<Reference id="ref-${k + 1}">${author}. *${title(rnd, 1990 + k)}*. Generated for the benchmark, ${1990 + k}. ${sentence(rnd, [])}</Reference>`;
  });
  return `${frontmatter(p, 'Full citations for every work the synthetic playbook quotes or draws on.')}\n${paragraph(rnd, [])}\n\n${entries.join('\n\n')}\n`;
}

function chapter(p: Plan, index: number, plans: Plan[], rnd: Random): string {
  const names = [inventedName(rnd), inventedName(rnd), inventedName(rnd)];
  const para = (n?: number) => paragraph(rnd, names, n);
  const other = plans[1 + ((index * 7919) % (plans.length - 1))] ?? plans[0];
  const next = plans[index + 1] ?? plans[1];
  const ref = () => `ref-${1 + Math.floor(rnd() * REFERENCES)}`;
  const [refA, refB, refQuote] = [ref(), ref(), ref()];
  const callout = pick(rnd, CALLOUT_TYPES);
  const steps = Array.from({ length: 5 + Math.floor(rnd() * 3) }, (_, k) => `${k + 1}. ${sentence(rnd, names)} ${sentence(rnd, names)}`);
  const signs = Array.from({ length: 5 }, () => `- ${sentence(rnd, names)}`);
  const attribute = ATTRIBUTE_IDS[index % ATTRIBUTE_IDS.length];
  const body = [
    frontmatter(p, `${sentence(rnd, names).slice(0, 150)} A synthetic chapter for the benchmark.`),
    `${para()} ${para(2)}[^a]`,
    '',
    '## What it means',
    '',
    para(),
    '',
    `${para()} See [${other?.title ?? 'another chapter'}](${chapterPath(other ?? p)}) for a related practice.`,
    '',
    `<Callout type="${callout}" title="${pick(rnd, ['Start small', 'Make it visible', 'Protect the time', 'Ask first'])}">`,
    '',
    para(3),
    '',
    '</Callout>',
    '',
    '## Why it matters for learning',
    '',
    `${para()}[^b]`,
    '',
    `<Quote cite="${refQuote}" source="${names[0]}, as recalled in a generated source">${sentence(rnd, names)}</Quote>`,
    '',
    para(),
    '',
    '## Signs it is present',
    '',
    ...signs,
    '',
    '## Plays',
    '',
    `<Play id="play-${index}" title="${title(rnd, index)}" purpose="${sentence(rnd, names)}" who="${pick(rnd, ['A whole team', 'Managers and their teams', 'Anyone who wants to attend'])}" time="${pick(rnd, ['30 minutes', '60 minutes, monthly', 'Two hours once'])}">`,
    '',
    ...steps,
    '',
    '</Play>',
    '',
    '### Adapting the play',
    '',
    para(),
    '',
    '## Related attributes',
    '',
    `<AttributeCard attribute="${attribute}" />`,
    '',
    `${para(3)} Continue with [${next?.title ?? 'the next chapter'}](${chapterPath(next ?? p)}).`,
    '',
    `[^a]: ${names[1]}, generated source. See [References](/playbook/references/#${refA}).`,
    `[^b]: ${names[2]}, generated source. See [References](/playbook/references/#${refB}).`,
    '',
  ];
  return body.join('\n');
}

/** Replaces every `.mdx` in `dir` with a synthetic playbook of `count` chapters (at least 10). */
export function generatePlaybook(count: number, dir: string, seed = 1): GeneratedPlaybook {
  if (!Number.isInteger(count) || count < 10) throw new Error(`generate-playbook: count must be a whole number of at least 10, not ${count}`);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.mdx')) rmSync(join(dir, f));
  const rnd = random(seed);
  const plans = plan(count, rnd);
  let words = 0;
  plans.forEach((p, i) => {
    const text = i === 0 ? referencesChapter(p, rnd) : chapter(p, i, plans, rnd);
    words += text.split(/\s+/).length;
    writeFileSync(join(dir, `${p.slug}.mdx`), text);
  });
  return { chapters: plans.length, words };
}

if (import.meta.main) {
  const [count, dir] = process.argv.slice(2);
  if (!count || !dir) {
    console.error('usage: node scripts/bench/generate-playbook.ts <count> <folder>');
    process.exit(2);
  }
  const result = generatePlaybook(Number(count), dir);
  console.log(`wrote ${result.chapters} chapters (${result.words} words, ${Math.round(result.words / result.chapters)} per chapter) to ${dir}`);
}
