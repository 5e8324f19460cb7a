import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const DIR = 'content/playbook';

/** Words that tell a play assumes everyone is in one room. */
const ONE_ROOM = /\b(room|wall|cards?|sticky|flip ?chart|whiteboard|workshop|in person|circle|session|meeting|huddle|debrief|timeline)\b/i;

interface Play {
  file: string;
  line: number;
  id: string;
  attrs: string;
  body: string;
}

function playsIn(file: string): Play[] {
  const text = readFileSync(`${DIR}/${file}`, 'utf8');
  return [...text.matchAll(/<Play\b([^>]*)>([\s\S]*?)<\/Play>/g)].map((m) => ({
    file,
    line: text.slice(0, m.index).split('\n').length,
    id: m[1]?.match(/\bid="([^"]+)"/)?.[1] ?? '?',
    attrs: m[1] ?? '',
    body: m[2] ?? '',
  }));
}

const plays = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .flatMap(playsIn);
const where = (p: Play) => `${DIR}/${p.file}:${p.line} <Play id="${p.id}">`;
const has = (p: Play, attr: string) => new RegExp(`\\b${attr}="[^"]+"`).test(p.attrs);

describe('plays', () => {
  test('there are plays to check', () => {
    expect(plays.length).toBeGreaterThanOrEqual(24);
  });

  test('every play says how you will know it worked', () => {
    const missing = plays.filter((p) => !has(p, 'worked')).map(where);
    expect(missing, `add worked="…" (it finishes “You will know it worked when …”) to:\n${missing.join('\n')}`).toEqual([]);
  });

  test('every play that assumes one room has remote, hybrid and frontline settings', () => {
    const missing = plays
      .filter((p) => ONE_ROOM.test(p.attrs.replace(/\b(remote|hybrid|frontline|worked)="[^"]*"/g, '') + p.body))
      .filter((p) => !['remote', 'hybrid', 'frontline'].every((a) => has(p, a)))
      .map(where);
    expect(missing, `add remote="…", hybrid="…" and frontline="…" to:\n${missing.join('\n')}`).toEqual([]);
  });
});
