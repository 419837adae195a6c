import { fold } from "@/lib/members/search-key";
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from "./fields";

/** Header names as English, Russian and Kyrgyz spreadsheets write them. */
const HEADER_NAMES: Record<ImportField, string[]> = {
  fullName: ["full name", "name", "fio", "фио", "ф и о", "имя", "фамилия имя", "фамилия имя отчество", "аты жону", "аты", "толук аты", "толук аты жону"],
  fullNameLatin: ["full name latin", "name latin", "latin name", "латиница", "латинница", "фио латиница", "фио латиницей", "имя латиницей", "латынча", "аты латынча", "аты жону латынча"],
  gender: ["gender", "sex", "пол", "жынысы", "жыныс"],
  birthYear: ["birth year", "year of birth", "born", "birth date", "date of birth", "dob", "год рождения", "дата рождения", "туулган жылы", "туулган жыл", "туулган куну"],
  phone: ["phone", "phone number", "telephone", "mobile", "tel", "телефон", "тел", "номер телефона", "мобильный", "моб телефон", "телефон номери", "уюлдук телефон"],
  village: ["village", "village name", "settlement", "село", "айыл", "аил", "населенный пункт", "айыл аты", "кыштак"],
  memberNumber: ["member number", "member no", "member id", "number", "номер", "номер члена", "членский номер", "номер участника", "мучолук номер", "мучолук номери", "мучонун номери", "номери"],
  joinedOn: ["joined", "joined on", "join date", "date joined", "member since", "дата вступления", "вступил", "дата вступления в ассоциацию", "кирген куну", "мучо болгон куну", "кошулган куну"],
};

/**
 * Lower case, no accents or punctuation, Kyrgyz letters as their Russian look-alikes (people
 * type either): "Ф.И.О." → "ф и о", "Аты-жөнү" → "аты жону".
 */
function normalizeHeader(header: string): string {
  return fold(header).replace(/ө/g, "о").replace(/ү/g, "у").replace(/ң/g, "н").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

const SYNONYMS = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, HEADER_NAMES[field].map(normalizeHeader)])) as Record<ImportField, string[]>;

/** How well a header names a field: an exact synonym beats one contained in a longer header. */
function score(header: string, field: ImportField): number {
  let best = 0;
  for (const synonym of SYNONYMS[field]) {
    if (header === synonym) best = Math.max(best, 1000);
    else if (` ${header} `.includes(` ${synonym} `)) best = Math.max(best, synonym.length);
  }
  return best;
}

/** Suggests which column holds which field; each column and each field is used at most once. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const candidates = IMPORT_FIELDS.flatMap((field) =>
    normalized.map((header, column) => ({ field, column, score: header ? score(header, field) : 0 })),
  )
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ColumnMapping = {};
  const usedColumns = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== undefined || usedColumns.has(column)) continue;
    mapping[field] = column;
    usedColumns.add(column);
  }
  return mapping;
}
