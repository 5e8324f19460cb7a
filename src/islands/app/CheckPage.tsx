// The check page's island: TakeCheck takes the instrument as a prop, and the page carries only its address (see with-instrument.tsx).
import TakeCheck from '../assessment/TakeCheck.tsx';
import { withInstrument } from './with-instrument.tsx';

export default withInstrument(TakeCheck);
