import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $check, answer, finish, openCheck, setMode, showStep } from '../../assessment/check-store.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { Answers } from '../../domain/result/answers.ts';
import type { ComponentType } from 'preact';
import type { PlaybookIndex } from '../../routing/playbook-links.ts';
import { Question } from './Question.tsx';
import type { ResultsProps } from './Results.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { StorageBanner } from './StorageBanner.tsx';

interface Props {
  instrument: Instrument;
  basePath: string;
  siteTitle: string;
  resultsUrl: string;
  historyUrl: string;
  lang: string;
  index: PlaybookIndex;
}

function answerLabel(instrument: Instrument, answers: Answers, itemId: string): string {
  if (!(itemId in answers)) return 'Not answered';
  const value = answers[itemId];
  if (value === null) return instrument.scale.notSure.label;
  return instrument.scale.points.find((p) => p.value === value)?.label ?? 'Not answered';
}

/** Taking the check: introduction, one attribute per step, then check your answers. */
export default function TakeCheck({ instrument, basePath, siteTitle, resultsUrl, historyUrl, lang, index }: Props) {
  useState(() => openCheck(instrument, basePath));
  const state = useStore($check);
  const [errors, setErrors] = useState<string[]>([]);
  const [label, setLabel] = useState('');
  const [finishError, setFinishError] = useState('');
  /**
   * Set when the result could not be saved: it is shown here, since another page could not read it.
   * The results view is fetched only then, which keeps the check itself light.
   */
  const [unsaved, setUnsaved] = useState<{ id: string; Results: ComponentType<ResultsProps> } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);

  const steps = instrument.dimensions;
  const draft = state?.document.draft ?? null;
  const step = draft ? Math.min(draft.step, steps.length) : -1;
  const answers = draft?.answers ?? {};
  const dimension = step >= 0 && step < steps.length ? steps[step] : undefined;
  const items = dimension ? instrument.items.filter((i) => i.dimension === dimension.id) : [];

  const pageHeading =
    step < 0 ? instrument.title : dimension ? `Step ${step + 1} of ${steps.length}: ${dimension.name}` : 'Check your answers';

  useEffect(() => {
    const prefix = errors.length > 0 ? 'Error: ' : '';
    document.title = `${prefix}${pageHeading} · Readiness check · ${siteTitle}`;
  }, [pageHeading, errors.length, siteTitle]);

  useEffect(() => {
    // On the first render the reader has not moved yet; after that each new step takes focus.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);

  if (!state) return null;

  const go = (next: number) => {
    setErrors([]);
    showStep(next);
    window.scrollTo(0, 0);
  };

  const next = () => {
    // Read the store, not this render's props: an answer given a moment ago may not be rendered yet.
    const latest = $check.get()?.document.draft?.answers ?? {};
    const missing = items.filter((i) => !(i.id in latest)).map((i) => i.id);
    if (missing.length > 0) {
      setErrors(missing);
      return;
    }
    go(step + 1);
  };

  const onAnswer = (itemId: string, value: number | null) => {
    answer(itemId, value);
    if (errors.includes(itemId)) setErrors(errors.filter((e) => e !== itemId));
  };

  const complete = () => {
    const outcome = finish(label);
    if (!outcome.ok) {
      setFinishError(outcome.message);
      return;
    }
    const id = outcome.result.id;
    if ($check.get()?.lastSave === 'saved') window.location.assign(`${resultsUrl}?id=${encodeURIComponent(id)}`);
    else void import('./Results.tsx').then((m) => setUnsaved({ id, Results: m.default }));
  };

  if (unsaved) {
    const { Results } = unsaved;
    return (
      <Results instrument={instrument} basePath={basePath} lang={lang} index={index} checkUrl={window.location.pathname} historyUrl={historyUrl} resultId={unsaved.id} />
    );
  }

  if (step < 0) {
    return (
      <div class="check">
        <StorageBanner />
        <h1 ref={heading} tabIndex={-1}>
          {instrument.title}
        </h1>
        <p class="lede">{instrument.introduction}</p>
        <ul class="facts">
          <li>
            About {instrument.estimatedMinutes} minutes: {instrument.items.length} statements in {steps.length} steps, one
            attribute at a time.
          </li>
          <li>You can stop at any point and come back later: every answer is saved as you go.</li>
        </ul>
        <section class="privacy" aria-labelledby="privacy-title">
          <h2 id="privacy-title">Your answers stay with you</h2>
          <p>
            Your answers and results are kept only in this browser, on this device. Nothing is sent anywhere: there is no
            server, no account, no cookie and no analytics. Nobody else can see them, including the people who run this site.
          </p>
          <p>
            To remove them, use <a href={historyUrl}>Erase everything on this device</a> on the history page, or clear this
            site's data in your browser settings. To share a result with a facilitator, export it as a file and send the file
            yourself.
          </p>
          <div class="checkbox">
            <input
              type="checkbox"
              id="tab-only"
              checked={state.mode === 'tab'}
              onChange={(e) => setMode((e.currentTarget as HTMLInputElement).checked ? 'tab' : 'device')}
            />
            <label for="tab-only">Don't keep my answers after I close this tab (for shared computers)</label>
          </div>
        </section>
        <button type="button" class="button" onClick={() => go(0)}>
          Start the check
        </button>
        {state.document.history.length > 0 && (
          <p>
            You have {state.document.history.length} earlier result{state.document.history.length === 1 ? '' : 's'} on
            this device. <a href={historyUrl}>See your history</a>.
          </p>
        )}
      </div>
    );
  }

  if (!dimension) {
    return (
      <div class="check">
        <StorageBanner />
        <h1 ref={heading} tabIndex={-1}>
          Check your answers
        </h1>
        <p>Look over your answers before you see your results. You can change any of them.</p>
        {steps.map((d, index) => (
          <section class="check-answers" key={d.id} aria-labelledby={`review-${d.id}`}>
            <div class="check-answers-head">
              <h2 id={`review-${d.id}`}>{d.name}</h2>
              <button type="button" class="link-button" onClick={() => go(index)}>
                Change<span class="sr-only"> your answers about {d.name}</span>
              </button>
            </div>
            <dl>
              {instrument.items
                .filter((i) => i.dimension === d.id)
                .map((i) => (
                  <div key={i.id}>
                    <dt>{i.text}</dt>
                    <dd>{answerLabel(instrument, answers, i.id)}</dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
        <div class="field">
          <label for="result-label">Label this result (optional)</label>
          <p class="hint" id="result-label-hint">
            For example “Before the pilot”. It stays on this device; it is left out when a facilitator combines results.
          </p>
          <input
            id="result-label"
            type="text"
            maxLength={80}
            aria-describedby="result-label-hint"
            value={label}
            onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        {finishError && <p class="field-error" role="alert">{finishError}</p>}
        <div class="step-actions">
          <button type="button" class="button secondary" onClick={() => go(steps.length - 1)}>
            Back
          </button>
          <button type="button" class="button" onClick={complete}>
            See my results
          </button>
        </div>
        <SaveStatus />
      </div>
    );
  }

  const offset = instrument.items.findIndex((i) => i.dimension === dimension.id);
  return (
    <div class="check">
      <StorageBanner />
      {errors.length > 0 && (
        <div class="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">There is a problem</h2>
          <ul>
            {errors.map((id) => {
              const index = items.findIndex((i) => i.id === id);
              return (
                <li key={id}>
                  <a
                    href={`#item-${id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(`item-${id}`)?.scrollIntoView({ block: 'center' });
                      document.getElementById(`${id}-${instrument.scale.points[0]?.value}`)?.focus();
                    }}
                  >
                    Answer statement {offset + index + 1}, or choose “{instrument.scale.notSure.label}”
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <p class="progress" aria-hidden="true">
        <progress max={steps.length} value={step + 1} />
      </p>
      <h1 ref={heading} tabIndex={-1}>
        <span class="step-count">
          Step {step + 1} of {steps.length}
          <span class="sr-only">:</span>
        </span>{' '}
        {dimension.name}
      </h1>
      <p class="lede">{dimension.summary}</p>
      <p class="hint">Think about what you have seen happen, not what should happen.</p>
      {items.map((item, index) => (
        <Question
          key={item.id}
          item={item}
          scale={instrument.scale}
          number={offset + index + 1}
          value={answers[item.id]}
          error={errors.includes(item.id)}
          onAnswer={(value) => onAnswer(item.id, value)}
        />
      ))}
      <div class="step-actions">
        {step > 0 && (
          <button type="button" class="button secondary" onClick={() => go(step - 1)}>
            Back
          </button>
        )}
        <button type="button" class="button" onClick={next}>
          Continue
        </button>
      </div>
      <SaveStatus />
    </div>
  );
}
