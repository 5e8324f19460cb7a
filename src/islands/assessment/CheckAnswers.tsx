import { stepOrder } from '../../assessment/check-store.ts';
import { answerText } from '../../domain/instrument/lookup.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { DONT_KNOW, NOT_APPLICABLE, type AnswerValue, type Answers } from '../../domain/result/answers.ts';
import { useWords } from '../common/words.tsx';

export interface CheckAnswersProps {
  instrument: Instrument;
  answers: Answers;
  /** Goes back to a step to change its answers. */
  onChange: (step: number) => void;
}

/** Every answer, one collapsible group per step with its counts outside the scale, and a Change button each. */
export function CheckAnswers({ instrument, answers, onChange }: CheckAnswersProps) {
  const t = useWords();
  const outside = (count: number, answer: string) => ` · ${t('check.review.outsideCount', { count, answer })}`;
  return (
    <>
      {instrument.dimensions.map((d, i) => {
        const stepItems = stepOrder(d.id);
        const outsideCount = (value: AnswerValue) => stepItems.filter((item) => answers[item.id] === value).length;
        const dontKnow = outsideCount(DONT_KNOW);
        const notApplicable = outsideCount(NOT_APPLICABLE);
        return (
          <section class="check-answers" key={d.id} aria-labelledby={`review-${d.id}`}>
            <details>
              <summary>
                <span class="review-title" id={`review-${d.id}`}>
                  {d.topic}
                </span>
                <span class="review-counts">
                  {t('check.review.statements', { count: stepItems.length })}
                  {dontKnow > 0 && outside(dontKnow, instrument.outsideAnswers.dontKnow.label)}
                  {notApplicable > 0 && outside(notApplicable, instrument.outsideAnswers.notApplicable.label)}
                </span>
              </summary>
              <dl>
                {stepItems.map((item) => (
                  <div key={item.id}>
                    <dt>{item.text}</dt>
                    <dd>{answerText(instrument, item, answers[item.id]) ?? t('check.review.notAnswered')}</dd>
                  </div>
                ))}
              </dl>
            </details>
            <button type="button" class="link-button" onClick={() => onChange(i)}>
              {t('check.review.change')}
              <span class="sr-only"> {t('check.review.changeWhat', { topic: d.topic })}</span>
            </button>
          </section>
        );
      })}
    </>
  );
}
