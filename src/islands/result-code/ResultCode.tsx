import { useEffect, useRef, useState } from 'preact/hooks';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { CompletedResult } from '../../domain/result/result.ts';
import { codeForResult } from '../../domain/result-code/to-result.ts';
import type { MessageKey } from '../../i18n/en/index.ts';
import { useWords } from '../common/words.tsx';
import { unencodableText } from './code-words.ts';

export interface ResultCodeProps {
  instrument: Instrument;
  result: CompletedResult;
  /** Address of the page that opens codes, e.g. /assessment/shared/. */
  sharedUrl: string;
}

/** Copies text; where the clipboard is not offered, selects it so the person can copy it themselves. */
async function copy(text: string, field: HTMLInputElement | null): Promise<MessageKey> {
  try {
    await navigator.clipboard.writeText(text);
    return 'code.result.copied';
  } catch {
    field?.select();
    return 'code.result.selected';
  }
}

/**
 * A result as a code, a link and (on request) a QR code. The link carries the code after "#",
 * which browsers never send to a server, so passing it on involves no server at all.
 */
export default function ResultCode({ instrument, result, sharedUrl }: ResultCodeProps) {
  const t = useWords();
  const [status, setStatus] = useState<MessageKey | null>(null);
  const [qr, setQr] = useState<{ path: string; size: number } | null>(null);
  const codeField = useRef<HTMLInputElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const encoded = codeForResult(result, instrument, new Date(result.completedAt).getTimezoneOffset());
  useEffect(() => setQr(null), [result.id]);

  if (!encoded.ok) return <p class="note">{unencodableText(t, encoded)}</p>;
  const { code } = encoded;
  const link = `${new URL(sharedUrl, window.location.href).href}#${code}`;

  return (
    <div class="result-code">
      <p>{t('code.result.holds')}</p>
      <div class="field">
        <label for="result-code-text">{t('code.result.code')}</label>
        <input id="result-code-text" ref={codeField} class="code-text" type="text" readOnly value={code} spellcheck={false} />
      </div>
      <div class="field">
        <label for="result-code-link">{t('code.result.link')}</label>
        <input id="result-code-link" ref={linkField} type="text" readOnly value={link} spellcheck={false} />
      </div>
      <div class="step-actions">
        <button type="button" class="button" onClick={async () => setStatus(await copy(code, codeField.current))}>
          {t('code.result.copyCode')}
        </button>
        <button type="button" class="button secondary" onClick={async () => setStatus(await copy(link, linkField.current))}>
          {t('code.result.copyLink')}
        </button>
        {!qr && (
          <button
            type="button"
            class="button secondary"
            onClick={async () => {
              setStatus('code.result.makingQr');
              try {
                const { qrPath } = await import('./qr.ts');
                setQr(qrPath(link));
                setStatus('code.result.qrShown');
              } catch {
                setStatus('code.result.qrFailed');
              }
            }}
          >
            {t('code.result.showQr')}
          </button>
        )}
      </div>
      <p class="code-status" role="status">
        {status && t(status)}
      </p>
      {qr && (
        <figure class="qr">
          <svg width={240} height={240} viewBox={`-4 -4 ${qr.size + 8} ${qr.size + 8}`} role="img" aria-label={t('code.result.qr')}>
            {/* Black on white in every theme: scanners need the contrast, and the quiet zone around it. */}
            <rect x={-4} y={-4} width={qr.size + 8} height={qr.size + 8} fill="#fff" />
            <path d={qr.path} fill="#000" />
          </svg>
          <figcaption>{t('code.result.qrCaption')}</figcaption>
        </figure>
      )}
    </div>
  );
}
