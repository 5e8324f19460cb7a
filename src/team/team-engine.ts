// Loaded with the first file, paste or code: the team page carries the file checks (the export
// schema), the scoring and the statistics only once there is something to read.
import { decodeExportBytes } from '../domain/exchange/decode-text.ts';
import { readTeamFile } from '../domain/exchange/for-facilitator.ts';
import { MAX_IMPORT_BYTES } from '../domain/exchange/format.ts';
import type { Instrument } from '../domain/instrument/schema.ts';
import { contentKey, latestOfFile } from '../domain/team/one-person.ts';
import { buildReport, type TeamReport } from '../domain/team/team-report.ts';
import type { FileNote, FileStatus, GroupId, GroupNames, LoadedResult, TeamState } from './team-state.ts';

/** One file, pasted text or code, read and ready to check. */
export interface Source {
  readonly name: string;
  /** The text, or null when the file was too large to read. */
  readonly text: string | null;
  readonly bytes: number;
}

/** Checks each source on its own and adds what it holds to the group; returns the next state, all in one update. */
export function ingest(state: TeamState, instrument: Instrument, group: GroupId, sources: readonly Source[]): TeamState {
  const loaded = new Map([...state.results.a, ...state.results.b].map((r) => [r.key, r]));
  const added: LoadedResult[] = [];
  const files: FileStatus[] = [];
  let received = state.received;
  for (const source of sources) {
    received += 1;
    const status = (outcome: FileStatus['outcome'], note: FileNote, count = 0): FileStatus => ({
      key: received,
      name: source.name,
      group,
      added: count,
      outcome,
      note,
    });
    if (source.text === null) {
      files.push(status('refused', { code: 'too-large', bytes: source.bytes, limit: MAX_IMPORT_BYTES }));
      continue;
    }
    const outcome = readTeamFile(source.text, instrument);
    if (!outcome.ok) {
      files.push(status('refused', { code: 'refused', refusal: outcome.error }));
      continue;
    }
    const picked = latestOfFile(outcome.results);
    if (!picked) {
      files.push(status('refused', { code: 'empty' }));
      continue;
    }
    const { latest } = picked;
    const key = contentKey(latest);
    const earlier = loaded.get(key);
    if (earlier) {
      files.push(status('refused', { code: 'duplicate', from: earlier.from, group: state.compare ? earlier.group : null }));
      continue;
    }
    // Only the instrument, the answers and the role are kept: labels, dates and ids stay in the file.
    const result: LoadedResult = {
      key,
      from: source.name,
      source: received,
      group,
      instrument: latest.instrument,
      answers: latest.answers,
      ...(latest.role === undefined ? {} : { role: latest.role }),
    };
    loaded.set(key, result);
    added.push(result);
    files.push(status('added', { code: 'added', held: outcome.results.length }, 1));
  }
  return {
    ...state,
    reading: false,
    received,
    results: { ...state.results, [group]: [...state.results[group], ...added] },
    files: [...state.files, ...files],
    loads: state.loads + 1,
  };
}

/** The aggregate report for what is loaded now; a group left unnamed goes by its name in `defaults`. */
export function report(
  instrument: Instrument,
  state: TeamState,
  options: { readonly minimumGroupSize: number; readonly spreadMinimum: number },
  madeAt: string,
  defaults: GroupNames,
): TeamReport {
  const name = (id: GroupId) => state.names[id].trim() || defaults[id];
  const a = { id: 'a' as const, name: name('a'), results: state.results.a };
  const b = { id: 'b' as const, name: name('b'), results: state.results.b };
  return buildReport(instrument, state.compare ? [a, b] : [a], options, madeAt);
}

async function readOne(file: File): Promise<Source> {
  if (file.size > MAX_IMPORT_BYTES) return { name: file.name, text: null, bytes: file.size };
  try {
    return { name: file.name, text: decodeExportBytes(new Uint8Array(await file.arrayBuffer())), bytes: file.size };
  } catch {
    // Moved or deleted since it was chosen: empty text, which import refuses with a reason.
    return { name: file.name, text: '', bytes: file.size };
  }
}

/**
 * Reads many files in one go: the browser hands over one buffer for all of them (a thousand
 * separate reads cost more than checking the files), which is then cut at each file's size and
 * decoded file by file, so a UTF-16 file among UTF-8 ones still reads.
 */
export async function readFiles(files: readonly File[]): Promise<Source[]> {
  if (files.length === 1) return [await readOne(files[0]!)];
  const small = files.filter((f) => f.size <= MAX_IMPORT_BYTES);
  try {
    const buffer = new Uint8Array(await new Blob(small).arrayBuffer());
    let offset = 0;
    const texts = new Map<File, string>();
    for (const file of small) {
      texts.set(file, decodeExportBytes(buffer.subarray(offset, offset + file.size)));
      offset += file.size;
    }
    return files.map((file) => ({ name: file.name, text: texts.get(file) ?? null, bytes: file.size }));
  } catch {
    // One unreadable file fails the whole read: read them one by one.
    return Promise.all(files.map(readOne));
  }
}
