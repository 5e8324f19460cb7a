import type { Dimension, Instrument } from '../../../domain/instrument/schema.ts';
import { statementsPerAttribute } from '../../../domain/index.ts';
import type { AboutLinks } from './about-links.ts';

/** What every language's text says about the instrument, worked out once from it. */
export interface AboutFacts {
  critical: Dimension[];
  /** The top band's name. */
  top: string;
  frequency: string[];
  agreement: string[];
  perAttribute: { min: number; max: number };
}

export function aboutFacts(instrument: Instrument): AboutFacts {
  const bands = [...instrument.bands].sort((a, b) => a.min - b.min);
  return {
    critical: instrument.dimensions.filter((d) => d.critical),
    top: bands.at(-1)?.label ?? '',
    frequency: instrument.scales.frequency?.points.map((p) => p.label) ?? [],
    agreement: instrument.scales.agreement?.points.map((p) => p.label) ?? [],
    perAttribute: statementsPerAttribute(instrument),
  };
}

/**
 * What the About page's text in each language is given: the instrument in that language, numbers
 * in its words, and links that keep the reader in the page's language.
 */
export interface AboutProps {
  instrument: Instrument;
  facts: AboutFacts;
  /** 8 → "eight", „acht“. */
  numberWords: (n: number) => string;
  /** "six", "five or six", „vier bis sechs“. */
  rangeWords: (min: number, max: number) => string;
  /** Where the text points into the playbook; see about-links.ts. */
  links: AboutLinks;
  /** The playbook's index. */
  playbookHref: string;
  /** The readiness check's first page. */
  checkHref: string;
  /**
   * Set when the text is shown on a page of another language (which has no text of its own): the
   * article then says which language it is in. The note saying so comes in as the default slot.
   */
  lang?: string | undefined;
}
