import { useEffect, useRef, useState } from 'preact/hooks';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { CompletedResult } from '../../domain/result/result.ts';
import { codeForResult } from '../../domain/result-code/to-result.ts';

export interface ResultCodeProps {
  instrument: Instrument;
  result: CompletedResult;
  /** Address of the page that opens codes, e.g. /assessment/shared/. */
  sharedUrl: string;
}

/** Copies text; where the clipboard is not offered, selects it so the person can copy it themselves. */
async function copy(text: string, field: HTMLInputElement | null): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied.';
  } catch {
    field?.select();
    return 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
}

/**
 * A result as a code, a link and (on request) a QR code. The link carries the code after "#",
 * which browsers never send to a server, so passing it on involves no server at all.
 */
export default function ResultCode({ instrument, result, sharedUrl }: ResultCodeProps) {
  const [status, setStatus] = useState('');
  const [qr, setQr] = useState<{ path: string; size: number } | null>(null);
  const codeField = useRef<HTMLInputElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const encoded = codeForResult(result, instrument, new Date(result.completedAt).getTimezoneOffset());
  useEffect(() => setQr(null), [result.id]);

  if (!encoded.ok) return <p class="note">{encoded.message}</p>;
  const { code } = encoded;
  const link = `${new URL(sharedUrl, window.location.href).href}#${code}`;

  return (
    <div class="result-code">
      <p>
        The code holds your answers, your role if you gave it, and the day, nothing else: no name, no label, no time of day.
        Whoever has it can see this result, so share it only with the people you mean to.
      </p>
      <div class="field">
        <label for="result-code-text">Your result code</label>
        <input id="result-code-text" ref={codeField} class="code-text" type="text" readOnly value={code} spellcheck={false} />
      </div>
      <div class="field">
        <label for="result-code-link">Link that opens it</label>
        <input id="result-code-link" ref={linkField} type="text" readOnly value={link} spellcheck={false} />
      </div>
      <div class="step-actions">
        <button type="button" class="button" onClick={async () => setStatus(await copy(code, codeField.current))}>
          Copy the code
        </button>
        <button type="button" class="button secondary" onClick={async () => setStatus(await copy(link, linkField.current))}>
          Copy the link
        </button>
        {!qr && (
          <button
            type="button"
            class="button secondary"
            onClick={async () => {
              setStatus('Making the QR code…');
              try {
                const { qrPath } = await import('./qr.ts');
                setQr(qrPath(link));
                setStatus('The QR code is shown below.');
              } catch {
                setStatus('The QR code could not be made here; the code and the link still work.');
              }
            }}
          >
            Show QR code
          </button>
        )}
      </div>
      <p class="code-status" role="status">
        {status}
      </p>
      {qr && (
        <figure class="qr">
          <svg width={240} height={240} viewBox={`-4 -4 ${qr.size + 8} ${qr.size + 8}`} role="img" aria-label="QR code of the link to this result">
            {/* Black on white in every theme: scanners need the contrast, and the quiet zone around it. */}
            <rect x={-4} y={-4} width={qr.size + 8} height={qr.size + 8} fill="#fff" />
            <path d={qr.path} fill="#000" />
          </svg>
          <figcaption>Scan it with a phone’s camera, or in the team view where the browser can scan.</figcaption>
        </figure>
      )}
    </div>
  );
}
