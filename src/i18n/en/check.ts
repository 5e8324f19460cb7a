/** The readiness check while it is taken, and what it says about storage (keys `check.*`). */
export const check = {} as const;
