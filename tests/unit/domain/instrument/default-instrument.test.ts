import { describe, expect, it } from 'vitest';
import { formatProblems, validateInstrument } from '../../../../src/domain/index.ts';
import { defaultInstrument, playbookChapters, readDefaultInstrumentYaml } from '../fixtures/default-instrument.ts';

describe('the default instrument (content/assessment/learning-culture-readiness.yaml)', () => {
  const instrument = defaultInstrument();

  it('passes every build check against the playbook chapters', () => {
    const check = validateInstrument(readDefaultInstrumentYaml(), { file: 'learning-culture-readiness.yaml', chapters: playbookChapters });
    expect(formatProblems(check.problems)).toBe('');
    expect(check.ok).toBe(true);
  });

  it('has the id, version and the eight attributes in the playbook order', () => {
    expect(instrument.id).toBe('learning-culture-readiness');
    expect(instrument.version).toBe(1);
    expect(instrument.title).toBe('Learning culture readiness');
    expect(instrument.estimatedMinutes).toBe(10);
    expect(instrument.dimensions.map((d) => [d.id, d.name])).toEqual([
      ['executive-buy-in', 'Executive buy-in'],
      ['business-alignment', 'Business alignment'],
      ['transparency', 'Transparency'],
      ['trust', 'Trust'],
      ['learner-focus', 'Learner focus'],
      ['tangible-rewards', 'Tangible rewards'],
      ['manager-engagement', 'Manager engagement'],
      ['resources', 'Resources'],
    ]);
    for (const d of instrument.dimensions) expect(d.chapter).toBe(d.id);
    expect(instrument.dimensions.filter((d) => d.critical).map((d) => d.id)).toEqual(['executive-buy-in']);
    expect(instrument.dimensions.every((d) => d.weight > 0)).toBe(true);
  });

  it('has a five-point agreement scale plus Not sure', () => {
    expect(instrument.scale.points).toEqual([
      { value: 1, label: 'Strongly disagree' },
      { value: 2, label: 'Disagree' },
      { value: 3, label: 'Neither agree nor disagree' },
      { value: 4, label: 'Agree' },
      { value: 5, label: 'Strongly agree' },
    ]);
    expect(instrument.scale.notSure.label).toBe('Not sure');
  });

  it('has 40 items, five per attribute, one or two reverse-worded in each', () => {
    expect(instrument.items).toHaveLength(40);
    expect(new Set(instrument.items.map((i) => i.id)).size).toBe(40);
    for (const d of instrument.dimensions) {
      const items = instrument.items.filter((i) => i.dimension === d.id);
      expect(items, d.id).toHaveLength(5);
      const reverse = items.filter((i) => i.reverse).length;
      expect(reverse, d.id).toBeGreaterThanOrEqual(1);
      expect(reverse, d.id).toBeLessThanOrEqual(2);
    }
  });

  it('words every statement as behaviour in a time frame', () => {
    for (const item of instrument.items) {
      expect(item.text, item.id).toMatch(/^(In the last (month|quarter|six months|year)|Over the last year|When .* in the last year)/);
    }
  });

  it('has the three bands with the agreed thresholds, and advice for every attribute in every band', () => {
    expect(instrument.bands.map((b) => [b.id, b.label, b.min, b.max])).toEqual([
      ['foundation', 'Build the foundation first', 0, 50],
      ['pilot', 'Ready to pilot', 50, 75],
      ['scale', 'Ready to scale', 75, 100],
    ]);
    expect(instrument.advice).toHaveLength(24);
    for (const a of instrument.advice) expect(a.link.chapter).toBe(a.dimension);
  });
});
