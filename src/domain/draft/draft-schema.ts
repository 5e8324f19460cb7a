import * as z from 'zod/mini';
import { stepSecondsSchema } from '../result/result.ts';
import { PREFER_NOT_TO_SAY, ROLES } from '../result/role.ts';

/**
 * The fields the readiness check's version 2 adds to a draft, kept here with the draft's logic;
 * storage spreads them into its draft schema. All optional, so drafts saved before keep reading.
 */
export const draftExtrasShape = {
  /** The instrument version the answers belong to; absent in drafts saved under version 1. */
  instrumentVersion: z.exactOptional(z.int().check(z.positive())),
  /** Seeds the order of statements within each step, so it stays the same across reloads. */
  seed: z.exactOptional(z.int().check(z.minimum(0), z.maximum(0xffffffff))),
  /** The answer to the optional role question. */
  role: z.exactOptional(z.enum([...ROLES, PREFER_NOT_TO_SAY])),
  /** Seconds spent on each step, for the "answered very fast" hint. */
  stepSeconds: z.exactOptional(stepSecondsSchema),
};
