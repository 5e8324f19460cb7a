/** `npm run words`: words of prose per chapter and in all, as the playbook's quality bar counts them. */
import { readdirSync, readFileSync } from 'node:fs';
import { countWords } from '../src/playbook/reading-time.ts';

const DIR = 'content/playbook';
const rows = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => ({ file, words: countWords(readFileSync(`${DIR}/${file}`, 'utf8')) }))
  .sort((a, b) => b.words - a.words);
const width = Math.max(...rows.map((r) => r.file.length));
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${String(r.words).padStart(6)}`);
console.log(`${'total'.padEnd(width)}  ${String(rows.reduce((n, r) => n + r.words, 0)).padStart(6)}  (${rows.length} chapters)`);
