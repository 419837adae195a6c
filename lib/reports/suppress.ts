/** Cells describing fewer than this many people are hidden from ministry readers. */
export const MIN_CELL_SIZE = 5;

/** A count of people as shown: null when 1–4, so that no small group can be singled out. */
export function suppressSmall(count: number): number | null {
  return count > 0 && count < MIN_CELL_SIZE ? null : count;
}
