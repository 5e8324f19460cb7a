import { recordAnswer } from '../../../src/domain/draft/draft.ts';
import { completeDraft } from '../../../src/domain/history/history.ts';
import type { Instrument } from '../../../src/domain/instrument/schema.ts';
import type { AnswerValue } from '../../../src/domain/result/answers.ts';
import { emptyDocument, type AssessmentDocument } from '../../../src/domain/storage/document.ts';

/**
 * A deterministic spread of answers from `state` (a linear congruential generator): every
 * statement on the scale, about `dontKnowShare` of them "Don't know".
 */
export function seededAnswers(instrument: Instrument, state: number, dontKnowShare: number): Record<string, AnswerValue> {
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Object.fromEntries(instrument.items.map((item) => [item.id, next() < dontKnowShare ? 'dont-know' : 1 + Math.floor(next() * 5)]));
}

/** A document with `results` completed results, one a month from January, as the site would have saved it. */
export function savedDocument(instrument: Instrument, results: number): AssessmentDocument {
  let document = emptyDocument(instrument.id);
  for (let r = 0; r < results; r++) {
    for (const item of instrument.items) document = recordAnswer(document, item.id, 1 + ((r + item.id.length) % 5), `2026-0${r + 1}-01T09:00:00.000Z`);
    const done = completeDraft(document, instrument, { now: `2026-0${r + 1}-01T10:00:00.000Z` });
    if (!done.ok) throw new Error(done.reason);
    document = done.document;
  }
  return document;
}
