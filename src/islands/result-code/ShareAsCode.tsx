import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { useWords } from '../common/words.tsx';
import type { ResultCodeProps } from './ResultCode.tsx';

/**
 * What the results page carries before anyone asks: one button. The code, its link and the QR
 * encoder load on the first press, so the results page stays as light as it was.
 */
export function ShareAsCode(props: ResultCodeProps) {
  const [Panel, setPanel] = useState<ComponentType<ResultCodeProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const t = useWords();
  return (
    <section aria-labelledby="share-code-title" class="no-print share-code">
      <h2 id="share-code-title">{t('code.share.title')}</h2>
      {Panel ? (
        <Panel {...props} />
      ) : (
        <>
          <p>{t('code.share.intro')}</p>
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
            {t('code.share.show')}
          </button>
          {failed && <p role="alert">{t('code.share.failed')}</p>}
        </>
      )}
    </section>
  );
}
