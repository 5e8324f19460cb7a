/**
 * `npm run fingerprint -- <article.txt> [more.txt …]`: writes the fingerprint the originality test
 * compares chapters against. It holds the truncated hash of every normalised 12-word run of the
 * given texts, never the text itself (the article is someone else's copyrighted work), so the
 * repository stays self-contained. Run it again, with every source at hand, when a source changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { HASH_DIGITS, RUN_LENGTH, fingerprint } from '../src/checks/word-runs.ts';

const FINGERPRINT_FILE = 'tests/unit/content/original-prose.fingerprint.json';

const paths = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
if (paths.length === 0) {
  console.error('Usage: npm run fingerprint -- <source-article.txt> [another.txt …]');
  console.error(`Writes ${FINGERPRINT_FILE}: hashes of every ${RUN_LENGTH}-word run, never the text.`);
  process.exit(1);
}

const hashes = new Set<string>();
for (const path of paths) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${path}: ${(error as Error).message}`);
    process.exit(1);
  }
  const runs = fingerprint(text);
  if (runs.length === 0) {
    console.error(`${path} has fewer than ${RUN_LENGTH} words; is it the right file?`);
    process.exit(1);
  }
  for (const hash of runs) hashes.add(hash);
}

const document = {
  about: `Truncated SHA-256 of every normalised ${RUN_LENGTH}-word run of the source article(s); regenerate with npm run fingerprint -- <article.txt>.`,
  runLength: RUN_LENGTH,
  hashDigits: HASH_DIGITS,
  sources: paths.length,
  hashes: [...hashes].sort(),
};
writeFileSync(FINGERPRINT_FILE, `${JSON.stringify(document, null, 1)}\n`);
console.log(`Wrote ${hashes.size} run hashes from ${paths.length} source(s) to ${FINGERPRINT_FILE}.`);
