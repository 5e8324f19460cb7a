import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Instrument } from '../../../src/domain/instrument/schema.ts';
import type { AnswerValue } from '../../../src/domain/result/answers.ts';

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

/** Waits until a step is shown and has moved focus to its heading, as it does after Continue. */
export async function waitForStep(page: Page, step: number, of: number): Promise<void> {
  // The first step of a cold page can take more than a second on a busy machine.
  await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toContain(`Step ${step} of ${of}`);
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 10_000 }).toBe('H1');
}

/** Takes the whole check by keyboard from the introduction to the results page. */
export async function completeCheckByKeyboard(page: Page, instrument: Instrument, pattern: Pattern, label = ''): Promise<void> {
  await tabTo(page, 'Start the check');
  await page.keyboard.press('Enter');
  for (let step = 0; step < instrument.dimensions.length; step++) {
    // Focus is on the heading when a step starts, so Tab goes to the first statement.
    await waitForStep(page, step + 1, instrument.dimensions.length);
    await answerStepByKeyboard(page, instrument, pattern);
    await tabTo(page, 'Continue');
    await page.keyboard.press('Enter');
  }
  await expect.poll(() => page.locator('h1').textContent()).toBe('Check your answers');
  if (label) {
    await tabTo(page, 'input:');
    await page.keyboard.type(label);
  }
  await tabTo(page, 'See my results');
  await page.keyboard.press('Enter');
}
