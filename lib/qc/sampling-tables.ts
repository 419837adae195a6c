// ISO 2859-1:1999 Tables 1 and 2-A (single sampling, normal inspection), transcribed from the
// project facts file and checked cell by cell against lib/qc/fixtures/iso2859-tables.json.

export const INSPECTION_LEVELS = ["I", "II", "III", "S-1", "S-2", "S-3", "S-4"] as const;
export type InspectionLevel = (typeof INSPECTION_LEVELS)[number];

// Letters I and O are not used by the standard.
export const CODE_LETTERS = ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "Q", "R"] as const;
export type CodeLetter = (typeof CODE_LETTERS)[number];

export const SAMPLE_SIZE_BY_CODE: Readonly<Record<CodeLetter, number>> = {
  A: 2, B: 3, C: 5, D: 8, E: 13, F: 20, G: 32, H: 50,
  J: 80, K: 125, L: 200, M: 315, N: 500, P: 800, Q: 1250, R: 2000,
};

export type LotSizeRow = { lotMin: number; lotMax: number | null; letters: Readonly<Record<InspectionLevel, CodeLetter>> };

/** Table 1: sample size code letters. `lotMax: null` means "and above". */
export const LOT_SIZE_ROWS: readonly LotSizeRow[] = [
  { lotMin: 2, lotMax: 8, letters: { I: "A", II: "A", III: "B", "S-1": "A", "S-2": "A", "S-3": "A", "S-4": "A" } },
  { lotMin: 9, lotMax: 15, letters: { I: "A", II: "B", III: "C", "S-1": "A", "S-2": "A", "S-3": "A", "S-4": "A" } },
  { lotMin: 16, lotMax: 25, letters: { I: "B", II: "C", III: "D", "S-1": "A", "S-2": "A", "S-3": "B", "S-4": "B" } },
  { lotMin: 26, lotMax: 50, letters: { I: "C", II: "D", III: "E", "S-1": "A", "S-2": "B", "S-3": "B", "S-4": "C" } },
  { lotMin: 51, lotMax: 90, letters: { I: "C", II: "E", III: "F", "S-1": "B", "S-2": "B", "S-3": "C", "S-4": "C" } },
  { lotMin: 91, lotMax: 150, letters: { I: "D", II: "F", III: "G", "S-1": "B", "S-2": "B", "S-3": "C", "S-4": "D" } },
  { lotMin: 151, lotMax: 280, letters: { I: "E", II: "G", III: "H", "S-1": "B", "S-2": "C", "S-3": "D", "S-4": "E" } },
  { lotMin: 281, lotMax: 500, letters: { I: "F", II: "H", III: "J", "S-1": "B", "S-2": "C", "S-3": "D", "S-4": "E" } },
  { lotMin: 501, lotMax: 1200, letters: { I: "G", II: "J", III: "K", "S-1": "C", "S-2": "C", "S-3": "E", "S-4": "F" } },
  { lotMin: 1201, lotMax: 3200, letters: { I: "H", II: "K", III: "L", "S-1": "C", "S-2": "D", "S-3": "E", "S-4": "G" } },
  { lotMin: 3201, lotMax: 10000, letters: { I: "J", II: "L", III: "M", "S-1": "C", "S-2": "D", "S-3": "F", "S-4": "G" } },
  { lotMin: 10001, lotMax: 35000, letters: { I: "K", II: "M", III: "N", "S-1": "C", "S-2": "D", "S-3": "F", "S-4": "H" } },
  { lotMin: 35001, lotMax: 150000, letters: { I: "L", II: "N", III: "P", "S-1": "D", "S-2": "E", "S-3": "G", "S-4": "J" } },
  { lotMin: 150001, lotMax: 500000, letters: { I: "M", II: "P", III: "Q", "S-1": "D", "S-2": "E", "S-3": "G", "S-4": "J" } },
  { lotMin: 500001, lotMax: null, letters: { I: "N", II: "Q", III: "R", "S-1": "D", "S-2": "E", "S-3": "H", "S-4": "K" } },
];

/** The AQL columns of Table 2-A held here, ascending (the standard's table also has 0.010–0.40 and 10–1000). */
export const AQL_VALUES = [0.65, 1, 1.5, 2.5, 4, 6.5] as const;
export type TableAql = (typeof AQL_VALUES)[number];

/** `[Ac, Re]`, or an arrow pointing to the first plan below ("down") or above ("up") in the same column. */
export type PlanCell = readonly [accept: number, reject: number] | "down" | "up";

/** Table 2-A rows; columns follow AQL_VALUES. Arrows are left unresolved, as printed. */
export const NORMAL_SINGLE: Readonly<Record<CodeLetter, readonly PlanCell[]>> = {
  A: ["down", "down", "down", "down", "down", [0, 1]],
  B: ["down", "down", "down", "down", [0, 1], "up"],
  C: ["down", "down", "down", [0, 1], "up", "down"],
  D: ["down", "down", [0, 1], "up", "down", [1, 2]],
  E: ["down", [0, 1], "up", "down", [1, 2], [2, 3]],
  F: [[0, 1], "up", "down", [1, 2], [2, 3], [3, 4]],
  G: ["up", "down", [1, 2], [2, 3], [3, 4], [5, 6]],
  H: ["down", [1, 2], [2, 3], [3, 4], [5, 6], [7, 8]],
  J: [[1, 2], [2, 3], [3, 4], [5, 6], [7, 8], [10, 11]],
  K: [[2, 3], [3, 4], [5, 6], [7, 8], [10, 11], [14, 15]],
  L: [[3, 4], [5, 6], [7, 8], [10, 11], [14, 15], [21, 22]],
  M: [[5, 6], [7, 8], [10, 11], [14, 15], [21, 22], "up"],
  N: [[7, 8], [10, 11], [14, 15], [21, 22], "up", "up"],
  P: [[10, 11], [14, 15], [21, 22], "up", "up", "up"],
  Q: [[14, 15], [21, 22], "up", "up", "up", "up"],
  R: [[21, 22], "up", "up", "up", "up", "up"],
};
