import { useEffect, useRef, useState } from 'preact/hooks';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { PastedCode } from '../../domain/result-code/paste.ts';
import { addCodes, type GroupId } from '../../team/team-store.ts';
import type { MessageKey } from '../../i18n/en/index.ts';
import { useWords } from '../common/words.tsx';
import { pastedSummary, refusalText } from './code-words.ts';

interface Props {
  instrument: Instrument;
  /** The groups codes can go to; a choice appears when there are two. */
  groups: readonly { readonly id: GroupId; readonly name: string }[];
}

/** Where the browser can read QR codes itself; elsewhere the scan option is simply not there. */
const canScan = () => 'BarcodeDetector' in window && Boolean(navigator.mediaDevices?.getUserMedia);

/**
 * The team view’s box for result codes: paste any text (a chat, an e-mail thread, a spreadsheet
 * column) and every code in it is read, each refused one listed with its reason, repeats counted
 * once. The results join the chosen group exactly as an imported file would.
 */
export function CodePaste({ instrument, groups }: Props) {
  const [text, setText] = useState('');
  const [group, setGroup] = useState<GroupId>(groups[0]?.id ?? 'a');
  const t = useWords();
  const [summary, setSummary] = useState('');
  const [codes, setCodes] = useState<readonly PastedCode[]>([]);
  const [scanning, setScanning] = useState(false);
  const [scanProblem, setScanProblem] = useState<MessageKey | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const stopScan = useRef<(() => void) | null>(null);
  const target = groups.some((g) => g.id === group) ? group : (groups[0]?.id ?? 'a');

  useEffect(() => () => stopScan.current?.(), []);

  const read = async () => {
    let reader: typeof import('../../team/team-lazy.ts');
    try {
      reader = await import('../../team/team-lazy.ts');
    } catch {
      setSummary(t('code.paste.readerFailed'));
      return;
    }
    const { pasted, sources } = reader.readCodes(text, instrument, (number) => t('code.paste.source', { number }));
    setSummary(pastedSummary(t, pasted.count));
    setCodes(pasted.codes);
    addCodes(target, sources);
    if (pasted.codes.every((c) => c.outcome !== 'refused')) setText('');
  };

  const startScan = async () => {
    setScanProblem(null);
    setScanning(true);
    try {
      const { scanQrCodes } = await import('./camera.ts');
      if (!video.current) return;
      stopScan.current = await scanQrCodes(video.current, (found) => setText((before) => (before.includes(found) ? before : `${before}\n${found}`.trim())));
    } catch {
      setScanning(false);
      setScanProblem('code.paste.cameraFailed');
    }
  };
  const endScan = () => {
    stopScan.current?.();
    stopScan.current = null;
    setScanning(false);
  };

  const refused = codes.flatMap((c) => (c.outcome === 'refused' ? [c] : []));
  const repeated = codes.flatMap((c) => (c.outcome === 'duplicate' ? [c] : []));
  return (
    <section class="code-paste loader" aria-labelledby="code-paste-title">
      <h2 id="code-paste-title">{t('code.paste.title')}</h2>
      <div class="field">
        <label for="code-paste-text">{t('code.paste.label')}</label>
        <textarea id="code-paste-text" rows={5} spellcheck={false} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      {groups.length > 1 && (
        <fieldset class="code-paste-group">
          <legend>{t('code.paste.group')}</legend>
          {groups.map((g) => (
            <p class="checkbox" key={g.id}>
              <input id={`code-paste-group-${g.id}`} type="radio" name="code-paste-group" checked={target === g.id} onChange={() => setGroup(g.id)} />
              <label for={`code-paste-group-${g.id}`}>{g.name}</label>
            </p>
          ))}
        </fieldset>
      )}
      <div class="step-actions">
        <button type="button" class="button secondary" onClick={() => void read()} disabled={!text.trim()}>
          {t('code.paste.read')}
        </button>
        {canScan() &&
          (scanning ? (
            <button type="button" class="button secondary" onClick={endScan}>
              {t('code.paste.stopScan')}
            </button>
          ) : (
            <button type="button" class="button secondary" onClick={() => void startScan()}>
              {t('code.paste.scan')}
            </button>
          ))}
      </div>
      {scanning && <video ref={video} class="code-scan" muted playsInline aria-label={t('code.paste.camera')} />}
      {scanProblem && <p role="alert">{t(scanProblem)}</p>}
      <p class="code-paste-status" role="status">
        {summary}
      </p>
      {refused.length > 0 && (
        <div class="file-problems">
          <h3>{t('code.paste.refused', { count: refused.length })}</h3>
          <ul class="file-list">
            {refused.map((c, i) => (
              <li key={`${i}-${c.code}`} class="code-refused">
                <code>{c.code}</code>: <span class="code-reason">{refusalText(t, c.refusal)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {repeated.length > 0 && (
        <details>
          <summary>{t('code.paste.repeated', { count: repeated.length })}</summary>
          <ul class="file-list">
            {repeated.map((c, i) => (
              <li key={`${i}-${c.code}`}>
                <code>{c.code}</code>: {t('code.paste.duplicate', { first: c.first })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
