import { useEffect, useState } from 'preact/hooks';
import { bandLabel } from '../../domain/instrument/bands.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { decode } from '../../domain/result-code/codec.ts';
import { codeInstrument } from '../../domain/result-code/from-instrument.ts';
import { completedFromCode } from '../../domain/result-code/to-result.ts';
import { formatDate } from '../common/format.ts';
import { useWords, withWords } from '../common/words.tsx';
import { around, type Messages } from '../../i18n/translate.ts';
import { StorageBanner } from '../storage/StorageBanner.tsx';
import { noticeText } from '../storage/notice-text.ts';
import { NormsWhenSeen } from './NormsWhenSeen.tsx';
import { RoleName } from './roles.tsx';
import { GateNotes } from '../common/GateNotes.tsx';
import { refusalText } from './code-words.ts';
import { saveToDevice, type SavedShared } from './save-shared.ts';
import { FiguresTable } from '../charts/FiguresTable.tsx';

interface Props {
  instrument: Instrument;
  basePath: string;
  lang: string;
  /** The page's interface words (areas `code.`, `results.`, `common.`, `check.storage.`). */
  messages: Messages;
  /** Where the organization's norms are (a JSON file); absent when there are none. */
  normsUrl?: string;
  checkUrl: string;
  historyUrl: string;
}

const codeInAddress = () => decodeURIComponent(window.location.hash.replace(/^#/, ''));

/** A form to open a code typed by hand; it puts the code in the address, where links carry it too. */
function OpenCode({ initial }: { initial: string }) {
  const t = useWords();
  const [text, setText] = useState(initial);
  return (
    <form
      class="field open-code"
      onSubmit={(e) => {
        e.preventDefault();
        window.location.hash = text.trim();
      }}
    >
      <label for="open-code-text">{t('code.shared.codeLabel')}</label>
      <input id="open-code-text" type="text" value={text} spellcheck={false} autocomplete="off" onInput={(e) => setText(e.currentTarget.value)} />
      <button type="submit" class="button">
        {t('code.shared.open')}
      </button>
    </form>
  );
}

/**
 * A result passed on as a link: the code after "#" never reaches a server. Shown read-only,
 * with the choice to save it to this browser’s history.
 */
export default withWords(Shared);

function savedText(t: ReturnType<typeof useWords>, saved: SavedShared): string {
  // The storage notice's own words are the check's (`check.storage.*`).
  if (saved.outcome === 'not-saved') return t('code.shared.notSaved', { why: saved.notice ? noticeText(saved.notice) : '' }).trim();
  return t(saved.outcome === 'already' ? 'code.shared.already' : 'code.shared.saved');
}

function Shared({ instrument, basePath, lang, normsUrl, checkUrl, historyUrl }: Omit<Props, 'messages'>) {
  const t = useWords();
  const [code, setCode] = useState(codeInAddress);
  const [saved, setSaved] = useState<SavedShared | null>(null);
  useEffect(() => {
    const follow = () => {
      setCode(codeInAddress());
      setSaved(null);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  if (!code.trim()) {
    return (
      <div class="shared-result">
        <h1>{t('code.shared.openTitle')}</h1>
        <p>{t('code.shared.openIntro')}</p>
        <OpenCode initial="" />
      </div>
    );
  }
  const outcome = decode(code, codeInstrument(instrument));
  if (!outcome.ok) {
    return (
      <div class="shared-result">
        <h1>{t('code.shared.refusedTitle')}</h1>
        <p role="alert" class="code-problem">
          {refusalText(t, outcome)}
        </p>
        <p>{t('code.shared.correct')}</p>
        <OpenCode initial={code} />
        <p>
          <a href={checkUrl}>{t('code.shared.takeCheckYourself')}</a>
        </p>
      </div>
    );
  }

  const result = completedFromCode(outcome.result, instrument);
  const { scores } = result;
  const overall = scores.overall;
  const names = Object.fromEntries(instrument.dimensions.map((d) => [d.id, d.name]));
  const save = () => setSaved(saveToDevice(instrument, basePath, result));
  const [completedBefore, completedAfter] = around(t, 'code.shared.completed', 'date', { version: outcome.result.instrument.version });

  return (
    <div class="shared-result">
      {/* Empty until "Save to this device" meets a storage problem; then it says what and why. */}
      <StorageBanner />
      <h1>{t('code.shared.title')}</h1>
      <p class="result-meta">
        {completedBefore}
        <time dateTime={outcome.result.date}>{formatDate(result.completedAt, lang)}</time>
        {completedAfter}
        {outcome.result.role && <> · <RoleName role={outcome.result.role} /></>}
      </p>
      <p class="note">{t('code.shared.readOnly')}</p>

      <section aria-labelledby="shared-overall-title">
        <h2 id="shared-overall-title">
          {overall.status === 'scored' ? t('code.shared.overall', { band: bandLabel(instrument, overall.band), score: Math.round(overall.score) }) : t('code.shared.noOverall')}
        </h2>
        <FiguresTable
          class="shared-scores"
          caption={t('code.shared.caption')}
          columns={[t('code.attribute'), t('code.shared.score'), t('code.shared.band')]}
        >
          {scores.attributes.map((a) => (
            <tr key={a.dimension}>
              <th scope="row">{names[a.dimension] ?? a.dimension}</th>
              <td>{a.status === 'scored' ? Math.round(a.score) : '—'}</td>
              <td>{a.status === 'scored' ? bandLabel(instrument, a.band) : t('code.notEnoughAnswers')}</td>
            </tr>
          ))}
        </FiguresTable>
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
        <h2 id="shared-save-title">{t('code.shared.keep')}</h2>
        <button type="button" class="button" onClick={save}>
          {t('code.shared.save')}
        </button>
        <p role="status">{saved && savedText(t, saved)}</p>
        <p>
          <a href={historyUrl}>{t('code.shared.history')}</a> · <a href={checkUrl}>{t('code.shared.takeCheck')}</a>
        </p>
      </section>
    </div>
  );
}
