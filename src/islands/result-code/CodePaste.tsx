import { useEffect, useRef, useState } from 'preact/hooks';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { PastedCode } from '../../domain/result-code/paste.ts';
import { addCodes, type GroupId } from '../../team/team-store.ts';

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
  const [summary, setSummary] = useState('');
  const [codes, setCodes] = useState<readonly PastedCode[]>([]);
  const [scanning, setScanning] = useState(false);
  const [scanProblem, setScanProblem] = useState('');
  const video = useRef<HTMLVideoElement>(null);
  const stopScan = useRef<(() => void) | null>(null);
  const target = groups.some((g) => g.id === group) ? group : (groups[0]?.id ?? 'a');

  useEffect(() => () => stopScan.current?.(), []);

  const read = async () => {
    let reader: typeof import('../../team/team-lazy.ts');
    try {
      reader = await import('../../team/team-lazy.ts');
    } catch {
      setSummary('The code reader could not be loaded. Reload the page and try again; your text is still in the box.');
      return;
    }
    const { pasted, sources } = reader.readCodes(text, instrument);
    setSummary(pasted.summary);
    setCodes(pasted.codes);
    addCodes(target, sources);
    if (pasted.codes.every((c) => c.outcome !== 'refused')) setText('');
  };

  const startScan = async () => {
    setScanProblem('');
    setScanning(true);
    try {
      const { scanQrCodes } = await import('./camera.ts');
      if (!video.current) return;
      stopScan.current = await scanQrCodes(video.current, (found) => setText((before) => (before.includes(found) ? before : `${before}\n${found}`.trim())));
    } catch {
      setScanning(false);
      setScanProblem('The camera could not be used (it may be blocked for this site). Paste the codes instead.');
    }
  };
  const endScan = () => {
    stopScan.current?.();
    stopScan.current = null;
    setScanning(false);
  };

  const refused = codes.filter((c) => c.outcome === 'refused');
  const repeated = codes.filter((c) => c.outcome === 'duplicate');
  return (
    <section class="code-paste loader" aria-labelledby="code-paste-title">
      <h2 id="code-paste-title">Or paste result codes</h2>
      <div class="field">
        <label for="code-paste-text">Text with result codes: a chat, an e-mail thread or a spreadsheet column</label>
        <textarea id="code-paste-text" rows={5} spellcheck={false} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      {groups.length > 1 && (
        <fieldset class="code-paste-group">
          <legend>Add the results to</legend>
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
          Read the codes
        </button>
        {canScan() &&
          (scanning ? (
            <button type="button" class="button secondary" onClick={endScan}>
              Stop scanning
            </button>
          ) : (
            <button type="button" class="button secondary" onClick={() => void startScan()}>
              Scan QR codes with the camera
            </button>
          ))}
      </div>
      {scanning && <video ref={video} class="code-scan" muted playsInline aria-label="Camera picture for scanning QR codes" />}
      {scanProblem && <p role="alert">{scanProblem}</p>}
      <p class="code-paste-status" role="status">
        {summary}
      </p>
      {refused.length > 0 && (
        <div class="file-problems">
          <h3>Codes not used ({refused.length})</h3>
          <ul class="file-list">
            {refused.map((c, i) => (
              <li key={`${i}-${c.code}`} class="code-refused">
                <code>{c.code}</code>: <span class="code-reason">{c.message}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {repeated.length > 0 && (
        <details>
          <summary>Repeated codes, counted once ({repeated.length})</summary>
          <ul class="file-list">
            {repeated.map((c, i) => (
              <li key={`${i}-${c.code}`}>
                <code>{c.code}</code>: {c.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
