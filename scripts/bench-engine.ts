/**
 * Prints how long the assessment engine takes, and how much heap it uses, to score one result
 * and to compute team statistics over 10,000 results of the default instrument. Figures only;
 * nothing is asserted (the aim in issue 4 is well under 100 ms for 10,000 results).
 *
 * Run: node scripts/bench-engine.ts   (add --expose-gc for steadier heap figures)
 */
import { performance } from 'node:perf_hooks';
import { scoreAnswers, teamStatistics, type AnswerValue, type TeamMemberResult } from '../src/domain/index.ts';
import { siteInstrument } from './bench/instrument.ts';
import { random as seededRandom } from './bench/text.ts';

const instrument = siteInstrument();

// Seeded, so every run measures the same answers.
const random = seededRandom(42);

function randomAnswers(): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const item of instrument.items) {
    const r = random();
    if (r < 0.05) continue; // skipped
    answers[item.id] = r < 0.1 ? 'dont-know' : 1 + Math.floor(random() * 5);
  }
  return answers;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

// One result.
const one = randomAnswers();
let t = performance.now();
scoreAnswers(instrument, one);
const coldOne = performance.now() - t;
const repetitions = 10_000;
const heapBeforeOne = heap();
t = performance.now();
for (let i = 0; i < repetitions; i += 1) scoreAnswers(instrument, one);
const perResult = (performance.now() - t) / repetitions;
const heapAfterOne = process.memoryUsage().heapUsed;

// Team statistics over 10,000 results.
const results: TeamMemberResult[] = Array.from({ length: 10_000 }, () => ({
  instrument: { id: instrument.id, version: instrument.version },
  answers: randomAnswers(),
}));
const runs: number[] = [];
const heapDeltas: number[] = [];
for (let run = 0; run < 7; run += 1) {
  const before = heap();
  t = performance.now();
  const stats = teamStatistics(instrument, results);
  runs.push(performance.now() - t);
  heapDeltas.push(process.memoryUsage().heapUsed - before);
  if (stats.status !== 'shown') throw new Error(`unexpected ${stats.status}`);
}

console.log(`Assessment engine benchmark (Node ${process.version}, ${instrument.items.length} items, ${instrument.dimensions.length} attributes)${gc ? '' : ' [run with --expose-gc for steadier heap figures]'}`);
console.log(`score one result: first call ${coldOne.toFixed(3)} ms, then ${(perResult * 1000).toFixed(1)} µs per result (mean of ${repetitions}); heap grew ${mb(heapAfterOne - heapBeforeOne)} over those ${repetitions} calls before collection`);
console.log(`team statistics, 10,000 results: first run ${runs[0]?.toFixed(1)} ms, median of ${runs.length} runs ${median(runs).toFixed(1)} ms, fastest ${Math.min(...runs).toFixed(1)} ms`);
console.log(`team statistics heap used during one run: median ${mb(median(heapDeltas))} (input results themselves: ${mb(heap())} total heap in use)`);
