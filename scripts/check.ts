/**
 * `npm run check`: the type check (which also validates every chapter's frontmatter and the
 * instrument against their schemas), then a build whose checks cover every internal link and
 * anchor and the instrument's links into the playbook. Problems print as `file:line: message`.
 */
import { run } from './run.ts';

const steps: [string, string, string[], Record<string, string>?][] = [
  ['Type check and content schemas', 'astro', ['check']],
  ['Build with link, anchor and instrument checks', 'astro', ['build'], { OUT_DIR: '.test-builds/check' }],
];

for (const [title, command, args, env] of steps) {
  console.log(`\n▶ ${title}`);
  const code = run(command, args, env);
  if (code !== 0) {
    console.error(`\n✖ ${title} failed. Fix the problems listed above (file:line: message) and run npm run check again.`);
    process.exit(code);
  }
}
console.log('\n✔ Content, types, links and anchors are all in order.');
