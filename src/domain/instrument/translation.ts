import type { Instrument } from './schema.ts';

/**
 * An instrument's words in another language. Only text is translated: ids, weights, scale values,
 * band limits and links stay those of the instrument, so results taken in any language are the
 * same result and combine in the team view.
 */
export interface TranslationProblem {
  /** Where in the translation file, e.g. `items.exec-take-part.text`; '' for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

type Text = Record<string, unknown>;

const isRecord = (value: unknown): value is Text => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Applies `translation` (the parsed YAML of content/assessment/<lang>/<id>.yaml) to `instrument`.
 * Every statement, attribute, band, scale point and advice text must be translated, and nothing
 * the instrument lacks may be: a translation that drifted from its instrument is refused, each
 * gap or extra named by its path.
 */
export function translateInstrument(
  instrument: Instrument,
  translation: unknown,
  lang: string,
): { ok: true; instrument: Instrument } | { ok: false; problems: TranslationProblem[] } {
  const problems: TranslationProblem[] = [];
  if (!isRecord(translation)) return { ok: false, problems: [{ path: '', message: 'must be a YAML map (see content/assessment/ for the shape)' }] };
  const text = (value: unknown, path: string): string => {
    if (typeof value === 'string' && value.trim() !== '') return value;
    problems.push({ path, message: value === undefined ? 'is missing: every text of the instrument needs a translation' : 'must be a non-empty text' });
    return '';
  };
  const section = (key: string): Text => {
    const value = translation[key];
    if (isRecord(value)) return value;
    problems.push({ path: key, message: value === undefined ? 'is missing' : 'must be a map' });
    return {};
  };
  /** The translated entries of a map keyed by id: exactly the ids the instrument has. */
  const keyed = (key: string, ids: readonly string[]): Text => {
    const map = section(key);
    for (const extra of Object.keys(map).filter((id) => !ids.includes(id))) {
      problems.push({ path: `${key}.${extra}`, message: `is not in the instrument "${instrument.id}" (known: ${ids.join(', ')})` });
    }
    return map;
  };
  const entry = (map: Text, key: string, path: string): Text => {
    const value = map[key];
    if (isRecord(value)) return value;
    problems.push({ path, message: value === undefined ? 'is missing: every one needs a translation' : 'must be a map' });
    return {};
  };

  if (translation['translates'] !== instrument.id) {
    problems.push({ path: 'translates', message: `must be "${instrument.id}", the id of the instrument it translates` });
  }
  if (translation['version'] !== instrument.version) {
    problems.push({
      path: 'version',
      message: `is ${String(translation['version'])} but the instrument is version ${instrument.version}: update the translation to the instrument's current statements, then its version`,
    });
  }
  if (translation['lang'] !== lang) problems.push({ path: 'lang', message: `must be "${lang}", the language of its folder` });

  const window = section('window');
  const scales = section('scales');
  const outside = section('outsideAnswers');
  const dimensions = keyed('dimensions', instrument.dimensions.map((d) => d.id));
  const items = keyed('items', instrument.items.map((i) => i.id));
  const bands = keyed('bands', instrument.bands.map((b) => b.id));
  const advice = keyed('advice', [...new Set(instrument.advice.map((a) => a.dimension))]);

  const translatedScales = Object.fromEntries(
    Object.entries(instrument.scales).map(([format, scale]) => {
      const words = entry(scales, format, `scales.${format}`);
      const points = isRecord(words['points']) ? words['points'] : {};
      if (!isRecord(words['points'])) problems.push({ path: `scales.${format}.points`, message: 'is missing: one label per scale value' });
      return [
        format,
        scale && {
          question: text(words['question'], `scales.${format}.question`),
          points: scale.points.map((p) => ({ value: p.value, label: text(points[String(p.value)], `scales.${format}.points.${p.value}`) })),
        },
      ];
    }),
  );

  const translated: Instrument = {
    ...instrument,
    title: text(translation['title'], 'title'),
    introduction: text(translation['introduction'], 'introduction'),
    window: { ...instrument.window, label: text(window['label'], 'window.label') },
    scales: translatedScales as Instrument['scales'],
    outsideAnswers: {
      dontKnow: { label: text(outside['dontKnow'], 'outsideAnswers.dontKnow') },
      notApplicable: { label: text(outside['notApplicable'], 'outsideAnswers.notApplicable') },
    },
    dimensions: instrument.dimensions.map((d) => {
      const words = entry(dimensions, d.id, `dimensions.${d.id}`);
      const at = `dimensions.${d.id}`;
      return { ...d, name: text(words['name'], `${at}.name`), topic: text(words['topic'], `${at}.topic`), summary: text(words['summary'], `${at}.summary`) };
    }),
    items: instrument.items.map((item) => {
      const words = entry(items, item.id, `items.${item.id}`);
      return { ...item, text: text(words['text'], `items.${item.id}.text`), observes: text(words['observes'], `items.${item.id}.observes`) };
    }),
    bands: instrument.bands.map((b) => {
      const words = entry(bands, b.id, `bands.${b.id}`);
      return { ...b, label: text(words['label'], `bands.${b.id}.label`), guidance: text(words['guidance'], `bands.${b.id}.guidance`) };
    }),
    advice: instrument.advice.map((a) => {
      const byBand = entry(advice, a.dimension, `advice.${a.dimension}`);
      return { ...a, text: text(byBand[a.band], `advice.${a.dimension}.${a.band}`) };
    }),
  };
  for (const [dimension, byBand] of Object.entries(advice)) {
    if (!isRecord(byBand)) continue;
    const known = instrument.advice.filter((a) => a.dimension === dimension).map((a) => a.band);
    for (const band of Object.keys(byBand).filter((b) => !known.includes(b))) {
      problems.push({ path: `advice.${dimension}.${band}`, message: `the instrument has no advice for "${dimension}" in band "${band}"` });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, instrument: translated };
}
