import fc from 'fast-check';
import { CODE_ROLES, type CodeAnswer, type CodedResult, type CodeInstrument } from '../../../../src/domain/result-code/index.ts';

/** Instruments of any size the check might have: 1 to 48 statements on 2- to 11-point scales. */
export const arbitraryInstrument: fc.Arbitrary<CodeInstrument> = fc
  .record({
    id: fc.stringMatching(/^[a-z][a-z0-9]{0,11}(?:-[a-z0-9]{1,8}){0,2}$/),
    version: fc.integer({ min: 1, max: 31 }),
    points: fc.array(fc.integer({ min: 2, max: 11 }), { minLength: 1, maxLength: 48 }),
  })
  .map(({ id, version, points }) => ({ id, version, items: points.map((p, i) => ({ id: `s-${i + 1}`, points: p })) }));

const day = fc.integer({ min: 0, max: 32 ** 3 - 1 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

function arbitraryAnswer(points: number): fc.Arbitrary<CodeAnswer | undefined> {
  return fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: points }), fc.constant('dont-know' as const), fc.constant('not-applicable' as const));
}

/** Any result the instrument allows: every statement unanswered, on any scale point, or outside the scale. */
export function arbitraryResult(instrument: CodeInstrument): fc.Arbitrary<CodedResult> {
  return fc
    .record({
      date: day,
      role: fc.option(fc.constantFrom(...CODE_ROLES), { nil: undefined }),
      values: fc.tuple(...instrument.items.map((item) => arbitraryAnswer(item.points))),
    })
    .map(({ date, role, values }) => {
      const answers: Record<string, CodeAnswer> = {};
      instrument.items.forEach((item, i) => {
        const value = values[i];
        if (value !== undefined) answers[item.id] = value;
      });
      return { instrument: { id: instrument.id, version: instrument.version }, date, ...(role === undefined ? {} : { role }), answers };
    });
}

export const instrumentAndResult = arbitraryInstrument.chain((instrument) => arbitraryResult(instrument).map((result) => ({ instrument, result })));
