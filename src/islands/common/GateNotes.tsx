import type { Instrument } from '../../domain/instrument/schema.ts';
import type { StoredScores } from '../../domain/scoring/types.ts';
import { gateNotes } from './score-words.ts';
import { useWords } from './words.tsx';

/**
 * What limits a result (the critical gate), one paragraph each, most important first; scores
 * stored by version 1 show the notes they were saved with.
 */
export function GateNotes({ instrument, scores, lang }: { instrument: Instrument; scores: StoredScores; lang: string }) {
  const t = useWords();
  const notes = scores.method === 2 ? gateNotes(t, instrument, scores, lang) : scores.notes;
  return (
    <>
      {notes.map((note) => (
        <p class="note" key={note}>
          {note}
        </p>
      ))}
    </>
  );
}
