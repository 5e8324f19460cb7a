import type { Band } from '../../domain/instrument/schema.ts';
import { CHAR_WIDTH, wrapLabel, ZONE_LINE } from './chart-layout.ts';

/**
 * Bands are told apart by a fill pattern as well as a colour, lowest band first: hatched, dotted,
 * solid. An instrument with more bands repeats the last pattern; the zone labels still name them.
 */
const PATTERNS = ['hatch', 'dots', 'solid'] as const;

export function patternOf(index: number): (typeof PATTERNS)[number] {
  return PATTERNS[Math.min(index, PATTERNS.length - 1)] ?? 'solid';
}

/** The fill for a bar in band `index`; `prefix` keeps pattern ids unique when a page has several charts. */
export function bandFill(prefix: string, index: number): string | undefined {
  const pattern = patternOf(index);
  return pattern === 'solid' ? undefined : `url(#${prefix}-${pattern}-${index})`;
}

/** A patterned bar takes its colours from its pattern; a solid one from the band's fill. */
export function barClass(index: number): string {
  return patternOf(index) === 'solid' ? `bar bar-fill band-${index}` : `bar band-${index}`;
}

/** Pattern definitions for every band of the instrument. */
export function BandPatterns({ prefix, bands }: { prefix: string; bands: readonly Band[] }) {
  return (
    <defs>
      {bands.map((_, i) => {
        const pattern = patternOf(i);
        if (pattern === 'solid') return null;
        return (
          <pattern key={i} id={`${prefix}-${pattern}-${i}`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform={pattern === 'hatch' ? 'rotate(45)' : undefined}>
            <rect width={6} height={6} class={`bar-fill band-${i}`} />
            {pattern === 'hatch' ? <line x1={0} y1={0} x2={0} y2={6} class="bar-mark" /> : <circle cx={3} cy={3} r={1.3} class="bar-dot" />}
          </pattern>
        );
      })}
    </defs>
  );
}

/** Whole numbers as a band's range reads: "0–49", "50–74", "75–100". */
export function bandRange(band: Band, last: boolean): string {
  return `${band.min}–${last ? band.max : Math.ceil(band.max) - 1}`;
}

/** The key under a chart: each band's swatch (pattern and colour), name and range. */
export function BandLegend({ prefix, bands }: { prefix: string; bands: readonly Band[] }) {
  return (
    <ul class="band-legend">
      {bands.map((band, i) => (
        <li key={band.id}>
          <svg viewBox="0 0 18 18" width={18} height={18} aria-hidden="true">
            <BandPatterns prefix={`${prefix}-key${i}`} bands={bands} />
            <rect width={18} height={18} rx={3} class={barClass(i)} fill={bandFill(`${prefix}-key${i}`, i)} />
          </svg>
          {band.label} <span class="band-legend-range">({bandRange(band, i === bands.length - 1)})</span>
        </li>
      ))}
    </ul>
  );
}

/** Each band's name in lines that fit its zone on a bar `barW` px wide, and the height they take above the bars. */
export function zoneLabels(bands: readonly Band[], barW: number): { lines: string[][]; top: number } {
  const lines = bands.map((b) => wrapLabel(b.label, Math.max(6, Math.floor((barW * (b.max - b.min)) / 100 / CHAR_WIDTH) - 1)));
  return { lines, top: Math.max(...lines.map((l) => l.length)) * ZONE_LINE + 8 };
}

/** The bands as shaded zones behind the bars, each named at the top in the lines `zoneLabels` gave. */
export function BandBackdrop({ bands, lines, x, top, bottom }: { bands: readonly Band[]; lines: string[][]; x: (score: number) => number; top: number; bottom: number }) {
  return (
    <>
      {bands.map((b, i) => (
        <g key={b.id}>
          <rect x={x(b.min)} y={top - 4} width={x(b.max) - x(b.min)} height={bottom - top + 4} class={`zone zone-${i}`} />
          {lines[i]?.map((line, k) => (
            <text key={k} x={(x(b.min) + x(b.max)) / 2} y={ZONE_LINE * (k + 1) - 3} class="chart-zone-label" text-anchor="middle">
              {line}
            </text>
          ))}
        </g>
      ))}
    </>
  );
}
