import type { Item, Scale } from '../../domain/instrument/schema.ts';
import type { AnswerValue } from '../../domain/result/answers.ts';

interface Props {
  item: Item;
  scale: Scale;
  number: number;
  value: AnswerValue | undefined;
  error: boolean;
  onAnswer: (value: AnswerValue) => void;
}

export const NOT_SURE_VALUE = 'not-sure';

/** One statement: a fieldset whose legend is the statement, with native radios for each answer. */
export function Question({ item, scale, number, value, error, onAnswer }: Props) {
  const errorId = `${item.id}-error`;
  const options = [
    ...scale.points.map((p) => ({ id: `${item.id}-${p.value}`, value: String(p.value), label: p.label, answer: p.value as AnswerValue })),
    { id: `${item.id}-${NOT_SURE_VALUE}`, value: NOT_SURE_VALUE, label: scale.notSure.label, answer: null },
  ];
  return (
    <fieldset class={`question${error ? ' has-error' : ''}`} id={`item-${item.id}`} aria-describedby={error ? errorId : undefined}>
      <legend>
        <span class="question-number">{number}.</span> {item.text}
      </legend>
      {error && (
        <p class="field-error" id={errorId}>
          <span class="sr-only">Error:</span> Choose an answer, or “{scale.notSure.label}”.
        </p>
      )}
      <div class="options">
        {options.map((o) => (
          <label key={o.id} class="option" for={o.id}>
            <input
              type="radio"
              id={o.id}
              name={item.id}
              value={o.value}
              checked={value !== undefined && value === o.answer}
              onChange={() => onAnswer(o.answer)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
