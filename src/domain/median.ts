// The median of a list of numbers: the middle value, or the mean of the middle two.

/** Median of `values` (NaN when empty). */
export function median(values: ArrayLike<number>): number {
  // A typed array sorts numerically in native code, without a comparator per pair.
  return medianOfSorted(Float64Array.from(values).sort());
}

/** Median of values already sorted ascending (NaN when empty). */
export function medianOfSorted(sorted: ArrayLike<number>): number {
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
