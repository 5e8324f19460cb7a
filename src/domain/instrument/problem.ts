/** One thing wrong with an instrument file, phrased for the person who edits the file. */
export interface InstrumentProblem {
  /** The file the instrument came from, as the build knows it. */
  readonly file: string;
  /** Where in the file, e.g. `items[12].dimension`; '' for the file as a whole. */
  readonly path: string;
  /** A plain sentence that says what is wrong and, where it helps, what would fix it. */
  readonly message: string;
}

/** Formats problems as `file: path: message` lines, one per problem, for the build's output. */
export function formatProblems(problems: readonly InstrumentProblem[]): string {
  return problems.map((p) => (p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`)).join('\n');
}

/** Turns a path such as ['items', 12, 'dimension'] into `items[12].dimension`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
