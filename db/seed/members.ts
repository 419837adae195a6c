import type { members, producerGroups } from "@/db/schema";
import { dayNumber, isoDay, momentOn, TODAY_DAY } from "./calendar";
import { memberSearchKey } from "@/lib/members/search-key";
import { transliterate } from "@/lib/members/transliterate";
import { personName, type Gender, type NameBank } from "./names";
import type { Rng } from "./random";

type MemberRow = typeof members.$inferInsert;
type GroupRow = typeof producerGroups.$inferInsert;
export type SeedVillage = { id: string; en: string; ky: string; weight: number };

export type MemberPlan = {
  prefix: string;
  count: number;
  names: NameBank;
  femaleShare: number;
  phonePrefixes: readonly string[];
  countryCode: string;
  /** Per skill: the chance that a woman, and a man, has it. */
  skills: readonly (readonly [skill: string, female: number, male: number])[];
  groupShare: number;
  utcOffset: number;
  demo: { fullName: string; gender: Gender; birthYear: number; phone: string; village: string; joinedOn: string; skills: string[] };
};

/** Producers, used to hand out batches: only data the batch generator needs. */
export type SeedMember = { id: string; joinedDay: number; active: boolean; skills: string[] };

const FIRST_JOIN = dayNumber("2012-01-01");
const LAST_JOIN = dayNumber("2026-11-01");
// The association moved its paper register into the system then: older members' records date from the import.
const IMPORT_DAY = dayNumber("2024-12-16");

export function buildGroups(
  rng: Rng,
  associationId: string,
  villages: readonly SeedVillage[],
  groupsFor: (village: SeedVillage, index: number) => string[],
): GroupRow[] {
  return villages.flatMap((village, index) =>
    groupsFor(village, index).map((name) => ({ associationId, id: rng.uuid(), villageId: village.id, name })),
  );
}

function uniquePhone(rng: Rng, plan: MemberPlan, taken: Set<string>): string {
  for (;;) {
    const phone = `${plan.countryCode}${rng.pick(plan.phonePrefixes)}${String(rng.int(0, 999_999)).padStart(6, "0")}`;
    if (!taken.has(phone)) {
      taken.add(phone);
      return phone;
    }
  }
}

function pickSkills(rng: Rng, plan: MemberPlan, gender: Gender): string[] {
  const skills = plan.skills.filter(([, female, male]) => rng.chance(gender === "female" ? female : male)).map(([s]) => s);
  if (skills.length > 0) return skills;
  const [first] = [...plan.skills].sort((a, b) => (gender === "female" ? b[1] - a[1] : b[2] - a[2]));
  return first ? [first[0]] : [];
}

export function buildMembers(
  rng: Rng,
  associationId: string,
  plan: MemberPlan,
  villages: readonly SeedVillage[],
  groups: readonly GroupRow[],
): { rows: MemberRow[]; producers: SeedMember[] } {
  const groupsByVillage = new Map<string, string[]>();
  for (const g of groups) groupsByVillage.set(g.villageId, [...(groupsByVillage.get(g.villageId) ?? []), g.id!]);
  const villageWeights = villages.map((village) => [village, village.weight] as const);
  const phones = new Set([plan.demo.phone]);
  const rows: MemberRow[] = [];
  const producers: SeedMember[] = [];

  for (let n = 1; n <= plan.count; n++) {
    const demo = n === 1 ? plan.demo : undefined;
    const gender: Gender = demo?.gender ?? (rng.chance(plan.femaleShare) ? "female" : "male");
    const name = demo ? { fullName: demo.fullName, fullNameLatin: transliterate(demo.fullName) } : personName(rng, plan.names, gender);
    const age = Math.round((rng.int(16, 70) + rng.int(16, 70)) / 2);
    const birthYear = demo?.birthYear ?? 2026 - age;
    const village = demo ? villages.find((x) => x.en === demo.village)! : rng.weighted(villageWeights);
    const villageGroups = groupsByVillage.get(village.id) ?? [];
    const groupId = villageGroups.length > 0 && (demo !== undefined || rng.chance(plan.groupShare)) ? rng.pick(villageGroups) : null;
    const earliest = Math.max(FIRST_JOIN, dayNumber(`${birthYear + 16}-01-01`));
    const joinedDay = demo ? dayNumber(demo.joinedOn) : rng.int(earliest, LAST_JOIN);
    const status = demo ? "active" : rng.weighted([["active", 90], ["suspended", 6], ["left", 4]] as const);
    const skills = demo?.skills ?? pickSkills(rng, plan, gender);
    const consent = demo !== undefined || rng.chance(0.7);
    const id = rng.uuid();
    const memberNumber = `${plan.prefix}-${String(n).padStart(5, "0")}`;
    const phone = demo?.phone ?? uniquePhone(rng, plan, phones);
    const publicConsentAt = consent ? momentOn(Math.min(joinedDay + rng.int(0, 60), TODAY_DAY - 1), 10, rng.int(0, 59), plan.utcOffset) : null;
    const registered = momentOn(Math.max(joinedDay, IMPORT_DAY), 9, rng.int(0, 59), plan.utcOffset);
    rows.push({
      associationId,
      id,
      memberNumber,
      ...name,
      searchKey: memberSearchKey({ ...name, memberNumber, phone }),
      gender,
      birthYear,
      phone,
      villageId: village.id,
      groupId,
      joinedOn: isoDay(joinedDay),
      status,
      skills,
      publicConsent: consent,
      publicConsentAt,
      createdAt: registered,
      updatedAt: registered,
    });
    producers.push({ id, joinedDay, active: status === "active", skills });
  }
  return { rows, producers };
}
