/**
 * The assessment engine in one import, for the benchmarks and the domain tests: plain functions
 * on plain data, no DOM and no framework. Islands and the build import the module they need
 * directly, so a page's bundle holds only the engine code it uses.
 */
export * from './instrument/schema.ts';
export * from './instrument/validate.ts';
export * from './instrument/problem.ts';
export * from './instrument/bands.ts';
export * from './instrument/facts.ts';
export { answerText, lookup, scaleFor, type InstrumentLookup } from './instrument/lookup.ts';
export * from './result/answers.ts';
export * from './result/role.ts';
export * from './result/result.ts';
export * from './result/scored-result.ts';
export * from './result/scores-schema.ts';
export * from './scoring/types.ts';
export * from './scoring/score.ts';
export * from './scoring/worked-example.ts';
export * from './advice/advise.ts';
export * from './answer-quality/hints.ts';
export * from './draft/draft.ts';
export * from './draft/shuffle.ts';
export * from './history/history.ts';
export * from './history/older-results.ts';
export * from './history/comparable.ts';
export * from './storage/key-value-storage.ts';
export * from './storage/key.ts';
export * from './storage/document.ts';
export * from './storage/migrations.ts';
export * from './storage/read.ts';
export * from './storage/backup.ts';
export * from './storage/persist.ts';
export * from './exchange/format.ts';
export * from './exchange/csv.ts';
export * from './exchange/export-json.ts';
export * from './exchange/export-csv.ts';
export * from './exchange/import.ts';
export * from './team/summary.ts';
export * from './team/group-size.ts';
export * from './team/statistics.ts';
export * from './team/compare.ts';
export * from './text/label.ts';
export * from './text/hash.ts';
export * from './text/safe-json.ts';
export * from './text/json-error-position.ts';
