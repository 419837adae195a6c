import { describe, expect, it } from "vitest";
import raw from "./fixtures/iso2859-tables.json";
import { AQL_VALUES, CODE_LETTERS, INSPECTION_LEVELS, samplingPlan, type InspectionLevel } from "./sampling";

// The fixture is the facts file's two blocks, verbatim; arrows are followed here independently of the module.
type FixtureCell = { ac: number; re: number; arrow?: string; use_code?: string; use_n?: number };
type Fixture = {
  aql_code_letters: { table: ({ lot_min: number; lot_max: number | null } & Record<InspectionLevel, string>)[] };
  aql_normal_single: { sample_size_by_code: Record<string, number>; table: Record<string, { n: number; aql: Record<string, FixtureCell> }> };
};
const fixture = raw as Fixture;
const codeRows = fixture.aql_code_letters.table;
const planTable = fixture.aql_normal_single.table;
const sampleSizes = fixture.aql_normal_single.sample_size_by_code;
const letters = Object.keys(sampleSizes).sort((a, b) => (sampleSizes[a] ?? 0) - (sampleSizes[b] ?? 0));
const columns = Object.keys(planTable.A?.aql ?? {});

function cellAt(letter: string, column: string): FixtureCell {
  const cell = planTable[letter]?.aql[column];
  if (!cell) throw new Error(`fixture has no cell ${letter}@${column}`);
  return cell;
}

function followArrows(letter: string, column: string): { letter: string; n: number; ac: number; re: number } {
  let index = letters.indexOf(letter);
  for (;;) {
    const current = letters[index];
    if (current === undefined) throw new Error(`arrow leaves the table from ${letter}@${column}`);
    const cell = cellAt(current, column);
    if (cell.arrow === "down") index += 1;
    else if (cell.arrow === "up") index -= 1;
    else return { letter: current, n: sampleSizes[current] ?? NaN, ac: cell.ac, re: cell.re };
  }
}

// Largest lot size that maps to each letter at some level, so the plan's sample is rarely capped.
function lotFor(letter: string): { lotSize: number; level: InspectionLevel } {
  let best: { lotSize: number; level: InspectionLevel } | undefined;
  for (const row of codeRows)
    for (const level of INSPECTION_LEVELS)
      if (row[level] === letter && (!best || (row.lot_max ?? Infinity) > best.lotSize)) best = { lotSize: row.lot_max ?? 1_000_000, level };
  if (!best) throw new Error(`no lot size maps to ${letter}`);
  return best;
}

describe("sampling tables", () => {
  it("holds the same letters, sample sizes and AQL columns as the fixture", () => {
    expect(CODE_LETTERS).toEqual(letters);
    expect(AQL_VALUES).toEqual(columns.map(Number).sort((a, b) => a - b));
    for (const letter of letters) expect(planTable[letter]?.n).toBe(sampleSizes[letter]);
  });

  it("agrees with every cell of the code-letter table, at both ends of each lot-size row", () => {
    for (const row of codeRows)
      for (const lotSize of [row.lot_min, row.lot_max ?? 10_000_000])
        for (const level of INSPECTION_LEVELS)
          expect(samplingPlan({ lotSize, level, aql: 0 }).codeLetter, `lot ${lotSize} level ${level}`).toBe(row[level]);
  });

  it("agrees with every cell of Table 2-A, arrows followed", () => {
    for (const letter of letters) {
      const { lotSize, level } = lotFor(letter);
      for (const column of columns) {
        const expected = followArrows(letter, column);
        const where = `${letter}@${column} (lot ${lotSize}, level ${level})`;
        expect(samplingPlan({ lotSize, level, aql: Number(column) }), where).toEqual({
          codeLetter: letter,
          planLetter: expected.letter,
          sampleSize: Math.min(expected.n, lotSize),
          accept: expected.ac,
          reject: expected.re,
        });
        expect(expected.re, where).toBe(expected.ac + 1);
        const cell = cellAt(letter, column);
        if (cell.arrow) expect({ use_code: cell.use_code, use_n: cell.use_n, ac: cell.ac, re: cell.re }, where).toEqual({ use_code: expected.letter, use_n: expected.n, ac: expected.ac, re: expected.re });
      }
    }
  });

  it("agrees with the tables for every lot-size row × level × AQL", () => {
    for (const row of codeRows)
      for (const lotSize of [row.lot_min, row.lot_max ?? 10_000_000])
        for (const level of INSPECTION_LEVELS)
          for (const column of columns) {
            const expected = followArrows(row[level], column);
            const plan = samplingPlan({ lotSize, level, aql: Number(column) });
            expect(plan, `lot ${lotSize} level ${level} AQL ${column}`).toMatchObject({ planLetter: expected.letter, sampleSize: Math.min(expected.n, lotSize), accept: expected.ac, reject: expected.re });
            expect(plan.reject).toBeLessThanOrEqual(plan.sampleSize);
          }
  });
});

