/** The components every chapter can use without importing them, and the elements chapters render through. */
import AttributeCard from './AttributeCard.astro';
import Callout from './Callout.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Link from './Link.astro';
import Play from './Play.astro';
import Quote from './Quote.astro';
import Reference from './Reference.astro';

export const chapterComponents = { AttributeCard, Callout, Play, Quote, Reference, a: Link, h2: H2, h3: H3 };
