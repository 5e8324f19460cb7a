/** Keys that could reach an object's prototype if later code copied them with plain assignment. */
const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonParse =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

/**
 * JSON.parse that drops `__proto__`, `constructor` and `prototype` keys wherever they appear.
 * JSON.parse itself creates them as harmless own properties, but a later `{ ...x }` or
 * `target[key] = value` (zod's record parsing does the latter) would turn them into a prototype
 * change; dropping them at the door means no later step has to remember.
 */
export function parseJsonSafely(text: string): JsonParse {
  try {
    const value: unknown = JSON.parse(text, (key, val: unknown) => (POLLUTING_KEYS.has(key) ? undefined : val));
    return { ok: true, value };
  } catch (error) {
    // Where it breaks is worked out only by those that say so (jsonErrorPosition), not on every read of stored data.
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
