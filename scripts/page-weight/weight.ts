import { gzipSync } from 'node:zlib';

/** Bytes as stored (raw) and as sent with gzip at level 9. */
export interface Weight {
  raw: number;
  gzip: number;
}

export const ZERO: Weight = { raw: 0, gzip: 0 };

export function weigh(content: string | Buffer): Weight {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: buffer.length === 0 ? 0 : gzipSync(buffer, { level: 9 }).length };
}

export function add(...weights: Weight[]): Weight {
  return weights.reduce((sum, w) => ({ raw: sum.raw + w.raw, gzip: sum.gzip + w.gzip }), ZERO);
}

/** Bytes to kilobytes (1 kB = 1,000 bytes, as the budgets are written) with one decimal. */
export function kB(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}
