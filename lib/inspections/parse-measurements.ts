const SEPARATORS = /[\s,;]+/;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Readings typed into one box, separated by spaces, commas, semicolons or new lines; decimals
 * take a point. Anything that is not a number is returned apart, so the form can point at it.
 */
export function parseMeasurements(text: string): { values: number[]; invalid: string[] } {
  const values: number[] = [];
  const invalid: string[] = [];
  for (const token of text.split(SEPARATORS)) {
    if (token === "") continue;
    const value = NUMBER.test(token) ? Number(token) : Number.NaN;
    if (Number.isFinite(value)) values.push(value);
    else invalid.push(token);
  }
  return { values, invalid };
}

/** The box's text for saved readings. */
export function formatMeasurements(values: readonly number[] | null | undefined): string {
  return (values ?? []).join(" ");
}
