// The history page's island: History takes the instrument as a prop, and the page carries only its address (see with-instrument.tsx).
import History from '../assessment/History.tsx';
import { withInstrument } from './with-instrument.tsx';

export default withInstrument(History);
