import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { translator, type Messages } from '../../i18n/translate.ts';
import { fetchJson } from '../common/fetch-json.ts';

/** An island's props without the instrument, and where to fetch it instead. */
export type WithInstrumentProps<P> = Omit<P, 'instrument' | 'messages'> & { instrumentUrl: string; messages: Messages };

/**
 * An app island, given the instrument in the page's language once it has been fetched. The app
 * pages fetch it as one JSON file per language instead of carrying it in their props: the same
 * file on every app page of a language, its name holding a hash of its content, so the browser
 * fetches it once and keeps it (AppPage asks for it from the head, alongside the island's code).
 * Until it is here the island shows nothing, as before its code arrives; if it cannot be
 * fetched, the page says so.
 */
export function withInstrument<P extends { instrument: Instrument; lang: string; messages?: Messages }>(
  Island: ComponentType<P>,
): ComponentType<WithInstrumentProps<P>> {
  return function WithInstrument({ instrumentUrl, ...props }: WithInstrumentProps<P>) {
    /** Undefined while on its way, null when it could not be fetched. */
    const [instrument, setInstrument] = useState<Instrument | null | undefined>(undefined);
    // Asked for during the first render, not in an effect after the first paint: nothing waits for a frame.
    useState(() => fetchJson<Instrument>(instrumentUrl).then(setInstrument, () => setInstrument(null)));
    if (instrument) return <Island {...(props as unknown as P)} instrument={instrument} />;
    if (instrument === undefined) return null;
    return (
      <p class="callout warning" role="alert">
        {translator(props.messages, props.lang)('common.instrumentNotLoaded')}
      </p>
    );
  };
}
