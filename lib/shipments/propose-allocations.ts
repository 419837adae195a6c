/**
 * Fills a line oldest batch first: candidates come ordered by production date and lot code, each
 * gives what it has free until the line is full. Returns the quantity per candidate, 0 where none.
 */
export function proposeOldestFirst(quantity: number, candidates: readonly { available: number }[]): number[] {
  let missing = quantity;
  return candidates.map(({ available }) => {
    const take = Math.max(0, Math.min(available, missing));
    missing -= take;
    return take;
  });
}
