import type { AttributeAdvice } from '../../domain/advice/advise.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { bandLabel } from '../../domain/instrument/bands.ts';
import { linkHref, playTitle, type PlaybookIndex } from './links.ts';

interface Props {
  instrument: Instrument;
  advice: readonly AttributeAdvice[];
  index: PlaybookIndex;
}

/** Advice per attribute: the band, the instrument's paragraph, and links into the chapter and its plays. */
export function AdviceList({ instrument, advice, index }: Props) {
  return (
    <ul class="advice-list">
      {advice.map((a) => (
        <li key={a.dimension} class="advice">
          <h3>
            {a.name} <span class="advice-score">{Math.round(a.score)} · {bandLabel(instrument, a.band)}</span>
          </h3>
          {a.text && <p>{a.text}</p>}
          <p class="advice-links">
            <a href={linkHref(index, a.link)}>
              {a.link.anchor === 'plays' ? `Read “${index.chapters[a.chapter.chapter] ?? a.name}”` : `Try the play “${playTitle(index, a.link)}”`}
            </a>
            {a.plays.filter((p) => p.anchor !== a.link.anchor).length > 0 && (
              <>
                {' '}
                · More plays:{' '}
                {a.plays
                  .filter((p) => p.anchor !== a.link.anchor)
                  .map((p, i) => (
                    <span key={p.anchor}>
                      {i > 0 && ', '}
                      <a href={linkHref(index, p)}>{playTitle(index, p)}</a>
                    </span>
                  ))}
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
