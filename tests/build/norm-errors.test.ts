import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { tempProject } from './temp-project.ts';

/**
 * One copy of the project with one bad norm file per kind of mistake (and the valid example):
 * the build must stop and name each file, line and field. One build serves every case, since
 * the norm check reports all files before it stops.
 */
const EXAMPLE = 'content/norms/example-whole-organization-q3.yaml';
const BAD: Record<string, (example: string) => string> = {
  'newer-version.yaml': (t) => t.replace('name: "Example: whole organization, Q3"', 'name: "From version 99"').replace(/version: \d+/, 'version: 99'),
  'other-instrument.yaml': (t) => t.replace('name: "Example: whole organization, Q3"', 'name: "Other survey"').replace('id: learning-culture-readiness', 'id: engagement-survey'),
  'too-few.yaml': (t) => t.replace('name: "Example: whole organization, Q3"', 'name: "Tiny team"').replace('n: 48', 'n: 4'),
  'bad-date.yaml': (t) => t.replace('name: "Example: whole organization, Q3"', 'name: "Bad date"').replace('date: "2026-09-30"', 'date: "2026-13-01"'),
  'no-name.yaml': (t) => t.replace('name: "Example: whole organization, Q3"', 'name: ""'),
  'same-name.yaml': (t) => t,
  'small-cell.yaml': (t) => t.replace('name: "Example: whole organization, Q3"', 'name: "Small cell"').replace('scale: "fewer than 3"', 'scale: 2'),
  'spread-too-early.yaml': (t) =>
    t.replace('name: "Example: whole organization, Q3"', 'name: "Spread too early"').replace('n: 48', 'n: 8').replace(/bands: \{[^}]*\}/g, 'bands: {}'),
  'individual-answers.yaml': (t) => t.replace('name: "Example: whole organization, Q3"', 'name: "With answers"').concat('answers:\n  exec-1: 4\n'),
};

let output = '';
let ok = true;
let lines: Record<string, string> = {};

beforeAll(() => {
  const project = tempProject();
  let example = '';
  project.edit(EXAMPLE, (t) => {
    example = t;
    return `${t}\n`;
  });
  for (const [name, make] of Object.entries(BAD)) writeFileSync(join(project.dir, 'content/norms', name), make(example));
  ({ ok, output } = project.build());
  lines = Object.fromEntries(Object.keys(BAD).map((name) => [name, output.split('\n').filter((l) => l.includes(`content/norms/${name}:`)).join('\n')]));
}, 300_000);

describe('a bad organization norm stops the build, naming file, line and field', () => {
  test('the build fails', () => {
    expect(ok).toBe(false);
    expect(output).toMatch(/\d+ problem\(s\) in the organization norms/);
    expect(output).not.toContain(`${EXAMPLE}:`);
  });
  test('a norm from another instrument version', () => {
    expect(lines['newer-version.yaml']).toMatch(/newer-version\.yaml:9: instrument\.version: is 99, but this site asks version \d+\. Results of different versions are not comparable/);
  });
  test('a norm from another instrument', () => {
    expect(lines['other-instrument.yaml']).toMatch(/other-instrument\.yaml:8: instrument\.id: is "engagement-survey"/);
  });
  test('a norm under the team threshold', () => {
    expect(lines['too-few.yaml']).toMatch(/too-few\.yaml:6: n: is 4; a norm needs at least 5 results/);
  });
  test('a norm with an impossible date', () => {
    expect(lines['bad-date.yaml']).toMatch(/bad-date\.yaml:5: date: "2026-13-01" is not a date/);
  });
  test('a norm without a name, and one with another norm’s name', () => {
    expect(lines['no-name.yaml']).toMatch(/no-name\.yaml:4: name: must not be empty/);
    expect(lines['same-name.yaml']).toMatch(/same-name\.yaml:4: name: "Example: whole organization, Q3" is already the name of /);
  });
  test('a band count under 3 that is not suppressed', () => {
    expect(lines['small-cell.yaml']).toMatch(/small-cell\.yaml:35: attributes\[5\]\.bands\.scale: 2 could point at one or two people; write "fewer than 3" instead/);
  });
  test('quartiles from fewer than 10 results', () => {
    expect(lines['spread-too-early.yaml']).toMatch(/spread-too-early\.yaml:14: attributes\[0\]\.quartiles: quartiles are kept only from 10 results/);
  });
  test('a norm holding anything beyond team figures', () => {
    expect(lines['individual-answers.yaml']).toMatch(/individual-answers\.yaml:\d+: answers: is not a field of a norm; a norm holds team figures only/);
  });
});
