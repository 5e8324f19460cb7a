import type { CodeInstrument } from './layout.ts';

interface PointsList {
  readonly points: readonly unknown[];
}

/**
 * The parts of an instrument a code needs, read structurally so that both instrument formats
 * work: version 2 gives each statement a `format` naming one of its `scales`; version 1 had one
 * `scale` for all.
 */
export interface ScaledInstrument {
  readonly id: string;
  readonly version: number;
  readonly items: readonly { readonly id: string; readonly format?: string }[];
  readonly scale?: PointsList;
  readonly scales?: Readonly<Record<string, PointsList | undefined>>;
}

const cache = new WeakMap<object, CodeInstrument>();

export function codeInstrument(instrument: ScaledInstrument): CodeInstrument {
  const cached = cache.get(instrument);
  if (cached) return cached;
  const built: CodeInstrument = {
    id: instrument.id,
    version: instrument.version,
    items: instrument.items.map((item) => {
      const scale = item.format === undefined ? instrument.scale : instrument.scales?.[item.format];
      return { id: item.id, points: scale?.points.length ?? 0 };
    }),
  };
  cache.set(instrument, built);
  return built;
}
