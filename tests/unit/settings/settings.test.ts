import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../../src/settings/contrast.ts';
import { loadSettings, canonicalBasePath } from '../../../src/settings/load.ts';
import { THEME_BACKGROUNDS } from '../../../src/settings/theme-colours.ts';
import { readFileSync } from 'node:fs';

function settingsFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cf-settings-'));
  const file = join(dir, 'site.yaml');
  writeFileSync(file, text);
  return file;
}

const minimal = 'organization: Acme\ntitle: Acme learns\ntagline: Is our culture ready?\n';

describe('contrast', () => {
  test('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#fff', '#ffffff')).toBe(1);
  });

  test('the stylesheet uses the backgrounds the accent check measures against', () => {
    const css = readFileSync('src/styles/tokens.css', 'utf8');
    expect(css).toContain(`--bg: light-dark(${THEME_BACKGROUNDS.light[0]}, ${THEME_BACKGROUNDS.dark[0]})`);
    expect(css).toContain(`--bg-subtle: light-dark(${THEME_BACKGROUNDS.light[1]}, ${THEME_BACKGROUNDS.dark[1]})`);
  });
});

describe('the settings file', () => {
  test('the shipped content/site.yaml is valid', () => {
    expect(loadSettings('content/site.yaml', {}).title).toBeTruthy();
  });

  test('fills in defaults for everything optional', () => {
    const settings = loadSettings(settingsFile(minimal), {});
    expect(settings).toMatchObject({ basePath: '/', defaultTheme: 'system', lang: 'en', team: { minGroupSize: 5 } });
  });

  test('BASE_PATH overrides the configured base path and is normalised', () => {
    const file = settingsFile(`${minimal}basePath: /docs/\n`);
    expect(loadSettings(file, { BASE_PATH: 'intranet/culture' }).basePath).toBe('/intranet/culture/');
    expect(loadSettings(file, {}).basePath).toBe('/docs/');
    expect(canonicalBasePath('/')).toBe('/');
  });

  test('a low-contrast accent is refused with the ratio it got, the field and the line', () => {
    const file = settingsFile(`${minimal}accent:\n  light: "#9ab8d8"\n  dark: "#8cc4ff"\n`);
    expect(() => loadSettings(file, {})).toThrow(
      new RegExp(`${file}:5: accent\\.light: #9ab8d8 has a contrast ratio of 2\\.\\d\\d:1 on the light theme`),
    );
  });

  test('a dark accent on the dark theme is refused too', () => {
    const file = settingsFile(`${minimal}accent:\n  light: "#1f5a96"\n  dark: "#1f5a96"\n`);
    expect(() => loadSettings(file, {})).toThrow(/accent\.dark: #1f5a96 has a contrast ratio of .* Pick a lighter color/);
  });

  test('a minimum group size below 3 is refused', () => {
    const file = settingsFile(`${minimal}team:\n  minGroupSize: 2\n`);
    expect(() => loadSettings(file, {})).toThrow(/:5: team\.minGroupSize: must be at least 3/);
  });

  test('an unknown field is named', () => {
    expect(() => loadSettings(settingsFile(`${minimal}colour: red\n`), {})).toThrow(/unknown field\(s\) colour/);
  });

  test('broken YAML is reported with its line', () => {
    expect(() => loadSettings(settingsFile(`${minimal}title: [unclosed\n`), {})).toThrow(/not valid YAML:\n.*site\.yaml:\d+:/);
  });

  test('a base path without slashes in the file is explained', () => {
    expect(() => loadSettings(settingsFile(`${minimal}basePath: intranet\n`), {})).toThrow(/basePath: must start and end with "\/"/);
  });
});