describe("samplingPlan", () => {
  it("reads a plain cell", () => {
    expect(samplingPlan({ lotSize: 1000, level: "II", aql: 2.5 })).toEqual({ codeLetter: "J", planLetter: "J", sampleSize: 80, accept: 5, reject: 6 });
  });

  it("follows chained arrows", () => {
    expect(samplingPlan({ lotSize: 100_000, level: "II", aql: 6.5 })).toEqual({ codeLetter: "N", planLetter: "L", sampleSize: 200, accept: 21, reject: 22 });
    expect(samplingPlan({ lotSize: 50, level: "S-1", aql: 0.65 })).toEqual({ codeLetter: "A", planLetter: "F", sampleSize: 20, accept: 0, reject: 1 });
  });

  it("caps the sample at the lot size (100% inspection)", () => {
    expect(samplingPlan({ lotSize: 10, level: "II", aql: 1 })).toEqual({ codeLetter: "B", planLetter: "E", sampleSize: 10, accept: 0, reject: 1 });
    expect(samplingPlan({ lotSize: 2, level: "II", aql: 6.5 })).toMatchObject({ codeLetter: "A", sampleSize: 2 });
  });

  it("treats a lot of 1 like the first row, inspected whole", () => {
    expect(samplingPlan({ lotSize: 1, level: "II", aql: 0.65 })).toEqual({ codeLetter: "A", planLetter: "F", sampleSize: 1, accept: 0, reject: 1 });
    expect(samplingPlan({ lotSize: 1, level: "III", aql: 6.5 })).toEqual({ codeLetter: "B", planLetter: "A", sampleSize: 1, accept: 0, reject: 1 });
  });

  it("uses Ac 0 / Re 1 on the code letter's own sample for AQL 0", () => {
    expect(samplingPlan({ lotSize: 1000, level: "II", aql: 0 })).toEqual({ codeLetter: "J", planLetter: "J", sampleSize: 80, accept: 0, reject: 1 });
    expect(samplingPlan({ lotSize: 3, level: "III", aql: 0 })).toEqual({ codeLetter: "B", planLetter: "B", sampleSize: 3, accept: 0, reject: 1 });
    expect(samplingPlan({ lotSize: 2, level: "III", aql: 0 })).toMatchObject({ sampleSize: 2 });
  });

  it.each([0, -3, 2.5, NaN, Infinity])("rejects lot size %s", (lotSize) => {
    expect(() => samplingPlan({ lotSize, level: "II", aql: 2.5 })).toThrow(RangeError);
  });

  it.each([0.1, 3, 10, -1, NaN])("rejects AQL %s, not a column of the table", (aql) => {
    expect(() => samplingPlan({ lotSize: 500, level: "II", aql })).toThrow(RangeError);
  });

  it("rejects an unknown inspection level", () => {
    expect(() => samplingPlan({ lotSize: 500, level: "IV" as InspectionLevel, aql: 2.5 })).toThrow(RangeError);
  });
});
