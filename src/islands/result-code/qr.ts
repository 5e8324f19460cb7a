// Loaded only when someone asks for a QR code, so no page carries the encoder before that.
import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

/** The QR code of a text as an SVG path (one unit per module) and its size in modules. */
export function qrPath(text: string): { path: string; size: number } {
  const code = generate(text, { minCorrectionLevel: correction.M });
  return { path: toSvgPath(code), size: code.size };
}
