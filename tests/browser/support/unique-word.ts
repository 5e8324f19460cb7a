import { readdirSync, readFileSync } from 'node:fs';

/**
 * A word that appears in one chapter and in no other, even as the start of a longer word
 * (Pagefind stems), so a search for it has exactly one right answer whatever the content becomes.
 */
export function wordOnlyIn(slug: string, dir = 'content/playbook'): string {
  const words = (file: string) => new Set(readFileSync(`${dir}/${file}`, 'utf8').toLowerCase().match(/[a-z]+/g) ?? []);
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  const stems = new Set(
    files.filter((f) => f !== `${slug}.mdx`).flatMap((f) => [...words(f)].map((w) => w.slice(0, 5))),
  );
  const candidate = [...words(`${slug}.mdx`)]
    .filter((w) => w.length >= 8)
    .sort()
    .find((w) => !stems.has(w.slice(0, 5)));
  if (!candidate) throw new Error(`No word is unique to ${slug}.mdx`);
  return candidate;
}
