/**
 * Deterministic, varied English-like prose for synthetic chapters. Sentences come from templates
 * filled from word lists, plus a few invented words per chapter so the search vocabulary grows
 * with the playbook as a real one would (new names, tools, places), not stay fixed at the lists.
 */
import { seededRandom } from '../../src/domain/draft/shuffle.ts';

/** The check's own seeded generator (mulberry32): the same seed gives the same playbook. */
export const random = seededRandom;

export type Random = () => number;

export function pick<T>(rnd: Random, items: readonly T[]): T {
  const item = items[Math.floor(rnd() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const SUBJECTS = [
  'a team', 'every manager', 'the leadership group', 'a new hire', 'the facilitator', 'people on the front line',
  'a senior engineer', 'the support desk', 'each squad', 'the finance team', 'a product owner', 'the sales floor',
  'a mentor', 'the operations crew', 'a community of practice', 'the people who do the work', 'an executive sponsor',
];
const VERBS = [
  'shares', 'reviews', 'questions', 'documents', 'rehearses', 'measures', 'celebrates', 'records', 'revisits',
  'teaches', 'compares', 'explains', 'tests', 'maps', 'simplifies', 'protects', 'schedules', 'funds', 'publishes',
];
const OBJECTS = [
  'what it learned', 'the reasons behind a decision', 'a failed experiment', 'the time set aside for learning',
  'a short write-up', 'the goals for the quarter', 'an honest estimate', 'the steps of a practice', 'a near miss',
  'the skills the work needs', 'a question nobody asked', 'the results of a pilot', 'a lesson from a customer',
  'the handoff between teams', 'a checklist', 'the measure that matters', 'a story of a mistake',
];
const ADVERBIALS = [
  'every week', 'before the next release', 'in the open', 'without blame', 'with the whole team', 'at the end of each sprint',
  'once a month', 'in plain words', 'while the details are fresh', 'in front of senior leaders', 'on the shared board',
  'before anyone asks', 'as part of normal work', 'within thirty days', 'in a fifteen-minute slot',
];
const CLAIMS = [
  'Learning spreads fastest when it is visible.', 'A practice that is not scheduled rarely survives a busy month.',
  'People copy what leaders do more than what leaders say.', 'Small, regular steps beat a yearly programme.',
  'Curiosity needs time, permission and somewhere to write things down.', 'What gets measured honestly can be improved.',
  'Trust grows each time a mistake is met with a question instead of a verdict.',
  'A learning organization changes how work is done, not only what people know.',
  'Peer learning works when the expert is also allowed to be a beginner.', 'Clarity about goals makes learning useful.',
];
const CONNECTIVES = ['Over time,', 'In practice,', 'At first,', 'For most teams,', 'Sooner or later,', 'Done well,', 'Even so,', 'In the best cases,'];
const OUTCOMES = [
  'the habit outlasts the people who started it', 'newcomers pick up the norms in weeks rather than months',
  'problems surface while they are still cheap to fix', 'managers spend less time repeating the same explanations',
  'the learning shows up in the work itself', 'people stop waiting for permission to improve things',
  'the organization gets better at learning, not only at one task', 'the same mistake is not made twice',
];
const TITLE_WORDS = [
  'Learning', 'Reviews', 'Mentoring', 'Feedback', 'Practice', 'Curiosity', 'Rituals', 'Retrospectives', 'Coaching',
  'Knowledge', 'Onboarding', 'Experiments', 'Habits', 'Teams', 'Leaders', 'Handoffs', 'Stories', 'Measures', 'Time',
];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'ta', 'vo', 'sel', 'dar', 'qui', 'bri', 'nor', 'fen', 'zu', 'pa', 'tor', 'wyn', 'el', 'gra'];

export function title(rnd: Random, index: number): string {
  return `${pick(rnd, TITLE_WORDS)} and ${pick(rnd, TITLE_WORDS).toLowerCase()} ${index}`;
}

/** A made-up proper name such as "Brisel Tordar", unique enough to grow the index's vocabulary. */
export function inventedName(rnd: Random): string {
  const word = () => {
    const w = Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(rnd, SYLLABLES)).join('');
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  return `${word()} ${word()}`;
}

export function sentence(rnd: Random, names: readonly string[]): string {
  const kind = rnd();
  const subject = rnd() < 0.15 && names.length > 0 ? `the ${pick(rnd, names)} team` : pick(rnd, SUBJECTS);
  if (kind < 0.45) return capitalise(`${subject} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)} ${pick(rnd, ADVERBIALS)}.`);
  if (kind < 0.65) return pick(rnd, CLAIMS);
  if (kind < 0.85) return `${pick(rnd, CONNECTIVES)} ${pick(rnd, OUTCOMES)} when ${subject} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)}.`;
  return capitalise(`when ${subject} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)}, ${pick(rnd, OUTCOMES)}.`);
}

export function paragraph(rnd: Random, names: readonly string[], sentences = 4 + Math.floor(rnd() * 3)): string {
  return Array.from({ length: sentences }, () => sentence(rnd, names)).join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
