import { createContext, type ComponentChildren, type FunctionComponent } from 'preact';
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

/**
 * An island's entry: gives `Inner` the words its page passed (`messages`), so every component
 * inside can `useWords()`. Without them (shown inside another island) it uses that island's words.
 */
export function withWords<P extends { lang: string }>(Inner: FunctionComponent<P>): FunctionComponent<P & { messages?: Messages }> {
  return function Island({ messages, ...props }) {
    const inner = <Inner {...(props as unknown as P)} />;
    return messages ? (
      <WordsProvider messages={messages} lang={props.lang}>
        {inner}
      </WordsProvider>
    ) : (
      inner
    );
  };
}
