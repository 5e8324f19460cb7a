import type { z } from 'zod';
import { formatPath, type InstrumentProblem } from './problem.ts';
import { lookup } from './lookup.ts';
import { FORMATS, instrumentSchema, type Instrument } from './schema.ts';

export interface ValidationContext {
  /** The file name to show in problems. */
  readonly file: string;
  /** Known playbook chapters: slug → the anchors (play ids and heading ids) in that chapter. */
  readonly chapters: ReadonlyMap<string, ReadonlySet<string>>;
}

export type InstrumentCheck =
  | { readonly ok: true; readonly instrument: Instrument; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly InstrumentProblem[] };


const quoteList = (values: Iterable<string>): string => [...values].join(', ');

function describeType(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'a group of fields';
  return `a ${typeof value}`;
}

function schemaIssueMessage(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? `"${String(issue.path[issue.path.length - 1])}"` : 'The instrument';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${field} is missing; please add it.`;
      return `${field} should be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}`}, but it is ${describeType(issue.input)}.`;
    case 'too_small':
      if (issue.origin === 'array') return `${field} needs at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}.`;
      if (issue.origin === 'string') return `${field} must not be empty.`;
      return `${field} must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}.`;
    case 'invalid_value':
      if (issue.input === undefined) return `${field} is missing; please add it.`;
      return `${field} is ${JSON.stringify(issue.input)}; use one of: ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'invalid_format':
      return `${field} is not in the expected form. ${issue.message}`;
    default:
      return `${field}: ${issue.message}`;
  }
}

/**
 * Checks an instrument the way the build must: first its structure, then every rule that spans
 * fields. Returns every problem found, not just the first, so an editor can fix them in one go.
 */
export function validateInstrument(input: unknown, context: ValidationContext): InstrumentCheck {
  const parsed = instrumentSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        file: context.file,
        path: formatPath(issue.path),
        message: schemaIssueMessage(issue),
      })),
    };
  }
  const problems = checkInstrumentRules(parsed.data, context);
  return problems.length === 0 ? { ok: true, instrument: parsed.data, problems: [] } : { ok: false, problems };
}

/** The rules beyond the schema, for an instrument that already has the right shape. */
export function checkInstrumentRules(instrument: Instrument, context: ValidationContext): InstrumentProblem[] {
  const problems: InstrumentProblem[] = [];
  const report = (path: string, message: string): void => {
    problems.push({ file: context.file, path, message });
  };

  checkScale(instrument, report);
  checkDuplicates('Dimension', instrument.dimensions, 'dimensions', report);
  checkDuplicates('Item', instrument.items, 'items', report);
  checkDuplicates('Band', instrument.bands, 'bands', report);

  const dimensionIds = new Set(instrument.dimensions.map((d) => d.id));
  const bandIds = new Set(instrument.bands.map((b) => b.id));

  instrument.dimensions.forEach((dimension, index) => {
    if (!(dimension.weight > 0)) {
      report(
        `dimensions[${index}].weight`,
        `The weight of "${dimension.name}" is ${String(dimension.weight)}; weights must be positive numbers, such as 1 or 1.5.`,
      );
    }
    const anchors = context.chapters.get(dimension.chapter);
    if (!anchors) {
      report(
        `dimensions[${index}].chapter`,
        `"${dimension.name}" links to the chapter "${dimension.chapter}", which is not in the playbook. Known chapters: ${quoteList(context.chapters.keys())}.`,
      );
    } else {
      dimension.plays.forEach((play, playIndex) => {
        if (!anchors.has(play)) {
          report(
            `dimensions[${index}].plays[${playIndex}]`,
            `"${dimension.name}" lists the play "${play}", but the chapter "${dimension.chapter}" has no play or heading with that id.`,
          );
        }
      });
    }
  });

  const itemCounts = new Map<string, number>();
  instrument.items.forEach((item, index) => {
    if (!dimensionIds.has(item.dimension)) {
      report(
        `items[${index}].dimension`,
        `Item "${item.id}" points to dimension "${item.dimension}", which is not one of: ${quoteList(dimensionIds)}.`,
      );
      return;
    }
    itemCounts.set(item.dimension, (itemCounts.get(item.dimension) ?? 0) + 1);
  });
  const minimum = instrument.scoring.minimumScoredAnswers;
  instrument.dimensions.forEach((dimension, index) => {
    const count = itemCounts.get(dimension.id) ?? 0;
    if (count < minimum) {
      report(
        `dimensions[${index}]`,
        `"${dimension.name}" has ${count} statement${count === 1 ? '' : 's'}, but an attribute is scored only with ${minimum} scored answers (scoring.minimumScoredAnswers); it could never get a score. Add statements or lower the minimum.`,
      );
    }
  });
  if (instrument.scoring.minimumScoredAttributes > instrument.dimensions.length) {
    report(
      'scoring.minimumScoredAttributes',
      `An overall band needs ${instrument.scoring.minimumScoredAttributes} scored attributes, but the instrument has only ${instrument.dimensions.length}; no result could ever get one.`,
    );
  }
  checkItems(instrument, context, report);

  checkBands(instrument, report);

  const adviceSeen = new Map<string, number>();
  instrument.advice.forEach((advice, index) => {
    const path = `advice[${index}]`;
    if (!dimensionIds.has(advice.dimension)) {
      report(`${path}.dimension`, `Advice ${index + 1} is for dimension "${advice.dimension}", which is not one of: ${quoteList(dimensionIds)}.`);
    }
    if (!bandIds.has(advice.band)) {
      report(`${path}.band`, `Advice ${index + 1} is for band "${advice.band}", which is not one of: ${quoteList(bandIds)}.`);
    }
    const pair = `${advice.dimension}\u0000${advice.band}`;
    const earlier = adviceSeen.get(pair);
    if (earlier !== undefined) {
      report(path, `There is already advice for "${advice.dimension}" in band "${advice.band}" (advice[${earlier}]); keep one.`);
    } else {
      adviceSeen.set(pair, index);
    }
    const anchors = context.chapters.get(advice.link.chapter);
    if (!anchors) {
      report(
        `${path}.link.chapter`,
        `Advice for "${advice.dimension}" in band "${advice.band}" links to the chapter "${advice.link.chapter}", which is not in the playbook. Known chapters: ${quoteList(context.chapters.keys())}.`,
      );
    } else if (!anchors.has(advice.link.anchor)) {
      report(
        `${path}.link.anchor`,
        `Advice for "${advice.dimension}" in band "${advice.band}" links to "#${advice.link.anchor}" in the chapter "${advice.link.chapter}", but that chapter has no play or heading with that id.`,
      );
    }
  });
  for (const dimension of instrument.dimensions) {
    for (const band of instrument.bands) {
      if (!adviceSeen.has(`${dimension.id}\u0000${band.id}`)) {
        report('advice', `There is no advice for "${dimension.name}" in band "${band.label}"; people whose score lands there would see none.`);
      }
    }
  }
  return problems;
}

type Report = (path: string, message: string) => void;

function checkScale(instrument: Instrument, report: Report): void {
  for (const format of FORMATS) {
    instrument.scales[format]?.points.forEach((point, index) => {
      if (point.value !== index + 1) {
        report(
          `scales.${format}.points[${index}].value`,
          `The ${format} scale's points must be numbered 1, 2, 3 … from the weakest to the strongest; "${point.label}" is point ${index + 1} but has the value ${String(point.value)}.`,
        );
      }
    });
  }
}

