// The team page's island: TeamView takes the instrument as a prop, and the page carries only its address (see with-instrument.tsx).
import TeamView from '../team/TeamView.tsx';
import { withInstrument } from './with-instrument.tsx';

export default withInstrument(TeamView);
