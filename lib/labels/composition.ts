export type CompositionReading = { kind: "noPercent" } | { kind: "sum"; sum: number };

// NFKC turns full-width digits and "％" into ASCII, as Japanese labels often write them.
const PERCENT = /(\d+(?:[.,]\d+)?)\s*%/g;

/**
 * The percentages a fibre composition states ("毛 100%", "Wool 80%, Nylon 20%",
 * "毛 85%以上 / ナイロン 15%未満") and their total, rounded to a tenth.
 */
export function readComposition(text: string): CompositionReading {
  const values = [...text.normalize("NFKC").matchAll(PERCENT)].map((m) => Number(m[1]!.replace(",", ".")));
  if (values.length === 0) return { kind: "noPercent" };
  return { kind: "sum", sum: Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10 };
}
