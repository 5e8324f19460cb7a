// The shared-result page's island: SharedResult takes the instrument as a prop, and the page carries only its address (see with-instrument.tsx).
import SharedResult from '../result-code/SharedResult.tsx';
import { withInstrument } from './with-instrument.tsx';

export default withInstrument(SharedResult);