/** Each statement's scale exists, its play is in its attribute's chapter, and mirror pairs are declared both ways. */
function checkItems(instrument: Instrument, context: ValidationContext, report: Report): void {
  const { itemsById, dimensionsById } = lookup(instrument);
  instrument.items.forEach((item, index) => {
    const path = `items[${index}]`;
    if (!instrument.scales[item.format]) {
      report(`${path}.format`, `Statement "${item.id}" is answered on the ${item.format} scale, but the instrument defines no "scales.${item.format}"; add it or change the format.`);
    }
    const dimension = dimensionsById.get(item.dimension);
    const anchors = dimension ? context.chapters.get(dimension.chapter) : undefined;
    if (dimension && anchors && !anchors.has(item.play)) {
      report(`${path}.play`, `Statement "${item.id}" names the play "${item.play}", but the chapter "${dimension.chapter}" has no play with that id.`);
    }
    if (item.mirror === undefined) return;
    const mirror = itemsById.get(item.mirror);
    if (!mirror) {
      report(`${path}.mirror`, `Statement "${item.id}" names "${item.mirror}" as its mirror, but there is no statement with that id.`);
    } else if (mirror.id === item.id) {
      report(`${path}.mirror`, `Statement "${item.id}" names itself as its mirror; a mirror is the statement that says the opposite.`);
    } else if (mirror.mirror !== item.id) {
      report(`${path}.mirror`, `Statement "${item.id}" names "${mirror.id}" as its mirror, but "${mirror.id}" does not name "${item.id}" back; declare the pair on both statements.`);
    } else if (mirror.dimension !== item.dimension) {
      report(`${path}.mirror`, `Mirror statements "${item.id}" and "${mirror.id}" measure different attributes; a mirror pair must measure the same one.`);
    } else if (mirror.reverse === item.reverse) {
      report(`${path}.mirror`, `Mirror statements "${item.id}" and "${mirror.id}" are both ${item.reverse ? 'reverse-worded' : 'directly worded'}; in a mirror pair one says the opposite of the other, so exactly one is reverse-worded.`);
    } else if (mirror.format !== item.format) {
      report(`${path}.mirror`, `Mirror statements "${item.id}" and "${mirror.id}" use different scales; a mirror pair is answered on the same one.`);
    }
  });
}

