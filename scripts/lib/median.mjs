/**
 * The median of measured values, as the benchmark reports its figures: these machines are
 * noisy, and one slow or lucky run moves a mean but not the median.
 *
 * @param {number[]} values
 * @returns {number} the middle value, or the mean of the two middle ones for an even count
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
