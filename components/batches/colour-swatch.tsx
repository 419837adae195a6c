/** A dye's colour as a small disc; decorative, the material's name stands beside it. */
export function ColourSwatch({ hex }: { hex: string | null }) {
  if (!hex) return null;
  return <span aria-hidden="true" className="inline-block size-4 shrink-0 rounded-full border border-stone-300" style={{ backgroundColor: hex }} />;
}
