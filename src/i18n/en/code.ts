/** Result codes, QR codes, shared results and organization norms (keys `code.*`). */
export const code = {} as const;
