import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { normChoices, normYaml, validateNorm, type NormContext } from '../../../../src/domain/norms/index.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';

const instrument = defaultInstrument();
const context: NormContext = { instrument, minGroupSize: 5, spreadMinimum: 10, today: '2026-11-29' };
const example = () => parse(readFileSync('content/norms/example-whole-organization-q3.yaml', 'utf8')) as Record<string, unknown>;

function problems(data: unknown): string[] {
  const check = validateNorm(data, context);
  return check.ok ? [] : check.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('a norm file', () => {
  it('the shipped example is valid for the site’s instrument and says it is illustrative', () => {
    expect(problems(example())).toEqual([]);
    expect(String(example().name)).toMatch(/^Example:/);
    expect(String(example().note)).toMatch(/illustrative/i);
  });

  it('from another instrument version is refused, naming the field', () => {
    const data = { ...example(), instrument: { id: instrument.id, version: instrument.version + 1 } };
    expect(problems(data)).toEqual([expect.stringMatching(/^instrument\.version: is \d+, but this site asks version \d+\. Results of different versions are not comparable/)]);
  });

  it('from another instrument is refused', () => {
    expect(problems({ ...example(), instrument: { id: 'other-survey', version: 1 } })[0]).toMatch(/^instrument\.id: /);
  });

  it('with n under the team threshold is refused', () => {
    expect(problems({ ...example(), n: 4 })).toContain('n: is 4; a norm needs at least 5 results (the team view’s smallest group), so that no one can be singled out.');
  });

  it('with quartiles under the spread minimum is refused', () => {
    const attributes = [{ id: 'trust', median: 60, quartiles: [45, 75], bands: { foundation: 3, pilot: 3 } }];
    expect(problems({ ...example(), n: 9, attributes })).toEqual([expect.stringMatching(/^attributes\[0\]\.quartiles: quartiles are kept only from 10 results/)]);
  });

  it('with an unsuppressed small band count, an unknown band or attribute, or counts above n, is refused', () => {
    const attributes = [
      { id: 'trust', median: 60, bands: { foundation: 2, pilot: 40 } },
      { id: 'trusting', median: 60 },
      { id: 'resources', median: 40, bands: { foundation: 30, best: 30 } },
    ];
    expect(problems({ ...example(), attributes })).toEqual([
      'attributes[0].bands.foundation: 2 could point at one or two people; write "fewer than 3" instead.',
      expect.stringMatching(/^attributes\[1\]\.id: "trusting" is not an attribute/),
      expect.stringMatching(/^attributes\[2\]\.bands\.best: "best" is not a band/),
      'attributes[2].bands: the band counts add up to 60, more than n = 48.',
    ]);
  });

  it('with a bad date, a future date, an empty name or an individual’s fields is refused', () => {
    expect(problems({ ...example(), date: '2026-02-30' })[0]).toMatch(/^date: "2026-02-30" is not a date/);
    expect(problems({ ...example(), date: '2027-01-01' })[0]).toMatch(/^date: 2027-01-01 is in the future/);
    expect(problems({ ...example(), name: '  ' })[0]).toMatch(/^name: must not be empty/);
    expect(problems({ ...example(), answers: { 'exec-1': 3 } })[0]).toBe('answers: is not a field of a norm; a norm holds team figures only.');
  });
});

describe('a team report saved as a norm', () => {
  const report = {
    instrument: { id: instrument.id, version: instrument.version },
    n: 7,
    attributes: [
      { id: 'trust', median: 61.4, quartiles: [44.9, 75.2] as const, bands: { foundation: 2, pilot: 4, scale: 1 } },
      { id: 'resources' },
    ],
  };

  it('keeps only what disclosure control allows, and validates as a norm', () => {
    const text = normYaml(report, { name: 'Engineering', date: '2026-11-20' }, { minGroupSize: 5, spreadMinimum: 10 });
    if (!text.ok) throw new Error(text.problem);
    expect(text.fileName).toBe('engineering.yaml');
    const data = parse(text.yaml);
    expect(data.attributes).toEqual([{ id: 'trust', median: 61, bands: { foundation: 'fewer than 3', pilot: 4, scale: 'fewer than 3' } }]);
    expect(problems(data)).toEqual([]);
  });

  it('keeps quartiles from 10 results and refuses a group under the threshold', () => {
    const text = normYaml({ ...report, n: 12 }, { name: 'Whole organization, Q3', date: '2026-11-20' }, { minGroupSize: 5, spreadMinimum: 10 });
    expect(text.ok && parse(text.yaml).attributes[0].quartiles).toEqual([45, 75]);
    expect(normYaml({ ...report, n: 4 }, { name: 'x', date: '2026-11-20' }, { minGroupSize: 5, spreadMinimum: 10 })).toEqual({
      ok: false,
      problem: 'too-few-results',
      values: { minimum: 5, n: 4 },
    });
  });

  it('becomes markers in the instrument’s attribute order, with a spread only where the norm has one', () => {
    const data = example();
    const check = validateNorm(data, context);
    if (!check.ok) throw new Error('example invalid');
    const [choice] = normChoices([{ key: 'example', norm: check.norm }], instrument.dimensions.map((d) => d.id));
    expect(choice?.label).toBe('Example: whole organization, Q3 (n = 48, 2026-09-30)');
    expect(choice?.markers.map((m) => m.dimension)).toEqual(instrument.dimensions.map((d) => d.id));
    expect(choice?.markers[0]).toEqual({ dimension: 'executive-buy-in', median: 45, spread: { low: 30, high: 60 } });
  });
});
