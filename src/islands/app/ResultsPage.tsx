// The result page's island: Results takes the instrument as a prop, and the page carries only its address (see with-instrument.tsx).
import Results from '../assessment/Results.tsx';
import { withInstrument } from './with-instrument.tsx';

export default withInstrument(Results);
