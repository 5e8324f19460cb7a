import { beforeAll, describe, expect, test } from 'vitest';
import { tempProject } from './temp-project.ts';

/**
 * A translation that drifted from the English source stops the build and says where: one copy of
 * the project with a broken translation of the check, one with a broken interface catalog.
 */
let instrument = { ok: true, output: '' };
let catalog = { ok: true, output: '' };

beforeAll(() => {
  const a = tempProject();
  a.edit('content/assessment/de/learning-culture-readiness.yaml', (t) =>
    t.replace(/\n  exec-take-part:\n    text: [^\n]*\n    observes: [^\n]*/, '').replace('\nbands:', '\n  exec-invented:\n    text: Neu\n    observes: Neu\nbands:'),
  );
  instrument = a.build();
  const b = tempProject();
  b.edit('content/i18n/de.yaml', (t) => t.replace(/^site\.menu: .*\n/m, '').replace('playbook.yourScore: Ihr Wert für {attribute}', 'playbook.yourScore: Ihr Wert').concat('site.unused: Übrig\n'));
  catalog = b.build();
}, 600_000);

describe('a German translation of the check with a missing and an extra statement', () => {
  test('stops the build, naming the file, the line and the statement', () => {
    expect(instrument.ok).toBe(false);
    expect(instrument.output).toContain('A translation of the readiness instrument has problems');
    expect(instrument.output).toMatch(/content\/assessment\/de\/learning-culture-readiness\.yaml:\d+: items\.exec-take-part: is missing/);
    expect(instrument.output).toMatch(/content\/assessment\/de\/learning-culture-readiness\.yaml:\d+: items\.exec-invented: is not in the instrument/);
  });
});

describe('a German interface catalog with a missing, a changed and an extra text', () => {
  test('stops the build, naming the file, the line and the key', () => {
    expect(catalog.ok).toBe(false);
    expect(catalog.output).toMatch(/content\/i18n\/de\.yaml:1: site\.menu: is missing \(English: “Menu”\)/);
    expect(catalog.output).toMatch(/content\/i18n\/de\.yaml:\d+: playbook\.yourScore: uses the placeholders \{\} but must use \{attribute\}/);
    expect(catalog.output).toMatch(/content\/i18n\/de\.yaml:\d+: site\.unused: is not a text of the interface/);
  });
});
