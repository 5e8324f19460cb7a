import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $check, answer, chooseRole, openCheck, prepareToSave, recordStepTime, setMode, showStep, startCheck, stepOrder } from '../../assessment/check-store.ts';
import { draftFits } from '../../domain/draft/draft.ts';
import { scaleFor } from '../../domain/instrument/lookup.ts';
import type { Instrument, Item } from '../../domain/instrument/schema.ts';
import { DONT_KNOW, NOT_APPLICABLE, type AnswerValue } from '../../domain/result/answers.ts';
import { PREFER_NOT_TO_SAY, ROLES, type RoleAnswer } from '../../domain/result/role.ts';
import type { ComponentType } from 'preact';
import { around, type Messages } from '../../i18n/translate.ts';
import type { PlaybookIndex } from '../../routing/playbook-links.ts';
import { useWords, withWords } from '../common/words.tsx';
import { Question, type Choice } from './Question.tsx';
import type { CheckAnswersProps } from './CheckAnswers.tsx';
import type { ResultsProps } from './Results.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { StorageBanner } from '../storage/StorageBanner.tsx';

interface Props {
  instrument: Instrument;
  basePath: string;
  siteTitle: string;
  resultsUrl: string;
  historyUrl: string;
  lang: string;
  /** The interface words of the page's language: the `check.*` texts. */
  messages: Messages;
  index: PlaybookIndex;
}

const scaleOf = (instrument: Instrument, item: Item): readonly Choice<AnswerValue>[] => scaleFor(instrument, item)?.points ?? [];

const ROLE_CHOICES: readonly RoleAnswer[] = [...ROLES, PREFER_NOT_TO_SAY];

/** Taking the check: introduction with the optional role question, one topic per step, then check your answers. */
export default withWords(CheckView);

