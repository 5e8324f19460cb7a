import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookup } from '../../../src/domain/index.ts';
import { defaultInstrument } from '../domain/fixtures/default-instrument.ts';

const dir = new URL('../../../content/playbook/', import.meta.url);
const chapters = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => ({ file, text: readFileSync(new URL(file, dir), 'utf8') }));
const instrument = defaultInstrument();
const { itemsById, dimensionsById } = lookup(instrument);

/** Every use of a component that names a statement or an attribute of the check, with its line. */
function uses(pattern: RegExp): { file: string; line: number; value: string }[] {
  return chapters.flatMap(({ file, text }) =>
    [...text.matchAll(pattern)].map((m) => ({ file, line: text.slice(0, m.index).split('\n').length, value: m[1] ?? '' })),
  );
}

describe('chapters that show the readiness check’s statements', () => {
  it('name only statements and attributes the instrument has (the build fails on the rest)', () => {
    const statements = uses(/<Statement\s+id="([^"]*)"/g).filter((u) => !itemsById.has(u.value));
    const attributes = uses(/<(?:Statements|MirrorPair)\s+attribute="([^"]*)"/g).filter((u) => !dimensionsById.has(u.value));
    expect([...statements, ...attributes].map((u) => `${u.file}:${u.line}: ${u.value}`)).toEqual([]);
  });

  it('show every attribute’s statements in its chapter’s “How to measure it”, rendered from the instrument', () => {
    for (const dimension of instrument.dimensions) {
      const chapter = chapters.find((c) => c.file === `${dimension.chapter}.mdx`);
      const section = chapter?.text.split('## How to measure it')[1]?.split('\n## ')[0] ?? '';
      expect(section, dimension.id).toContain(`<Statements attribute="${dimension.id}" />`);
    }
  });

  it('do not write the check’s numbers out by hand in Reading your results', () => {
    const chapter = chapters.find((c) => c.file === 'reading-your-results.mdx')!.text;
    expect(chapter).not.toMatch(/\b(four to six|forty|\d+ to \d+) statements\b|\(\d+ to \d+\)|Not sure/);
    expect(chapter).toContain('<BandTable />');
  });
});
