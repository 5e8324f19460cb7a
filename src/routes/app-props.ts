import settings from 'virtual:culture-first/settings';
import { dataFileUrl, normsFile } from '../content-data/data-files.ts';
import { siteInstrument } from '../content-data/instrument.ts';
import { siteNorms } from '../norms/site-norms.ts';
import { playbookIndex } from '../content-data/playbook-index.ts';
import { withBase } from '../routing/url.ts';

/** The props every app island takes: the instrument and the site's settings. */
export async function appProps() {
  return { instrument: await siteInstrument(), basePath: settings.basePath, lang: settings.lang };
}

/** The address of the organization's norms file for the result pages, or undefined when there are no norms. */
export async function normsUrl(): Promise<string | undefined> {
  const norms = await siteNorms(await siteInstrument());
  return norms.length > 0 ? dataFileUrl(await normsFile()) : undefined;
}

/** The same, with the chapter and play titles for islands that link into the playbook. */
export async function appPropsWithIndex() {
  return { ...(await appProps()), index: await playbookIndex(withBase('/')) };
}
