import { answerText, lookup } from '../instrument/lookup.ts';
import type { Dimension, Instrument, Item } from '../instrument/schema.ts';
import { DONT_KNOW, type Answers, type AnswerValue } from '../result/answers.ts';
import { answerScore, itemPoints, scoreAnswers } from './score.ts';
import type { AttributeScore, ResultScores } from './types.ts';

/** One statement of the worked attribute, with every step from the answer to its 0–100 value. */
export interface WorkedStatement {
  readonly item: Item;
  readonly answer: AnswerValue;
  readonly answerLabel: string;
  /** The answer after flipping a reverse-worded statement; undefined for an outside answer. */
  readonly points: number | undefined;
  readonly value: number | undefined;
}

export interface WorkedScenario {
  readonly answers: Answers;
  readonly scores: ResultScores;
}

/**
 * A worked example computed by the engine itself from the site's instrument, so the About page
 * can never describe arithmetic the check does not do. The answers are illustrative, chosen by a
 * fixed rule, not anyone's data.
 */
export interface WorkedExample {
  /** The attribute worked through step by step: the critical one, or the first. */
  readonly attribute: Dimension;
  readonly statements: readonly WorkedStatement[];
  readonly attributeScore: AttributeScore;
  /** Mean and standard deviation of the scored 0–100 values, and the half-width of the range. */
  readonly mean: number;
  readonly standardDeviation: number;
  readonly halfWidth: number;
  /** A full set of answers around the worked attribute, scored as the check scores it. */
  readonly overall: WorkedScenario;
  /** The same answers with the worked attribute answered at the weakest point throughout. */
  readonly weakCritical: WorkedScenario;
  /** The same answers with the worked attribute answered “Don’t know” throughout. */
  readonly unseenCritical: WorkedScenario;
}

/** Raw answers by position: a mostly positive pattern with one mixed answer, and "Don’t know" last when there is room. */
const DIRECT = [4, 3, 5, 4, 4, 3];
const REVERSE = [2, 3, 1, 2];
/** Flipped levels for the other attributes by position, cycled: strong enough that the gate has a top band to withhold. */
const LEVELS = [4, 5, 5, 4, 5, 5, 4, 5];

export function workedExample(instrument: Instrument): WorkedExample {
  const { dimensions, itemsByDimension, pointsByFormat } = lookup(instrument);
  const attribute = dimensions.find((d) => d.critical) ?? (dimensions[0] as Dimension);
  const items = itemsByDimension.get(attribute.id) ?? [];
  const roomForDontKnow = items.length > instrument.scoring.minimumScoredAnswers;
  let direct = 0;
  let reverse = 0;
  const statements: WorkedStatement[] = items.map((item, index) => {
    const points = pointsByFormat[item.format];
    const answer: AnswerValue =
      roomForDontKnow && index === items.length - 1
        ? DONT_KNOW
        : Math.min(points, item.reverse ? (REVERSE[reverse++ % REVERSE.length] as number) : (DIRECT[direct++ % DIRECT.length] as number));
    const scored = typeof answer === 'number';
    return {
      item,
      answer,
      answerLabel: answerText(instrument, item, answer) ?? String(answer),
      points: scored ? itemPoints(item, answer, points) : undefined,
      value: scored ? answerScore(item, answer, points) : undefined,
    };
  });

  const others: Record<string, AnswerValue> = {};
  dimensions.forEach((dimension, index) => {
    if (dimension.id === attribute.id) return;
    const level = LEVELS[index % LEVELS.length] as number;
    for (const item of itemsByDimension.get(dimension.id) ?? []) {
      const points = pointsByFormat[item.format];
      others[item.id] = item.reverse ? points + 1 - Math.min(level, points) : Math.min(level, points);
    }
  });
  const worked = Object.fromEntries(statements.map((s) => [s.item.id, s.answer]));
  const scenario = (own: Answers): WorkedScenario => {
    const answers = { ...others, ...own };
    return { answers, scores: scoreAnswers(instrument, answers) };
  };
  const overall = scenario(worked);
  const weakest = Object.fromEntries(items.map((item) => [item.id, item.reverse ? pointsByFormat[item.format] : 1]));
  const unseen = Object.fromEntries(items.map((item) => [item.id, DONT_KNOW]));

  const values = statements.flatMap((s) => (s.value === undefined ? [] : [s.value]));
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const standardDeviation = values.length > 1 ? Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1)) : 0;
  const halfStep = statements.reduce((a, s) => a + (s.value === undefined ? 0 : 50 / (pointsByFormat[s.item.format] - 1)), 0) / Math.max(1, values.length);
  return {
    attribute,
    statements,
    attributeScore: overall.scores.attributes.find((a) => a.dimension === attribute.id) as AttributeScore,
    mean,
    standardDeviation,
    halfWidth: Math.max(standardDeviation, halfStep) / Math.sqrt(Math.max(1, values.length)),
    overall,
    weakCritical: scenario(weakest),
    unseenCritical: scenario(unseen),
  };
}
