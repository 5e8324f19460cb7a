import type { ComponentProps } from 'preact';
import { useState } from 'preact/hooks';
import { prepareToRead } from '../../assessment/check-store.ts';
import TakeCheck from '../assessment/TakeCheck.tsx';
import { withInstrument, type WithInstrumentProps } from './with-instrument.tsx';

const Check = withInstrument(TakeCheck);

type Props = WithInstrumentProps<ComponentProps<typeof TakeCheck>> & {
  /** The instrument's id, known before the instrument arrives: it names the stored document. */
  instrumentId: string;
};

/**
 * The check page's island: the check, given the instrument once it has been fetched (see
 * with-instrument.tsx). When this browser already holds answers, the code that reads them starts
 * loading at the same time as the instrument, not after it has arrived and the check has rendered.
 */
export default function CheckPage({ instrumentId, ...props }: Props) {
  useState(() => prepareToRead(props.basePath, instrumentId));
  return <Check {...props} />;
}