function checkDuplicates(kind: string, entries: readonly { readonly id: string }[], listName: string, report: Report): void {
  const first = new Map<string, number>();
  entries.forEach((entry, index) => {
    const earlier = first.get(entry.id);
    if (earlier === undefined) {
      first.set(entry.id, index);
      return;
    }
    report(`${listName}[${index}].id`, `${kind} id "${entry.id}" is used more than once (first at ${listName}[${earlier}]); every id must be unique.`);
  });
}

function checkBands(instrument: Instrument, report: Report): void {
  const fmt = (n: number): string => String(n);
  instrument.bands.forEach((band, index) => {
    if (!(band.min < band.max)) {
      report(`bands[${index}]`, `Band "${band.label}" starts at ${fmt(band.min)} and ends at ${fmt(band.max)}; its start must be below its end.`);
    }
  });
  const ordered = instrument.bands
    .map((band, index) => ({ band, index }))
    .sort((a, b) => a.band.min - b.band.min || a.band.max - b.band.max);
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (!first || !last) return;
  if (first.band.min > 0) {
    report(`bands[${first.index}].min`, `No band covers scores from 0 up to ${fmt(first.band.min)}; the lowest band, "${first.band.label}", must start at 0.`);
  } else if (first.band.min < 0) {
    report(`bands[${first.index}].min`, `Band "${first.band.label}" starts at ${fmt(first.band.min)}, but scores never go below 0; start it at 0.`);
  }
  let coveredTo = first.band.max;
  let coveredBy = first;
  for (const current of ordered.slice(1)) {
    const { band } = current;
    if (band.min > coveredTo) {
      report(
        `bands[${current.index}].min`,
        `Bands leave a gap: no band covers scores from ${fmt(coveredTo)} up to ${fmt(band.min)} (between "${coveredBy.band.label}" and "${band.label}"). Start "${band.label}" at ${fmt(coveredTo)}.`,
      );
    } else if (band.min < coveredTo) {
      report(
        `bands[${current.index}].min`,
        `Bands overlap: scores from ${fmt(band.min)} up to ${fmt(Math.min(coveredTo, band.max))} fall in both "${coveredBy.band.label}" and "${band.label}". Each band should start where the one below it ends.`,
      );
    }
    if (band.max > coveredTo) {
      coveredTo = band.max;
      coveredBy = current;
    }
  }
  if (coveredTo < 100) {
    report(`bands[${coveredBy.index}].max`, `No band covers scores from ${fmt(coveredTo)} up to 100; the highest band, "${coveredBy.band.label}", must end at 100.`);
  } else if (coveredTo > 100) {
    report(`bands[${coveredBy.index}].max`, `Band "${coveredBy.band.label}" ends at ${fmt(coveredTo)}, but scores never go above 100; end it at 100.`);
  }
}
