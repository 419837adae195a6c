/** A small square of a dye's colour; decorative, the colour's name is written beside it. */
export function ColourSwatch({ hex }: { hex: string }) {
  return <span aria-hidden="true" className="inline-block size-5 shrink-0 rounded border border-stone-300" style={{ backgroundColor: hex }} />;
}
