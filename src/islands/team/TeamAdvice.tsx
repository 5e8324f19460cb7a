import type { AttributeAdvice } from '../../domain/advice/advise.ts';
import { bandLabel } from '../../domain/instrument/bands.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { linkHref, playTitle, type PlaybookIndex } from '../assessment/links.ts';
import { whole } from './format.ts';

interface Props {
  instrument: Instrument;
  advice: readonly AttributeAdvice[];
  index: PlaybookIndex;
}

/** Advice for the team: like the personal advice, but the figure is the team's median. */
export function TeamAdvice({ instrument, advice, index }: Props) {
  return (
    <ul class="advice-list">
      {advice.map((a) => {
        const more = a.plays.filter((p) => p.anchor !== a.link.anchor);
        return (
          <li key={a.dimension} class="advice">
            <h4>
              {a.name} <span class="advice-score">median {whole(a.score)} · {bandLabel(instrument, a.band)}</span>
            </h4>
            {a.text && <p>{a.text}</p>}
            <p class="advice-links">
              <a href={linkHref(index, a.link)}>
                {a.link.anchor === 'plays' ? `Read “${index.chapters[a.chapter.chapter] ?? a.name}”` : `Try the play “${playTitle(index, a.link)}”`}
              </a>
              {more.length > 0 && (
                <>
                  {' '}
                  · More plays:{' '}
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
