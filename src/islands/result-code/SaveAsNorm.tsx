import { useState } from 'preact/hooks';
import { downloadText } from '../../assessment/download.ts';
import { NORM_NAME_MAX, normYaml, type ReportFigures } from '../../domain/norms/from-report.ts';
import { around } from '../../i18n/translate.ts';
import { useWords } from '../common/words.tsx';
import { normProblemText } from './code-words.ts';

interface Props {
  /** The team report’s shown figures; null while there are none. */
  report: ReportFigures | null;
  minGroupSize: number;
  spreadMinimum: number;
}

/** Today as YYYY-MM-DD (the date field's value format, not a language's). */
const today = () => new Date().toLocaleDateString('en-CA');

/**
 * Saves the team report’s disclosure-controlled figures as a norm file for content/norms/. The
 * file is made here and downloaded; committing it is the organization’s decision.
 */
export function SaveAsNorm({ report, minGroupSize, spreadMinimum }: Props) {
  const t = useWords();
  const [name, setName] = useState('');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  if (!report) return null;
  const [before, after] = around(t, 'code.saveNorm.intro', 'folder', { minimum: spreadMinimum });
  return (
    <section class="save-norm no-print" aria-labelledby="save-norm-title">
      <h2 id="save-norm-title">{t('code.saveNorm.title')}</h2>
      <p>
        {before}
        <code>content/norms/</code>
        {after}
      </p>
      <div class="field">
        <label for="norm-name">{t('code.saveNorm.name')}</label>
        <input id="norm-name" type="text" maxLength={NORM_NAME_MAX} value={name} placeholder={t('code.saveNorm.namePlaceholder')} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="norm-date">{t('code.saveNorm.date')}</label>
        <input id="norm-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="norm-note">{t('code.saveNorm.note')}</label>
        <input id="norm-note" type="text" maxLength={400} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      <button
        type="button"
        class="button secondary"
        onClick={() => {
          const made = normYaml(report, { name, date, note }, { minGroupSize, spreadMinimum });
          if (!made.ok) {
            setMessage(normProblemText(t, made));
            return;
          }
          downloadText(made.fileName, made.yaml, 'application/yaml');
          setMessage(t('code.saveNorm.saved', { file: made.fileName }));
        }}
      >
        {t('code.saveNorm.save')}
      </button>
      <p role="status">{message}</p>
    </section>
  );
}
