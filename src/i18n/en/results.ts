/** A result, the history of results, their charts and advice, shared words such as roles (keys `results.*`, `common.*`). */
export const results = {} as const;
