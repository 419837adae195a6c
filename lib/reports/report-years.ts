/** The years a report can be asked for: this one and the four before it. */
export function reportYears(now = new Date()): number[] {
  const current = now.getUTCFullYear();
  return Array.from({ length: 5 }, (_, i) => current - i);
}
