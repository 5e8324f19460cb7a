import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Instrument } from '../../../src/domain/instrument/schema.ts';
import type { AnswerValue } from '../../../src/domain/result/answers.ts';
import { en, type MessageKey } from '../../../src/i18n/en/index.ts';
import { translator, type Messages, type Translate } from '../../../src/i18n/translate.ts';

/** The words the driver looks for on the page: the check's buttons and headings in one language. */
export interface CheckWords {
  start: string;
  continue: string;
  step: (step: number, of: number) => string;
  review: string;
  seeResults: string;
}

/** The check's words from a catalog: English by default, or e.g. the German catalog with 'de'. */
export function checkWords(messages: Messages = en, lang = 'en'): CheckWords {
  const t = translator(messages, lang) as Translate<MessageKey>;
  return {
    start: t('check.start'),
    continue: t('check.continue'),
    step: (step, of) => t('check.stepCount', { step, steps: of }),
    review: t('check.review.title'),
    seeResults: t('check.seeResults'),
  };
}

const ENGLISH = checkWords();

/**
 * Which option each statement gets: an index into its options in page order, the points of its
 * own scale first, then "Don’t know", then "Doesn’t apply here".
 */
export type Pattern = (itemIndex: number) => number;

/** The answers a pattern gives, as the engine stores them. */
export function answersFor(instrument: Instrument, pattern: Pattern): Record<string, AnswerValue> {
  return Object.fromEntries(
    instrument.items.map((item, i) => {
      const points = instrument.scales[item.format]?.points ?? [];
      const option = pattern(i);
      const value: AnswerValue = option < points.length ? (points[option]?.value ?? 'dont-know') : option === points.length ? 'dont-know' : 'not-applicable';
      return [item.id, value];
    }),
  );
}

async function activeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.tagName === 'INPUT' ? `input:${(el as HTMLInputElement).name}` : (el?.textContent ?? '').trim();
  });
}

/** Tabs forward until the focused element's text is `text`; fails instead of looping forever. */
export async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if ((await activeText(page)) === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${text}"`);
}

/** Answers the current step with the keyboard only: Tab into each radio group, arrow keys to choose. */
export async function answerStepByKeyboard(page: Page, instrument: Instrument, pattern: Pattern): Promise<void> {
  const names = await page.locator('fieldset.question input[type="radio"]').evaluateAll((inputs) => [
    ...new Set(inputs.map((i) => (i as HTMLInputElement).name)),
  ]);
  for (const name of names) {
    await page.keyboard.press('Tab');
    expect(await activeText(page)).toBe(`input:${name}`);
    const option = pattern(instrument.items.findIndex((i) => i.id === name));
    if (option === 0) await page.keyboard.press('Space');
    for (let k = 0; k < option; k++) await page.keyboard.press('ArrowDown');
  }
}

/**
 * Waits until the heading shows `text` and has taken focus. The check moves focus to the heading
 * in an effect after the view appears; keys pressed before that land on the old focus and are lost.
 */
export async function waitForFocusedHeading(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.locator('h1').textContent()).toContain(text);
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
}

/** Waits until a step is shown and has moved focus to its heading, as it does after Continue. */
export async function waitForStep(page: Page, step: number, of: number, words: CheckWords = ENGLISH): Promise<void> {
  await waitForFocusedHeading(page, words.step(step, of));
}

/**
 * Takes the whole check by keyboard from the introduction to the results page; `words` are the
 * page's (English unless given), and `onReview` may look at "Check your answers" before the results.
 */
export async function completeCheckByKeyboard(
  page: Page,
  instrument: Instrument,
  pattern: Pattern,
  label = '',
  words: CheckWords = ENGLISH,
  onReview?: () => Promise<void>,
): Promise<void> {
  await tabTo(page, words.start);
  await page.keyboard.press('Enter');
  for (let step = 0; step < instrument.dimensions.length; step++) {
    // Focus is on the heading when a step starts, so Tab goes to the first statement.
    await waitForStep(page, step + 1, instrument.dimensions.length, words);
    await answerStepByKeyboard(page, instrument, pattern);
    await tabTo(page, words.continue);
    await page.keyboard.press('Enter');
  }
  await expect.poll(() => page.locator('h1').textContent()).toBe(words.review);
  await waitForFocusedHeading(page, words.review);
  await onReview?.();
  if (label) {
    await tabTo(page, 'input:');
    await page.keyboard.type(label);
  }
  await tabTo(page, words.seeResults);
  await page.keyboard.press('Enter');
}
