import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { MessageKey } from '../../i18n/en/index.ts';
import { translator, type Messages, type Translate } from '../../i18n/translate.ts';

/**
 * The interface words an island was given (its page picks them from the catalog of its language),
 * for every component inside the island: `const t = useWords(); t('check.next')`.
 */
const Words = createContext<Translate<MessageKey>>((key) => key);

export function WordsProvider({ messages, lang, children }: { messages: Messages; lang: string; children: ComponentChildren }) {
  const t = useMemo(() => translator(messages, lang) as Translate<MessageKey>, [messages, lang]);
  return <Words.Provider value={t}>{children}</Words.Provider>;
}

export function useWords(): Translate<MessageKey> {
  return useContext(Words);
}
