/**
 * The short form of a list (`max-items`, e.g. on an overview): how many items to list. A positive
 * number is rounded down; anything else — unset, 0, negative, not a number, or under 1 — lists
 * everything (`undefined`). Every list with `max-items` reads its attribute through this one rule.
 */
export function itemLimit(maxItems: number | undefined): number | undefined {
  const max = Math.floor(maxItems ?? Number.NaN);
  return max >= 1 ? max : undefined;
}
