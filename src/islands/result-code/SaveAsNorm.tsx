import { useState } from 'preact/hooks';
import { downloadText } from '../../assessment/download.ts';
import { normYaml, type ReportFigures } from '../../domain/norms/from-report.ts';

interface Props {
  /** The team report’s shown figures; null while there are none. */
  report: ReportFigures | null;
  minGroupSize: number;
  spreadMinimum: number;
}

const today = () => new Date().toLocaleDateString('en-CA');

/**
 * Saves the team report’s disclosure-controlled figures as a norm file for content/norms/. The
 * file is made here and downloaded; committing it is the organization’s decision.
 */
export function SaveAsNorm({ report, minGroupSize, spreadMinimum }: Props) {
  const [name, setName] = useState('');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  if (!report) return null;
  return (
    <section class="save-norm no-print" aria-labelledby="save-norm-title">
      <h2 id="save-norm-title">Save as an organization norm</h2>
      <p>
        A norm keeps this report’s team figures only (n, medians, the middle half from {spreadMinimum} results, band counts with
        small counts hidden), never a result. Commit the file to <code>content/norms/</code> and rebuild: every result page then
        shows it as a reference.
      </p>
      <div class="field">
        <label for="norm-name">Name, as people will choose it</label>
        <input id="norm-name" type="text" maxLength={80} value={name} placeholder="Whole organization, Q3" onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="norm-date">Date of the report</label>
        <input id="norm-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="norm-note">Note (optional): who took part, in what period</label>
        <input id="norm-note" type="text" maxLength={400} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      <button
        type="button"
        class="button secondary"
        onClick={() => {
          const made = normYaml(report, { name, date, note }, { minGroupSize, spreadMinimum });
          if (!made.ok) {
            setMessage(made.message);
            return;
          }
          downloadText(made.fileName, made.yaml, 'application/yaml');
          setMessage(`Saved as ${made.fileName}. Put it in content/norms/ and rebuild the site.`);
        }}
      >
        Save as a norm file
      </button>
      <p role="status">{message}</p>
    </section>
  );
}
