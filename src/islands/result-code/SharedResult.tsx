import { useEffect, useState } from 'preact/hooks';
import { bandLabel } from '../../domain/instrument/bands.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { decode } from '../../domain/result-code/codec.ts';
import { codeInstrument } from '../../domain/result-code/from-instrument.ts';
import { completedFromCode } from '../../domain/result-code/to-result.ts';
import { formatDate } from '../common/format.ts';
import { StorageBanner } from '../assessment/StorageBanner.tsx';
import { NormsWhenSeen } from './NormsWhenSeen.tsx';
import { RoleName } from './roles.tsx';
import { GateNotes } from '../common/GateNotes.tsx';
import { saveToDevice } from './save-shared.ts';

interface Props {
  instrument: Instrument;
  basePath: string;
  lang: string;
  /** Where the organization's norms are (a JSON file); absent when there are none. */
  normsUrl?: string;
  checkUrl: string;
  historyUrl: string;
}

const codeInAddress = () => decodeURIComponent(window.location.hash.replace(/^#/, ''));

/** A form to open a code typed by hand; it puts the code in the address, where links carry it too. */
function OpenCode({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  return (
    <form
      class="field open-code"
      onSubmit={(e) => {
        e.preventDefault();
        window.location.hash = text.trim();
      }}
    >
      <label for="open-code-text">Result code</label>
      <input id="open-code-text" type="text" value={text} spellcheck={false} autocomplete="off" onInput={(e) => setText(e.currentTarget.value)} />
      <button type="submit" class="button">
        Open
      </button>
    </form>
  );
}

/**
 * A result passed on as a link: the code after "#" never reaches a server. Shown read-only,
 * with the choice to save it to this browser’s history.
 */
export default function SharedResult({ instrument, basePath, lang, normsUrl, checkUrl, historyUrl }: Props) {
  const [code, setCode] = useState(codeInAddress);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    const follow = () => {
      setCode(codeInAddress());
      setSaved('');
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  if (!code.trim()) {
    return (
      <div class="shared-result">
        <h1>Open a shared result</h1>
        <p>This page shows a readiness result passed on as a code or a link. Type or paste the code, which starts with “CF”.</p>
        <OpenCode initial="" />
      </div>
    );
  }
  const outcome = decode(code, codeInstrument(instrument));
  if (!outcome.ok) {
    return (
      <div class="shared-result">
        <h1>This result code cannot be opened</h1>
        <p role="alert" class="code-problem">
          {outcome.message}
        </p>
        <p>Correct the code below, or ask the person who sent it for the link again.</p>
        <OpenCode initial={code} />
        <p>
          <a href={checkUrl}>Take the readiness check yourself</a>
        </p>
      </div>
    );
  }

  const result = completedFromCode(outcome.result, instrument);
  const { scores } = result;
  const overall = scores.overall;
  const names = Object.fromEntries(instrument.dimensions.map((d) => [d.id, d.name]));
  const save = () => setSaved(saveToDevice(instrument, basePath, result));

  return (
    <div class="shared-result">
      {/* Empty until "Save to this device" meets a storage problem; then it says what and why. */}
      <StorageBanner />
      <h1>A shared readiness result</h1>
      <p class="result-meta">
        Completed <time dateTime={outcome.result.date}>{formatDate(result.completedAt, lang)}</time> · version {outcome.result.instrument.version}
        {outcome.result.role && <> · <RoleName role={outcome.result.role} /></>}
      </p>
      <p class="note">Read-only: this page shows what the code holds. Nothing was sent anywhere to show it.</p>

      <section aria-labelledby="shared-overall-title">
        <h2 id="shared-overall-title">
          {overall.status === 'scored' ? `${bandLabel(instrument, overall.band)}, overall ${Math.round(overall.score)} of 100` : 'Not enough answers for an overall result'}
        </h2>
        <table class="shared-scores">
          <caption>Scores per attribute, 0 to 100</caption>
          <thead>
            <tr>
              <th scope="col">Attribute</th>
              <th scope="col">Score</th>
              <th scope="col">Band</th>
            </tr>
          </thead>
          <tbody>
            {scores.attributes.map((a) => (
              <tr key={a.dimension}>
                <th scope="row">{names[a.dimension] ?? a.dimension}</th>
                <td>{a.status === 'scored' ? Math.round(a.score) : '—'}</td>
                <td>{a.status === 'scored' ? bandLabel(instrument, a.band) : 'not enough answers'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <GateNotes instrument={instrument} scores={scores} lang={lang} />
      </section>

      {normsUrl && (
        <NormsWhenSeen
          normsUrl={normsUrl}
          names={names}
          attributes={scores.attributes.map((a) => ({ dimension: a.dimension, status: a.status, ...(a.status === 'scored' ? { score: a.score } : {}) }))}
        />
      )}

      <section aria-labelledby="shared-save-title" class="no-print">
        <h2 id="shared-save-title">Keep it</h2>
        <button type="button" class="button" onClick={save}>
          Save to this device
        </button>
        <p role="status">{saved}</p>
        <p>
          <a href={historyUrl}>Your results on this device</a> · <a href={checkUrl}>Take the readiness check</a>
        </p>
      </section>
    </div>
  );
}
