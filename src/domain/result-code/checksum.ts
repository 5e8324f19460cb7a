/**
 * The check: a weighted sum of the code’s digits modulo the prime 1021, written as two base-32
 * characters (32 × 32 = 1024 ≥ 1021).
 *
 * Why it catches every single-character typo: changing digit i from a to b changes the sum by
 * wᵢ·(b − a). The weights wᵢ = i + 1 are below 1021 and |b − a| ≤ 31, so the product is never a
 * multiple of the prime. Why it catches every swap of two different neighbours: swapping digits i
 * and i + 1 changes the sum by (wᵢ − wᵢ₊₁)·(dᵢ₊₁ − dᵢ) = −(dᵢ₊₁ − dᵢ), again never a multiple
 * of 1021. A typo in the two check characters changes the number they write (or makes it 1021
 * or more, which no check writes); swapping the last digit x with the first check character y
 * changes the sum by n·(y − x) and the check by 32·(x − y), which agree only if (n + 32) is a
 * multiple of 1021, impossible for the lengths allowed.
 */
export const CHECK_PRIME = 1021;
export const CHECK_CHARS = 2;
/** Longest body the proof above covers: weights stay below the prime and n + 32 < 1021. */
export const MAX_CHECKED_DIGITS = CHECK_PRIME - 33;

export function checkValue(digits: readonly number[]): number {
  let sum = 0;
  digits.forEach((digit, i) => {
    sum = (sum + (i + 1) * digit) % CHECK_PRIME;
  });
  return sum;
}

export function checkDigits(digits: readonly number[]): [number, number] {
  const value = checkValue(digits);
  return [Math.floor(value / 32), value % 32];
}

export function checkHolds(digits: readonly number[], check: readonly [number, number]): boolean {
  return check[0] * 32 + check[1] === checkValue(digits);
}
