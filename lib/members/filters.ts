import { z } from "@/lib/validation/zod-messages";

export const MEMBER_STATUSES = ["active", "suspended", "left"] as const;
export const GENDERS = ["female", "male"] as const;
export const SKILLS = ["felting", "dyeing", "sewing", "embroidery", "beekeeping", "berry_picking", "fruit_drying"] as const;
export type Skill = (typeof SKILLS)[number];

export function isSkill(value: string): value is Skill {
  return (SKILLS as readonly string[]).includes(value);
}

export const AGE_BANDS = ["youth", "36-50", "51-65", "66+"] as const;
export const MEMBER_SORTS = ["name", "number", "joined"] as const;

const id = z.uuid().optional().catch(undefined);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

/**
 * The member list's filters as they live in the URL. Unknown or malformed values are dropped,
 * so a hand-edited or outdated link still opens a list.
 */
export const memberFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  region: id,
  district: id,
  village: id,
  group: id,
  status: oneOf(MEMBER_STATUSES),
  gender: oneOf(GENDERS),
  skill: oneOf(SKILLS),
  age: oneOf(AGE_BANDS),
  sort: oneOf(MEMBER_SORTS),
});

export type MemberFilters = z.infer<typeof memberFiltersSchema>;

/** Birth years an age band covers in a given year; "youth" is the association's own band. */
export function birthYearsFor(band: (typeof AGE_BANDS)[number], year: number, youth: { min: number; max: number }): { from: number; to: number } {
  const [min, max] =
    band === "youth" ? [youth.min, youth.max] : band === "66+" ? [66, 150] : (band.split("-").map(Number) as [number, number]);
  return { from: year - max, to: year - min };
}
