import {
  AQL_VALUES,
  CODE_LETTERS,
  INSPECTION_LEVELS,
  LOT_SIZE_ROWS,
  NORMAL_SINGLE,
  SAMPLE_SIZE_BY_CODE,
  type CodeLetter,
  type InspectionLevel,
} from "./sampling-tables";

export { AQL_VALUES, CODE_LETTERS, INSPECTION_LEVELS, type CodeLetter, type InspectionLevel };

export type SamplingPlanInput = { lotSize: number; level: InspectionLevel; aql: number };

export type SamplingPlan = {
  /** Letter from the lot-size table. */
  codeLetter: CodeLetter;
  /** Letter whose plan applies after following the arrows of Table 2-A. */
  planLetter: CodeLetter;
  /** Units to inspect: the plan letter's sample size, capped at the lot size (100% inspection). */
  sampleSize: number;
  accept: number;
  reject: number;
};

/** ISO 2859-1 single sampling, normal inspection. AQL 0 means Ac 0 / Re 1 on the code letter's sample. */
export function samplingPlan({ lotSize, level, aql }: SamplingPlanInput): SamplingPlan {
  if (!Number.isInteger(lotSize) || lotSize < 1) throw new RangeError(`Lot size must be a positive integer, got ${lotSize}`);
  if (!INSPECTION_LEVELS.includes(level)) throw new RangeError(`Unknown inspection level ${String(level)}`);
  const column = AQL_VALUES.findIndex((value) => value === aql);
  if (aql !== 0 && column === -1) throw new RangeError(`AQL ${aql} is not a column of the sampling table`);

  const codeLetter = codeLetterFor(lotSize, level);
  if (aql === 0) return plan(codeLetter, codeLetter, lotSize, [0, 1]);

  // Arrows point to the first plan below/above in the same column; chained arrows keep going.
  let index = CODE_LETTERS.indexOf(codeLetter);
  for (let hops = 0; hops < CODE_LETTERS.length; hops += 1) {
    const letter = CODE_LETTERS[index];
    const cell = letter && NORMAL_SINGLE[letter][column];
    if (!letter || !cell) break;
    if (cell === "down") index += 1;
    else if (cell === "up") index -= 1;
    else return plan(codeLetter, letter, lotSize, cell);
  }
  throw new Error(`Sampling table arrows from ${codeLetter} at AQL ${aql} lead to no plan`);
}

// Table 1 starts at lot size 2; a lot of 1 uses the first row and is inspected whole after capping.
function codeLetterFor(lotSize: number, level: InspectionLevel): CodeLetter {
  const row = LOT_SIZE_ROWS.find((r) => r.lotMax === null || lotSize <= r.lotMax);
  if (!row) throw new Error(`Lot size table has no row for ${lotSize}`);
  return row.letters[level];
}

function plan(codeLetter: CodeLetter, planLetter: CodeLetter, lotSize: number, [accept, reject]: readonly [number, number]): SamplingPlan {
  return { codeLetter, planLetter, sampleSize: Math.min(SAMPLE_SIZE_BY_CODE[planLetter], lotSize), accept, reject };
}
