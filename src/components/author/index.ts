/** The components every chapter can use without importing them, and the elements chapters render through. */
import AttributeCard from './AttributeCard.astro';
import BandTable from './BandTable.astro';
import CheckFact from './CheckFact.astro';
import MirrorPair from './MirrorPair.astro';
import Statement from './Statement.astro';
import Statements from './Statements.astro';
import Callout from './Callout.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Link from './Link.astro';
import Play from './Play.astro';
import Quote from './Quote.astro';
import Reference from './Reference.astro';

export const chapterComponents = {
  AttributeCard,
  BandTable,
  Callout,
  CheckFact,
  MirrorPair,
  Play,
  Quote,
  Reference,
  Statement,
  Statements,
  a: Link,
  h2: H2,
  h3: H3,
};
