export const count = (n: number, lang: string, one: string, many = `${one}s`): string =>
  `${n.toLocaleString(lang)} ${n === 1 ? one : many}`;
