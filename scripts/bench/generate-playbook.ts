/**
 * Writes a synthetic playbook of `count` chapters with the same frontmatter and author components
 * as the real one (Callout, Play, Quote, AttributeCard, footnotes, links between chapters), about
 * 900 words each. Every link points at a generated chapter, so the build's link check passes; the
 * chapters the readiness instrument links to are generated under their real slugs, with the play
 * ids it expects (see instrument-links.ts).
 *
 *   node scripts/bench/generate-playbook.ts <count> <folder> [assessment folder, default content/assessment]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requiredChapters, withTemplateChapters, type RequiredChapter } from './instrument-links.ts';
import { inventedName, paragraph, pick, random, sentence, title, type Random } from './text.ts';

/** Used when no instrument is given: the eight attributes, so <AttributeCard> has chapters to point at. */
const DEFAULT_REQUIRED: RequiredChapter[] = [
  'executive-buy-in', 'business-alignment', 'transparency', 'trust',
  'learner-focus', 'tangible-rewards', 'manager-engagement', 'resources',
].map((id) => ({ slug: id, attribute: id, anchors: [] }));

const REFERENCES = 24;
/** The id of the k-th entry of the references chapter. */
const referenceId = (k: number) => `ref-${k + 1}`;
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
  /** Play ids the page must have (the instrument links to them). */
  plays: string[];
}

/** Chapter 0 is the references chapter, then the required chapters; the rest spread over the sections. */
function plan(count: number, required: RequiredChapter[], rnd: Random): Plan[] {
  const orders = { foundations: 0, attributes: 0, practice: 0, reference: 1 };
  const plans: Plan[] = [{ slug: 'references', title: 'References', section: 'reference', order: 1, attribute: undefined, plays: [] }];
  for (let i = 1; i < count; i++) {
    const fixed = required[i - 1];
    const roll = rnd();
    const section = fixed?.attribute ? 'attributes' : roll < 0.1 ? 'foundations' : roll < 0.4 ? 'attributes' : roll < 0.9 ? 'practice' : 'reference';
    orders[section] += 1;
    plans.push({
      slug: fixed?.slug ?? `chapter-${String(i).padStart(5, '0')}`,
      title: title(rnd, i),
      section,
      order: orders[section],
      attribute: fixed?.attribute,
      plays: fixed?.anchors.length ? fixed.anchors : [`play-${i}`],
    });
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
    return `<Reference id="${referenceId(k)}">${author}. *${title(rnd, 1990 + k)}*. Generated for the benchmark, ${1990 + k}. ${sentence(rnd, [])}</Reference>`;
  });
  return `${frontmatter(p, 'Full citations for every work the synthetic playbook quotes or draws on.')}\n${paragraph(rnd, [])}\n\n${entries.join('\n\n')}\n`;
}

function play(id: string, index: number, names: string[], rnd: Random): string[] {
  const steps = Array.from({ length: 5 + Math.floor(rnd() * 3) }, (_, k) => `${k + 1}. ${sentence(rnd, names)} ${sentence(rnd, names)}`);
  return [
    `<Play id="${id}" title="${title(rnd, index)}" purpose="${sentence(rnd, names)}" who="${pick(rnd, ['A whole team', 'Managers and their teams', 'Anyone who wants to attend'])}" time="${pick(rnd, ['30 minutes', '60 minutes, monthly', 'Two hours once'])}">`,
    '',
    ...steps,
    '',
    '</Play>',
    '',
  ];
}

function chapter(p: Plan, index: number, plans: Plan[], attributes: string[], rnd: Random): string {
  const names = [inventedName(rnd), inventedName(rnd), inventedName(rnd)];
  const para = (n?: number) => paragraph(rnd, names, n);
  const other = plans[1 + ((index * 7919) % (plans.length - 1))] ?? plans[0];
  const next = plans[index + 1] ?? plans[1];
  const ref = () => referenceId(Math.floor(rnd() * REFERENCES));
  const [refA, refB, refQuote] = [ref(), ref(), ref()];
  const callout = pick(rnd, CALLOUT_TYPES);
  const signs = Array.from({ length: 5 }, () => `- ${sentence(rnd, names)}`);
  const attribute = attributes[index % attributes.length];
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
    ...p.plays.flatMap((id) => play(id, index, names, rnd)),
    '### Adapting the play',
    '',
    para(),
    '',
    ...(attribute ? ['## Related attributes', '', `<AttributeCard attribute="${attribute}" />`, ''] : []),
    `${para(3)} Continue with [${next?.title ?? 'the next chapter'}](${chapterPath(next ?? p)}).`,
    '',
    `[^a]: ${names[1]}, generated source. See [References](/playbook/references/#${refA}).`,
    `[^b]: ${names[2]}, generated source. See [References](/playbook/references/#${refB}).`,
    '',
  ];
  return body.join('\n');
}

/**
 * Replaces the playbook in `dir` with a synthetic playbook of `count` chapters. `assessmentDir`
 * is the folder of the instrument whose links must resolve (content/assessment in the project).
 */
export function generatePlaybook(count: number, dir: string, assessmentDir?: string, seed = 1): GeneratedPlaybook {
  const found = assessmentDir === undefined ? [] : requiredChapters(assessmentDir);
  const required = withTemplateChapters(found.length > 0 ? found : DEFAULT_REQUIRED, join(dir, '../templates'));
  if (!Number.isInteger(count) || count < required.length + 2) {
    throw new Error(`generate-playbook: count must be a whole number of at least ${required.length + 2}, not ${count}`);
  }
  // The whole playbook goes, translations and chapters in folders included: a translation of a chapter that is gone stops the build.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rnd = random(seed);
  const plans = plan(count, required, rnd);
  const attributes = plans.flatMap((p) => (p.attribute ? [p.attribute] : []));
  let words = 0;
  plans.forEach((p, i) => {
    const text = i === 0 ? referencesChapter(p, rnd) : chapter(p, i, plans, attributes, rnd);
    words += text.split(/\s+/).length;
    writeFileSync(join(dir, `${p.slug}.mdx`), text);
  });
  return { chapters: plans.length, words };
}

if (import.meta.main) {
  const [count, dir, assessment = 'content/assessment'] = process.argv.slice(2);
  if (!count || !dir) {
    console.error('usage: node scripts/bench/generate-playbook.ts <count> <folder> [assessment folder]');
    process.exit(2);
  }
  const result = generatePlaybook(Number(count), dir, assessment);
  console.log(`wrote ${result.chapters} chapters (${result.words} words, ${Math.round(result.words / result.chapters)} per chapter) to ${dir}`);
}
