import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { ResultCodeProps } from './ResultCode.tsx';

/**
 * What the results page carries before anyone asks: one button. The code, its link and the QR
 * encoder load on the first press, so the results page stays as light as it was.
 */
export function ShareAsCode(props: ResultCodeProps) {
  const [Panel, setPanel] = useState<ComponentType<ResultCodeProps> | null>(null);
  const [failed, setFailed] = useState(false);
  return (
    <section aria-labelledby="share-code-title" class="no-print share-code">
      <h2 id="share-code-title">Pass it on as a code or link</h2>
      {Panel ? (
        <Panel {...props} />
      ) : (
        <>
          <p>A short code or a link carries this result to a facilitator by chat or e-mail, with no file and no upload.</p>
          <button
            type="button"
            class="button secondary"
            onClick={() =>
              import('./ResultCode.tsx').then(
                (module) => setPanel(() => module.default),
                () => setFailed(true),
              )
            }
          >
            Show the code and link
          </button>
          {failed && <p role="alert">The code could not be loaded. Reload the page and try again.</p>}
        </>
      )}
    </section>
  );
}
