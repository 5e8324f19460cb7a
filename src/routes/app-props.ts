import settings from 'virtual:culture-first/settings';
import { siteInstrument } from '../content-data/instrument.ts';
import { playbookIndex } from '../content-data/playbook-index.ts';
import { withBase } from '../routing/url.ts';

/** The props every app island takes: the instrument and the site's settings. */
export async function appProps() {
  return { instrument: await siteInstrument(), basePath: settings.basePath, lang: settings.lang };
}

/** The same, with the chapter and play titles for islands that link into the playbook. */
export async function appPropsWithIndex() {
  return { ...(await appProps()), index: await playbookIndex(withBase('/')) };
}
