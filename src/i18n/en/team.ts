/** The team view (keys `team.*`). */
export const team = {} as const;
