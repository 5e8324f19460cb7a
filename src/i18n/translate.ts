/**
 * Interface words, looked up by key. A message is a string with `{name}` placeholders, or one
 * string per plural category (`one`, `other`, …) chosen by `Intl.PluralRules` from `count`.
 * Numbers put into a message are formatted for its language.
 * Pure and tiny: islands get the messages they need as props and translate with this.
 */
export type PluralMessage = { readonly other: string } & Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;
export type Message = string | PluralMessage;
export type Messages = Readonly<Record<string, Message>>;
export type Values = Readonly<Record<string, string | number>>;

export type Translate<K extends string = string> = (key: K, values?: Values) => string;

/** Plural rules and number formats, made once per language: a build makes a translator for every page. */
const intlByLang = new Map<string, { plurals: Intl.PluralRules; numbers: Intl.NumberFormat }>();

function intlFor(lang: string) {
  let intl = intlByLang.get(lang);
  if (!intl) {
    intl = { plurals: new Intl.PluralRules(lang), numbers: new Intl.NumberFormat(lang) };
    intlByLang.set(lang, intl);
  }
  return intl;
}

export function translator<K extends string>(messages: Readonly<Record<K, Message>>, lang: string): Translate<K> {
  const { plurals, numbers } = intlFor(lang);
  return (key, values = {}) => {
    const message = messages[key];
    if (message === undefined) return key;
    const count = values['count'];
    const text = typeof message === 'string' ? message : (message[plurals.select(typeof count === 'number' ? count : 0)] ?? message.other);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

/** The messages whose keys start with one of `prefixes`: what one island needs, and no more. */
export function pickMessages<K extends string>(messages: Readonly<Record<K, Message>>, prefixes: readonly string[]): Record<string, Message> {
  return Object.fromEntries(Object.entries<Message>(messages).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
}

/**
 * A message split around one placeholder, for sentences with a link or emphasis inside:
 * `const [before, after] = around(t, 'key', 'link')` renders as `{before}<a>…</a>{after}`.
 */
export function around<K extends string>(t: Translate<K>, key: K, name: string, values: Values = {}): [string, string] {
  const [before = '', after = ''] = t(key, { ...values, [name]: '\u0000' }).split('\u0000');
  return [before, after];
}
