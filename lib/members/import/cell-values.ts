import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { fold } from "@/lib/members/search-key";
import { messageKey } from "./report";

/** A cell read as a member field: its value, or the message key that says what is wrong. */
export type Read<T> = { value: T; error?: undefined } | { value?: undefined; error: string };

const ok = <T>(value: T): Read<T> => ({ value });
const fail = (error: string): Read<never> => ({ error });

export const MIN_AGE = 14;
export const MAX_AGE = 100;

export function readName(raw: string, required: boolean): Read<string | null> {
  if (!raw) return required ? fail("required") : ok(null);
  if (raw.length < 3) return fail(messageKey("tooShort", { min: 3 }));
  if (raw.length > 200) return fail(messageKey("tooLong", { max: 200 }));
  return ok(raw);
}

// Spellings of each value in ky, ru and en spreadsheets, including the one-letter forms.
const GENDERS: Record<string, "female" | "male"> = Object.fromEntries([
  ...["f", "female", "woman", "w", "ж", "жен", "женский", "женщина", "аял", "а", "кыз"].map((v) => [fold(v), "female"] as const),
  ...["m", "male", "man", "м", "муж", "мужской", "мужчина", "эркек", "э"].map((v) => [fold(v), "male"] as const),
]);

export function readGender(raw: string): Read<"female" | "male"> {
  if (!raw) return fail("required");
  const gender = GENDERS[fold(raw).replace(/\.$/, "")];
  return gender ? ok(gender) : fail("importGenderUnknown");
}

/** A birth year, or the year of a full birth date; the member must be 14 to 100 years old. */
export function readBirthYear(raw: string, currentYear: number): Read<number> {
  if (!raw) return fail("required");
  const year = /^\d{4}$/.test(raw) ? Number(raw) : Number(readDate(raw)?.slice(0, 4) ?? NaN);
  const min = currentYear - MAX_AGE;
  const max = currentYear - MIN_AGE;
  return year >= min && year <= max ? ok(year) : fail(messageKey("importBirthYear", { min, max }));
}

/** Optional; any common way of writing it, stored in E.164 read with the association's country. */
export function readPhone(raw: string, country: CountryCode | undefined): Read<string | null> {
  if (!raw) return ok(null);
  const phone = parsePhoneNumberFromString(raw, country);
  return phone?.isValid() ? ok(phone.number) : fail("importPhoneInvalid");
}

/** Optional: blank means "give one". Stored in upper case so "ik-00042" and "IK-00042" are one number. */
export function readMemberNumber(raw: string): Read<string | null> {
  if (!raw) return ok(null);
  return raw.length > 30 ? fail(messageKey("tooLong", { max: 30 })) : ok(raw.toUpperCase());
}

const iso = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date.toISOString().slice(0, 10) : undefined;
};

/**
 * An ISO date, a day-first date (31.12.2020, 31/12/2020) as ru and ky Excel write them, or a
 * month-first one where the day-first reading is impossible (12/31/2020).
 */
export function readDate(raw: string): string | undefined {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(raw);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?: .*)?$/.exec(raw);
  if (!match) return undefined;
  const [a, b, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return iso(y, b, a) ?? iso(y, a, b);
}

/** Optional: blank means today. A year alone means 1 January of that year. */
export function readJoinedOn(raw: string, today: string): Read<string> {
  if (!raw) return ok(today);
  const date = /^\d{4}$/.test(raw) ? `${raw}-01-01` : readDate(raw);
  if (!date || date < "1900-01-01") return fail("invalidDate");
  return date > today ? fail("dateInFuture") : ok(date);
}
