/** The groups of JIS L 0001:2014 care symbols, in the order a label shows them. */
export const CARE_SYMBOL_GROUPS = ["washing", "bleaching", "tumbleDrying", "naturalDrying", "ironing", "dryCleaning", "wetCleaning"] as const;
export type CareSymbolGroup = (typeof CARE_SYMBOL_GROUPS)[number];

/**
 * The 41 care symbols of JIS L 0001:2014 (harmonized with ISO 3758:2012, so EU labels use the
 * same set), by their JIS symbol number. Names are messages `labels.careSymbols.<code>`.
 */
export const CARE_SYMBOLS = [
  { code: "190", group: "washing" },
  { code: "170", group: "washing" },
  { code: "160", group: "washing" },
  { code: "161", group: "washing" },
  { code: "150", group: "washing" },
  { code: "151", group: "washing" },
  { code: "140", group: "washing" },
  { code: "141", group: "washing" },
  { code: "142", group: "washing" },
  { code: "130", group: "washing" },
  { code: "131", group: "washing" },
  { code: "132", group: "washing" },
  { code: "110", group: "washing" },
  { code: "100", group: "washing" },
  { code: "220", group: "bleaching" },
  { code: "210", group: "bleaching" },
  { code: "200", group: "bleaching" },
  { code: "320", group: "tumbleDrying" },
  { code: "310", group: "tumbleDrying" },
  { code: "300", group: "tumbleDrying" },
  { code: "440", group: "naturalDrying" },
  { code: "445", group: "naturalDrying" },
  { code: "430", group: "naturalDrying" },
  { code: "435", group: "naturalDrying" },
  { code: "420", group: "naturalDrying" },
  { code: "425", group: "naturalDrying" },
  { code: "410", group: "naturalDrying" },
  { code: "415", group: "naturalDrying" },
  { code: "530", group: "ironing" },
  { code: "520", group: "ironing" },
  { code: "510", group: "ironing" },
  { code: "500", group: "ironing" },
  { code: "620", group: "dryCleaning" },
  { code: "621", group: "dryCleaning" },
  { code: "610", group: "dryCleaning" },
  { code: "611", group: "dryCleaning" },
  { code: "600", group: "dryCleaning" },
  { code: "710", group: "wetCleaning" },
  { code: "711", group: "wetCleaning" },
  { code: "712", group: "wetCleaning" },
  { code: "700", group: "wetCleaning" },
] as const satisfies readonly { code: string; group: CareSymbolGroup }[];

export type CareSymbolCode = (typeof CARE_SYMBOLS)[number]["code"];

export const CARE_SYMBOL_CODES = CARE_SYMBOLS.map((s) => s.code) as [CareSymbolCode, ...CareSymbolCode[]];

const GROUP_OF = new Map<string, CareSymbolGroup>(CARE_SYMBOLS.map((s) => [s.code, s.group]));

/** The group a symbol belongs to. */
export function careSymbolGroup(code: CareSymbolCode): CareSymbolGroup {
  return GROUP_OF.get(code)!;
}

/** Groups in which more than one symbol is chosen: a label cannot say both "wash at 40 °C" and "do not wash". */
export function conflictingCareGroups(codes: readonly CareSymbolCode[]): CareSymbolGroup[] {
  return CARE_SYMBOL_GROUPS.filter((group) => codes.filter((code) => careSymbolGroup(code) === group).length > 1);
}
