
/** A gap with its sign: "+12", "−5" (a real minus sign), "0". */
export function signed(value: number): string {
  const rounded = Math.round(value);
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `−${-rounded}`;
  return '0';
}

export const count = (n: number, lang: string, one: string, many = `${one}s`): string =>
  `${n.toLocaleString(lang)} ${n === 1 ? one : many}`;