function CheckView({ instrument, basePath, siteTitle, resultsUrl, historyUrl, lang, index }: Props) {
  useState(() => openCheck(instrument, basePath));
  const t = useWords();
  const state = useStore($check);
  const [errors, setErrors] = useState<string[]>([]);
  /** Counts Continue presses that found gaps: only those move focus to the error summary. */
  const [attempts, setAttempts] = useState(0);
  const [label, setLabel] = useState('');
  const [finishError, setFinishError] = useState('');
  /**
   * The introduction shows until Start; a draft alone does not end it, since choosing a role
   * starts one. Back from step 1 shows it again, keeping the answers so far. Until the reader
   * chooses, it follows the draft the page opened with (which may arrive a moment after the
   * first render, once stored answers have been read): a check under way resumes at its step.
   */
  const [introChosen, setOnIntro] = useState<boolean | null>(null);
  const openedWith = useRef<{ intro: boolean } | null>(null);
  if (state && !openedWith.current) {
    const saved = state.document.draft;
    openedWith.current = { intro: !saved || !draftFits(saved, instrument).fits };
  }
  const onIntro = introChosen ?? openedWith.current?.intro ?? true;
  /**
   * Set when the result could not be saved: it is shown here, since another page could not read it.
   * The results view is fetched only then, which keeps the check itself light.
   */
  const [unsaved, setUnsaved] = useState<{ id: string; Results: ComponentType<ResultsProps> } | null>(null);
  /** The check-answers list, loaded once the last step is reached: it is not needed before. */
  const [Review, setReview] = useState<ComponentType<CheckAnswersProps> | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  const stepShownAt = useRef(performance.now());

  const steps = instrument.dimensions;
  const stored = state?.document.draft ?? null;
  // A draft given to another version of the statements cannot be finished: the introduction says so.
  const fit = stored ? draftFits(stored, instrument) : null;
  const stale = fit && !fit.fits ? fit : null;
  const draft = stale ? null : stored;
  const step = !draft || onIntro ? -1 : Math.min(draft.step, steps.length);
  const answers = draft?.answers ?? {};
  const dimension = step >= 0 && step < steps.length ? steps[step] : undefined;
  const items = dimension ? stepOrder(dimension.id) : [];
  const outside: readonly Choice<AnswerValue>[] = [
    { value: DONT_KNOW, label: instrument.outsideAnswers.dontKnow.label },
    { value: NOT_APPLICABLE, label: instrument.outsideAnswers.notApplicable.label },
  ];

  const pageHeading =
    step < 0
      ? instrument.title
      : dimension
        ? t('check.stepHeading', { step: step + 1, steps: steps.length, topic: dimension.topic })
        : t('check.review.title');

  useEffect(() => {
    document.title = t(errors.length > 0 ? 'check.documentTitleError' : 'check.documentTitle', { heading: pageHeading, site: siteTitle });
  }, [pageHeading, errors.length, siteTitle, t]);

  const ready = state !== null;
  useEffect(() => {
    if (!ready) return;
    stepShownAt.current = performance.now();
    // On the first render the reader has not moved yet; after that each new step takes focus.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step, ready]);

  useEffect(() => {
    if (attempts > 0) summary.current?.focus();
  }, [attempts]);

  useEffect(() => {
    if (step >= steps.length - 1 && !Review) void import('./CheckAnswers.tsx').then((m) => setReview(() => m.CheckAnswers));
  }, [step]);

  if (!state) return null;

  const go = (next: number) => {
    setErrors([]);
    setOnIntro(false);
    showStep(next);
    window.scrollTo(0, 0);
  };

  const backToIntroduction = () => {
    setErrors([]);
    setOnIntro(true);
    window.scrollTo(0, 0);
  };

  const next = () => {
    // Read the store, not this render's props: an answer given a moment ago may not be rendered yet.
    const latest = $check.get()?.document.draft?.answers ?? {};
    const missing = items.filter((i) => !(i.id in latest)).map((i) => i.id);
    if (missing.length > 0) {
      setErrors(missing);
      setAttempts(attempts + 1);
      return;
    }
    if (dimension) recordStepTime(dimension.id, (performance.now() - stepShownAt.current) / 1000);
    go(step + 1);
  };

  const onAnswer = (itemId: string, value: AnswerValue) => {
    answer(itemId, value);
    if (errors.includes(itemId)) setErrors(errors.filter((e) => e !== itemId));
  };

  const complete = async () => {
    const { finish } = await import('../../assessment/result-actions.ts');
    const outcome = finish(label);
    if (!outcome.ok) {
      setFinishError(
        outcome.reason === 'other-version'
          ? t('check.otherVersion', { version: outcome.draftVersion, current: outcome.currentVersion })
          : t(`check.finish.${outcome.reason}`),
      );
      return;
    }
    const id = outcome.result.id;
    if ($check.get()?.lastSave === 'saved') window.location.assign(`${resultsUrl}?id=${encodeURIComponent(id)}`);
    else void import('./Results.tsx').then((m) => setUnsaved({ id, Results: m.default }));
  };

  if (unsaved) {
    const { Results } = unsaved;
    return (
      <Results instrument={instrument} basePath={basePath} siteTitle={siteTitle} lang={lang} index={index} checkUrl={window.location.pathname} historyUrl={historyUrl} resultId={unsaved.id} />
    );
  }

  if (step < 0) {
    const role = draft?.role;
    const [beforeWindow, afterWindow] = around(t, 'check.intro.window', 'window');
    const [beforeErase, afterErase] = around(t, 'check.privacy.remove', 'erase');
    const earlier = state.document.history.length;
    const [beforeHistory, afterHistory] = around(t, 'check.earlier', 'history', { count: earlier });
    return (
      <div class="check" onPointerDown={prepareToSave} onFocusIn={prepareToSave}>
        <StorageBanner />
        <h1 ref={heading} tabIndex={-1}>
          {instrument.title}
        </h1>
        <p class="lede">{instrument.introduction}</p>
        {stale && (
          <div class="callout warning" role="note">
            <p>{t('check.otherVersion', { version: stale.draftVersion, current: stale.currentVersion })}</p>
          </div>
        )}
        <ul class="facts">
          <li>{t('check.intro.length', { minutes: instrument.estimatedMinutes, statements: instrument.items.length, steps: steps.length })}</li>
          <li>
            {beforeWindow}
            <strong>{instrument.window.label}</strong>
            {afterWindow}
          </li>
          <li>{t('check.intro.resume')}</li>
        </ul>
        <fieldset class="role-question">
          <legend>{t('check.role.legend')}</legend>
          <p class="hint" id="role-hint">
            {t('check.role.hint')}
          </p>
          <div class="role-options">
            {ROLE_CHOICES.map((r) => (
              <label key={r} class="option" for={`role-${r}`}>
                <input type="radio" id={`role-${r}`} name="role" value={r} checked={role === r} aria-describedby="role-hint" onChange={() => chooseRole(r)} />
                <span>{t(`check.role.${r}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <section class="privacy" aria-labelledby="privacy-title">
          <h2 id="privacy-title">{t('check.privacy.title')}</h2>
          <p>{t('check.privacy.kept')}</p>
          <p>
            {beforeErase}
            <a href={historyUrl}>{t('check.privacy.erase')}</a>
            {afterErase}
          </p>
          <div class="checkbox">
            <input
              type="checkbox"
              id="tab-only"
              checked={state.mode === 'tab'}
              onChange={(e) => setMode((e.currentTarget as HTMLInputElement).checked ? 'tab' : 'device')}
            />
            <label for="tab-only">{t('check.privacy.tabOnly')}</label>
          </div>
        </section>
        <button
          type="button"
          class="button"
          onClick={() => {
            startCheck();
            go(0);
          }}
        >
          {t(draft && Object.keys(answers).length > 0 ? 'check.resume' : 'check.start')}
        </button>
        {earlier > 0 && (
          <p>
            {beforeHistory}
            <a href={historyUrl}>{t('check.historyLink')}</a>
            {afterHistory}
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
          {t('check.review.title')}
        </h1>
        <p>{t('check.review.intro')}</p>
        {Review && <Review instrument={instrument} answers={answers} onChange={go} />}
        <div class="field">
          <label for="result-label">{t('check.label.label')}</label>
          <p class="hint" id="result-label-hint">
            {t('check.label.hint')}
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
        {finishError && (
          <p class="field-error" role="alert">
            {finishError}
          </p>
        )}
        <div class="step-actions">
          <button type="button" class="button secondary" onClick={() => go(steps.length - 1)}>
            {t('check.back')}
          </button>
          <button type="button" class="button" onClick={() => void complete()}>
            {t('check.seeResults')}
          </button>
        </div>
        <SaveStatus />
      </div>
    );
  }

  const offset = steps.slice(0, step).reduce((n, d) => n + stepOrder(d.id).length, 0);
  const outsideWords = t('check.outsideAnswers', { dontKnow: instrument.outsideAnswers.dontKnow.label, notApplicable: instrument.outsideAnswers.notApplicable.label });
  return (
    <div class="check">
      <StorageBanner />
      {errors.length > 0 && (
        <div class="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t('check.errors.title')}</h2>
          <ul>
            {errors.map((id) => {
              const position = items.findIndex((i) => i.id === id);
              const first = items[position] ? scaleOf(instrument, items[position])[0]?.value : undefined;
              return (
                <li key={id}>
                  <a
                    href={`#item-${id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(`item-${id}`)?.scrollIntoView({ block: 'center' });
                      document.getElementById(`${id}-${first}`)?.focus();
                    }}
                  >
                    {t('check.errors.item', { number: offset + position + 1, outside: outsideWords })}
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
          {t('check.stepCount', { step: step + 1, steps: steps.length })}
          <span class="sr-only">:</span>
        </span>{' '}
        {dimension.topic}
      </h1>
      <p class="time-window">{t('check.window', { window: instrument.window.label })}</p>
      {items.map((item, position) => (
        <Question
          key={item.id}
          id={item.id}
          text={item.text}
          number={offset + position + 1}
          points={scaleOf(instrument, item)}
          outside={outside}
          value={answers[item.id]}
          error={errors.includes(item.id) ? t('check.question.error', { outside: outsideWords }) : undefined}
          onAnswer={(value) => onAnswer(item.id, value)}
        />
      ))}
      <div class="step-actions">
        <button type="button" class="button secondary" onClick={() => (step > 0 ? go(step - 1) : backToIntroduction())}>
          {t('check.back')}
        </button>
        <button type="button" class="button" onClick={next}>
          {t('check.continue')}
        </button>
      </div>
      <SaveStatus />
    </div>
  );
}
