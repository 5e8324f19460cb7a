import { useEffect, useState } from 'preact/hooks';
import { storageKey } from '../../domain/storage/key.ts';
import type { results } from '../../i18n/en/results.ts';
import { inSentence } from '../../i18n/prose.ts';
import { around, translator, type Messages, type Translate } from '../../i18n/translate.ts';

/** The box's words: `results.latest.*` only, to keep the chapter page light. */
type LatestKey = Extract<keyof typeof results, `results.latest.${string}`>;

interface Props {
  basePath: string;
  instrumentId: string;
  attribute: string;
  attributeName: string;
  bandLabels: Record<string, string>;
  checkUrl: string;
  resultsUrl: string;
  lang: string;
  /** The box's words, `results.latest.*` of the page's language. */
  messages: Messages;
  /** How long the check takes (the instrument's estimate), in words: "ten". */
  minutes: string;
  /** The check's version now: a latest result of another version is marked as such. */
  instrumentVersion?: number;
}

interface Latest {
  id: string;
  completedAt: string;
  score: number;
  band: string;
  version: number | undefined;
}

/**
 * Reads only what it shows, by hand rather than with the engine's schemas, to stay within a few
 * hundred bytes: it never writes, so a damaged document just means the invitation is shown.
 */
function readLatest(key: string, attribute: string): Latest | null {
  try {
    const doc: unknown = JSON.parse(window.localStorage.getItem(key) ?? 'null');
    const history = (doc as { history?: unknown }).history;
    if (!Array.isArray(history)) return null;
    const last = history[history.length - 1] as { id?: unknown; completedAt?: unknown; instrument?: { version?: unknown }; scores?: { attributes?: unknown } };
    const found = Array.isArray(last?.scores?.attributes)
      ? (last.scores.attributes as { dimension?: unknown; status?: unknown; score?: unknown; band?: unknown }[]).find(
          (a) => a.dimension === attribute,
        )
      : undefined;
    if (!found || found.status !== 'scored' || typeof found.score !== 'number' || typeof found.band !== 'string') return null;
    if (typeof last.id !== 'string' || typeof last.completedAt !== 'string') return null;
    const version = typeof last.instrument?.version === 'number' ? last.instrument.version : undefined;
    return { id: last.id, completedAt: last.completedAt, score: found.score, band: found.band, version };
  } catch {
    return null;
  }
}

/** On an attribute chapter: the reader's latest score for it, or an invitation to take the check. */
export default function LatestScore(props: Props) {
  const [latest, setLatest] = useState<Latest | null>(null);
  useEffect(() => setLatest(readLatest(storageKey(props.basePath, props.instrumentId), props.attribute)), []);
  const t = translator(props.messages, props.lang) as Translate<LatestKey>;
  const attribute = inSentence(props.attributeName, props.lang);
  if (!latest) {
    const [before, after] = around(t, 'results.latest.invite', 'link', { attribute, minutes: props.minutes });
    return (
      <p>
        {before}
        <a href={props.checkUrl}>{t('results.latest.take')}</a>
        {after}
      </p>
    );
  }
  const date = new Date(latest.completedAt).toLocaleDateString(props.lang, { year: 'numeric', month: 'long', day: 'numeric' });
  const earlier = props.instrumentVersion !== undefined && latest.version !== props.instrumentVersion;
  const [before, after] = around(t, earlier ? 'results.latest.scoredEarlier' : 'results.latest.scored', 'score', {
    date,
    attribute,
    band: props.bandLabels[latest.band] ?? latest.band,
  });
  return (
    <p>
      {before}
      <strong>{t('results.latest.score', { score: Math.round(latest.score) })}</strong>
      {after} <a href={`${props.resultsUrl}?id=${encodeURIComponent(latest.id)}`}>{t('results.latest.see')}</a>.
    </p>
  );
}
