import type { AttributeAdvice } from '../../domain/advice/advise.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { bandLabel } from '../../domain/instrument/bands.ts';
import { linkHref, playTitle, type PlaybookIndex } from '../../routing/playbook-links.ts';
import { useWords } from './words.tsx';

interface Props {
  instrument: Instrument;
  advice: readonly AttributeAdvice[];
  index: PlaybookIndex;
  /** The heading level that fits the page's outline (results: h3; team view: h4, or h5 when comparing groups). */
  heading?: 'h3' | 'h4' | 'h5';
  /** The figure and band as words, when they are not one person's score (a team's median range). */
  scoreText?: (advice: AttributeAdvice) => string;
}

/**
 * Advice per attribute: the band, the instrument's paragraph, and links into the chapter and its
 * plays. Used for one person's result and for a team's medians. Its words are `common.advice.*`.
 */
export function AdviceList({ instrument, advice, index, heading: Heading = 'h3', scoreText }: Props) {
  const t = useWords();
  return (
    <ul class="advice-list">
      {advice.map((a) => {
        const more = a.plays.filter((p) => p.anchor !== a.link.anchor);
        return (
          <li key={a.dimension} class="advice">
            <Heading>
              {a.name}{' '}
              <span class="advice-score">{scoreText ? scoreText(a) : `${Math.round(a.score)} · ${bandLabel(instrument, a.band)}`}</span>
            </Heading>
            {a.text && <p>{a.text}</p>}
            <p class="advice-links">
              <a href={linkHref(index, a.link)}>
                {a.link.anchor === 'plays'
                  ? t('common.advice.read', { chapter: index.chapters[a.chapter.chapter] ?? a.name })
                  : t('common.advice.tryPlay', { play: playTitle(index, a.link) })}
              </a>
              {more.length > 0 && (
                <>
                  {' '}
                  · {t('common.advice.morePlays')}{' '}
                  {more.map((p, i) => (
                    <span key={p.anchor}>
                      {i > 0 && ', '}
                      <a href={linkHref(index, p)}>{playTitle(index, p)}</a>
                    </span>
                  ))}
                </>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
