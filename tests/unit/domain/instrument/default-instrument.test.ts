import { describe, expect, it } from 'vitest';
import { formatProblems, validateInstrument } from '../../../../src/domain/index.ts';
import { defaultInstrument, playbookChapters, readDefaultInstrumentYaml } from '../fixtures/default-instrument.ts';

describe('the default instrument (content/assessment/learning-culture-readiness.yaml)', () => {
  const instrument = defaultInstrument();
  const itemsOf = (dimension: string) => instrument.items.filter((i) => i.dimension === dimension);

  it('passes every build check against the playbook chapters', () => {
    const check = validateInstrument(readDefaultInstrumentYaml(), { file: 'learning-culture-readiness.yaml', chapters: playbookChapters });
    expect(formatProblems(check.problems)).toBe('');
    expect(check.ok).toBe(true);
  });

  it('is version 2 of the readiness check, with the eight attributes in the playbook order', () => {
    expect(instrument.id).toBe('learning-culture-readiness');
    expect(instrument.version).toBe(2);
    expect(instrument.title).toBe('Readiness check');
    expect(instrument.dimensions.map((d) => [d.id, d.name, d.topic])).toEqual([
      ['executive-buy-in', 'Executive buy-in', 'Senior leaders'],
      ['business-alignment', 'Business alignment', 'Learning and business goals'],
      ['transparency', 'Transparency', 'Information about learning'],
      ['trust', 'Trust', 'Mistakes and speaking up'],
      ['learner-focus', 'Learner focus', 'Your own learning'],
      ['tangible-rewards', 'Tangible rewards', 'Skills and opportunities'],
      ['manager-engagement', 'Manager engagement', 'Your manager'],
      ['resources', 'Resources', 'Time, help and materials'],
    ]);
    for (const d of instrument.dimensions) expect(d.chapter).toBe(d.id);
    expect(instrument.dimensions.filter((d) => d.critical).map((d) => d.id)).toEqual(['executive-buy-in']);
  });

  it('declares one window of three months, the two scales and the two answers outside them', () => {
    expect(instrument.window).toEqual({ label: 'the last three months', months: 3 });
    expect(instrument.scales.frequency?.points.map((p) => p.label)).toEqual(['Never', 'Rarely', 'Sometimes', 'Often', 'Always']);
    expect(instrument.scales.agreement?.points.map((p) => p.label)).toEqual(['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree']);
    expect(instrument.outsideAnswers).toEqual({ dontKnow: { label: 'Don’t know' }, notApplicable: { label: 'Doesn’t apply here / no occasion' } });
    expect(instrument.scoring).toEqual({ minimumScoredAnswers: 3, minimumScoredAttributes: 6, fastAnswerSeconds: 2 });
  });

  it('has 5–6 statements per attribute, at least 2 reverse-worded and at least one mirror pair in each', () => {
    expect(new Set(instrument.items.map((i) => i.id)).size).toBe(instrument.items.length);
    for (const d of instrument.dimensions) {
      const items = itemsOf(d.id);
      expect(items.length, d.id).toBeGreaterThanOrEqual(5);
      expect(items.length, d.id).toBeLessThanOrEqual(6);
      expect(items.filter((i) => i.reverse).length, d.id).toBeGreaterThanOrEqual(2);
      expect(items.filter((i) => i.mirror !== undefined).length, d.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps every statement to 25 words, one sentence, American spelling and typographic apostrophes', () => {
    for (const item of instrument.items) {
      expect(item.text.split(/\s+/).length, item.id).toBeLessThanOrEqual(25);
      expect(item.text, item.id).toMatch(/^[A-Z][^.?!]*\.$/);
      for (const text of [item.text, item.observes]) {
        expect(text, item.id).not.toMatch(/'/);
        expect(text, item.id).not.toMatch(/\b(behaviour|organis|colour|favour|centre|programme|towards|afterwards|learnt|whilst|judgement)/i);
        // One idea each: no statement joins two claims with “and also” or asks about two subjects at once.
        expect(text, item.id).not.toMatch(/\band also\b|\band\/or\b/);
      }
    }
  });

  it('words each statement for the subject it declares, and no other', () => {
    const phrase = { me: /\bI\b/, team: /\bmy team\b/i, manager: /\bmy manager\b/i, 'senior-leaders': /\bsenior leaders\b/i } as const;
    for (const item of instrument.items) {
      expect(item.text, item.id).toMatch(phrase[item.subject]);
      if (item.subject !== 'senior-leaders') expect(item.text, item.id).not.toMatch(phrase['senior-leaders']);
      if (item.subject !== 'manager') expect(item.text, item.id).not.toMatch(phrase.manager);
      if (item.subject !== 'me') expect(item.text, item.id).not.toMatch(phrase.me);
    }
    // Executive buy-in is about senior leaders and manager engagement about one’s manager, throughout.
    for (const item of itemsOf('executive-buy-in')) expect(item.subject, item.id).toBe('senior-leaders');
    for (const item of itemsOf('manager-engagement')) expect(item.subject, item.id).toBe('manager');
  });

  it('states no time window inside a statement: the instrument’s one window applies to all', () => {
    for (const item of instrument.items) expect(item.text, item.id).not.toMatch(/\b(last|past) (week|month|quarter|year|six months|three months)\b/i);
  });

  it('names, beside each statement, the behavior it observes and a play of its own attribute', () => {
    for (const item of instrument.items) {
      const dimension = instrument.dimensions.find((d) => d.id === item.dimension)!;
      expect(dimension.plays, item.id).toContain(item.play);
      expect(item.observes.length, item.id).toBeGreaterThan(10);
    }
  });

  it('has the three bands, with a result of middle answers only in the lowest, and advice for every attribute in every band', () => {
    expect(instrument.bands.map((b) => [b.id, b.label, b.min, b.max])).toEqual([
      ['foundation', 'Build the foundation first', 0, 55],
      ['pilot', 'Ready to pilot', 55, 75],
      ['scale', 'Ready to scale', 75, 100],
    ]);
    expect(instrument.advice).toHaveLength(24);
    for (const a of instrument.advice) expect(a.link.chapter).toBe(a.dimension);
  });
});
