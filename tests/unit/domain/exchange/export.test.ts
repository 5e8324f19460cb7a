import { describe, expect, it } from 'vitest';
import {
  buildExport,
  exportResultsCsv,
  exportResultsJson,
  neutralizeFormula,
  quoteField,
  resultId,
  scoreAnswers,
  toCsv,
  type CompletedResult,
} from '../../../../src/domain/index.ts';
import { answerConsistently } from '../fixtures/answers.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';

const small = smallInstrument();
const at = '2026-11-02T08:00:00.000Z';

function result(label?: string): CompletedResult {
  const answers = { ...answerConsistently(small, 4), 'gamma-2': 'dont-know' as const };
  return {
    id: resultId(at, answers),
    completedAt: at,
    ...(label === undefined ? {} : { label }),
    instrument: { id: 'small', version: 2 },
    answers,
    scores: scoreAnswers(small, answers),
  };
}

describe('JSON export', () => {
  it('is self-describing and holds no name unless the user gave a label', () => {
    const file = buildExport(small, [result()], '2026-11-03T00:00:00.000Z');
    expect(file).toMatchObject({ format: 'culture-first/results', formatVersion: 1, exportedAt: '2026-11-03T00:00:00.000Z', instrument: { id: 'small', version: 2 } });
    expect(file.results[0]).not.toHaveProperty('label');
    const text = exportResultsJson(small, [result('Q4 check')], '2026-11-03T00:00:00.000Z');
    expect(JSON.parse(text).results[0].label).toBe('Q4 check');
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('CSV export', () => {
  it('quotes fields as RFC 4180 asks and neutralizes formulas in text cells', () => {
    expect(quoteField('plain')).toBe('plain');
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines')).toBe('"two\nlines"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutralizeFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(toCsv([['=1+1', 3, null, 'a"b']])).toBe(`'=1+1,3,,"a""b"\r\n`);
  });

  it('has one overall row, one row per attribute and one per item for each result', () => {
    const csv = exportResultsCsv(small, [result('=HYPERLINK("http://evil","click"), ok')]);
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'result_id,completed_at,label,instrument_id,instrument_version,row_type,attribute_id,attribute_name,item_id,statement,reverse,answer,answer_label,score,band,status',
    );
    expect(lines).toHaveLength(1 + 1 + 3 + 12);
    const id = result().id;
    const label = `"'=HYPERLINK(""http://evil"",""click""), ok"`;
    expect(lines[1]).toBe(`${id},${at},${label},small,2,overall,,,,,,,,75,Ready to scale,scored`);
    expect(lines[2]).toBe(`${id},${at},${label},small,2,attribute,alpha,Alpha,,,,,,75,Ready to scale,scored`);
    expect(lines[5]).toBe(`${id},${at},${label},small,2,item,alpha,Alpha,alpha-1,Statement 1 about alpha.,no,4,Often,,,`);
    expect(lines[8]).toBe(`${id},${at},${label},small,2,item,alpha,Alpha,alpha-4,Statement 4 about alpha.,yes,2,Rarely,,,`);
    expect(lines[14]).toBe(`${id},${at},${label},small,2,item,gamma,Gamma,gamma-2,Statement 2 about gamma.,no,,Don’t know,,,`);
  });

  it('exports the default instrument with 57 rows per result', () => {
    const instrument = defaultInstrument();
    const answers = answerConsistently(instrument, 3);
    const r: CompletedResult = { id: 'r-1', completedAt: at, instrument: { id: instrument.id, version: 2 }, answers, scores: scoreAnswers(instrument, answers) };
    expect(exportResultsCsv(instrument, [r, r]).split('\r\n').filter(Boolean)).toHaveLength(1 + 2 * 57);
  });
});
