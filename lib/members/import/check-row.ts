import type { CountryCode } from "libphonenumber-js";
import { readBirthYear, readGender, readJoinedOn, readMemberNumber, readName, readPhone, type Read } from "./cell-values";
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from "./fields";
import { messageKey, type RowIssue } from "./report";
import type { VillageMatch } from "./village-matcher";

export type MemberDraft = {
  fullName: string;
  fullNameLatin: string | null;
  gender: "female" | "male";
  birthYear: number;
  phone: string | null;
  villageId: string;
  joinedOn: string;
  /** Null until one is given to a row that has none. */
  memberNumber: string | null;
};

export type RowContext = { country: CountryCode | undefined; today: string; village: (name: string) => VillageMatch };

function readVillage(raw: string, match: (name: string) => VillageMatch): Read<string> {
  if (!raw) return { error: "required" };
  const found = match(raw);
  if ("id" in found) return { value: found.id };
  if ("ambiguous" in found) return { error: "importVillageAmbiguous" };
  return { error: found.suggestion ? messageKey("importVillageSuggest", { name: found.suggestion }) : "importVillageUnknown" };
}

/**
 * One row's cells read as a member. `draft` holds every field that read well (the duplicate
 * checks need the phone and number even of a row that fails elsewhere); the row is valid when
 * `issues` is empty.
 */
export function checkRow(cells: readonly string[], mapping: ColumnMapping, context: RowContext): { draft: Partial<MemberDraft>; issues: RowIssue[] } {
  const cell = (field: ImportField) => {
    const column = mapping[field];
    return column === undefined ? "" : (cells[column] ?? "");
  };
  const reads: { [F in ImportField]: Read<unknown> } = {
    fullName: readName(cell("fullName"), true),
    fullNameLatin: readName(cell("fullNameLatin"), false),
    gender: readGender(cell("gender")),
    birthYear: readBirthYear(cell("birthYear"), Number(context.today.slice(0, 4))),
    phone: readPhone(cell("phone"), context.country),
    village: readVillage(cell("village"), context.village),
    memberNumber: readMemberNumber(cell("memberNumber")),
    joinedOn: readJoinedOn(cell("joinedOn"), context.today),
  };
  const issues = IMPORT_FIELDS.flatMap((field) => {
    const { error } = reads[field];
    return error ? [{ field, message: error }] : [];
  });
  const value = <T>(field: ImportField) => reads[field].value as T;
  return {
    issues,
    draft: {
      fullName: value<string>("fullName"),
      fullNameLatin: value<string | null>("fullNameLatin"),
      gender: value<"female" | "male">("gender"),
      birthYear: value<number>("birthYear"),
      phone: value<string | null>("phone"),
      villageId: value<string>("village"),
      joinedOn: value<string>("joinedOn"),
      memberNumber: value<string | null>("memberNumber"),
    },
  };
}
