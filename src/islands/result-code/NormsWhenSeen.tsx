import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NormChoice } from '../../domain/norms/markers.ts';
import { fetchJson } from '../common/fetch-json.ts';
import { useWords } from '../common/words.tsx';
import type { NormMarkersProps } from './NormMarkers.tsx';

type Loaded = { readonly Markers: ComponentType<NormMarkersProps>; readonly choices: readonly NormChoice[] };

/**
 * The comparison with the organization's norms, fetched (its code and the norms file) only when
 * its section comes near the screen: it sits below the scores, and many never scroll to it.
 */
export function NormsWhenSeen({ normsUrl, ...props }: Omit<NormMarkersProps, 'choices'> & { normsUrl: string }) {
  const t = useWords();
  const section = useRef<HTMLElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const load = () =>
      Promise.all([import('./NormMarkers.tsx'), fetchJson<NormChoice[]>(normsUrl)]).then(
        ([module, choices]) => setLoaded({ Markers: module.NormMarkers, choices }),
        () => setFailed(true),
      );
    const target = section.current;
    if (!target || !('IntersectionObserver' in window)) {
      void load();
      return;
    }
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        near.disconnect();
        void load();
      },
      { rootMargin: '200px 0px' },
    );
    near.observe(target);
    return () => near.disconnect();
  }, [normsUrl]);

  if (loaded) return <loaded.Markers choices={loaded.choices} {...props} />;
  return (
    <section ref={section} class="norm-markers no-print" aria-labelledby="norms-title">
      <h2 id="norms-title">{t('code.norms.title')}</h2>
      {failed ? (
        <p role="alert">{t('code.norms.failed')}</p>
      ) : (
        <p class="note">{t('code.norms.loading')}</p>
      )}
    </section>
  );
}
