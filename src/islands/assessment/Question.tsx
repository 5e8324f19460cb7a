import { useWords } from '../common/words.tsx';

/** One choice: a point on the statement's scale (a number) or an answer outside it (a word). */
export interface Choice<V> {
  value: V;
  label: string;
}

interface Props<V> {
  id: string;
  text: string;
  number: number;
  /** The statement's own scale, lowest first. */
  points: readonly Choice<V>[];
  /** "Don't know" and "Doesn't apply here": set apart from the scale after an "or". */
  outside: readonly Choice<V>[];
  value: V | undefined;
  error: string | undefined;
  onAnswer: (value: V) => void;
}

/**
 * One statement: a fieldset whose legend is the statement, with one native radio group for every
 * answer, so arrow keys move through the scale and on to the answers outside it.
 */
export function Question<V extends string | number>({ id, text, number, points, outside, value, error, onAnswer }: Props<V>) {
  const t = useWords();
  const errorId = `${id}-error`;
  const option = (o: Choice<V>) => {
    const inputId = `${id}-${o.value}`;
    return (
      <label key={inputId} class="option" for={inputId}>
        <input type="radio" id={inputId} name={id} value={String(o.value)} checked={value === o.value} onChange={() => onAnswer(o.value)} />
        <span>{o.label}</span>
      </label>
    );
  };
  return (
    <fieldset class={`question${error ? ' has-error' : ''}`} id={`item-${id}`} aria-describedby={error ? errorId : undefined}>
      <legend>
        <span class="question-number">{number}.</span> {text}
      </legend>
      {error && (
        <p class="field-error" id={errorId}>
          <span class="sr-only">{t('check.question.errorLabel')}</span> {error}
        </p>
      )}
      <div class="options">
        <div class="scale-options">{points.map(option)}</div>
        {outside.length > 0 && (
          <>
            <p class="options-or">{t('check.question.or')}</p>
            <div class="special-options">{outside.map(option)}</div>
          </>
        )}
      </div>
    </fieldset>
  );
}
