/**
 * `npm run i18n:status`: for every language of the site besides the default, what is still in
 * the default language: interface texts (content/i18n/<language>.yaml), the check's statements
 * (content/assessment/<language>/) and chapters (content/playbook/<language>/). Exits 1 when an
 * interface text is missing or wrong, since the build refuses those too; missing chapters fall
 * back to the default language with a note, so they are listed, not failed.
 */
import { existsSync } from 'node:fs';
import { catalogFiles, readCatalog } from '../src/content-data/catalog-files.ts';
import { chapterFiles } from '../src/content-data/chapter-files.ts';
import { instrumentFile } from '../src/content-data/instrument-file.ts';
import { translationFiles } from '../src/content-data/instrument-translations.ts';
import { en } from '../src/i18n/en/index.ts';
import { loadSettings } from '../src/settings/load.ts';

const settings = loadSettings('content/site.yaml', {});
const others = settings.languages.filter((l) => l !== settings.lang);
const chapters = [...chapterFiles().keys()];
const originals = chapters.filter((slug) => !others.some((l) => slug.startsWith(`${l}/`)));
let failed = false;

if (others.length === 0) console.log(`The site has one language (${settings.lang}); add more under "languages" in content/site.yaml.`);

for (const lang of others) {
  console.log(`\n${lang}`);
  const file = catalogFiles('.').get(lang);
  if (!file) {
    failed = true;
    console.log(`  ✖ interface: content/i18n/${lang}.yaml is missing (${Object.keys(en).length} texts to translate)`);
  } else {
    const { problems } = readCatalog('.', file, lang);
    failed ||= problems.length > 0;
    console.log(problems.length === 0 ? `  ✔ interface: all ${Object.keys(en).length} texts` : `  ✖ interface: ${problems.length} problem(s)`);
    for (const problem of problems) console.log(`      ${problem}`);
  }

  const translation = translationFiles('.', instrumentFile('.')).get(lang);
  console.log(
    translation && existsSync(translation)
      ? `  ✔ readiness check: ${translation} (checked against the instrument by the build)`
      : `  … readiness check: no translation in content/assessment/${lang}/, so the statements appear in ${settings.lang}`,
  );

  const missing = originals.filter((slug) => !chapters.includes(`${lang}/${slug}`));
  console.log(`  ${missing.length === 0 ? '✔' : '…'} chapters: ${originals.length - missing.length} of ${originals.length} translated`);
  for (const slug of missing) console.log(`      content/playbook/${lang}/${slug}.mdx (shown in ${settings.lang} with a note)`);
}
process.exit(failed ? 1 : 0);
