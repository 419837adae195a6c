import { ISSYK_KUL_LINES, SUGHD_LINES, type LineDef } from "./catalog";
import { ISSYK_KUL, SUGHD, type RegionDef } from "./geography";
import { ISSYK_KUL_MATERIALS, SUGHD_MATERIALS, type MaterialDef } from "./materials";
import type { MemberPlan, SeedVillage } from "./members";
import { KYRGYZ_NAMES, TAJIK_NAMES } from "./names";
import type { BatchPlan } from "./batches";
import { MUJI, type BuyerDef } from "./exports";

export type TenantPlan = {
  association: {
    slug: "issyk-kul" | "sughd";
    name: string;
    countryCode: string;
    currency: string;
    timezone: string;
    youthMinAge: number;
    youthMaxAge: number;
    reserveBasisPoints: number;
  };
  utcOffset: number;
  region: RegionDef;
  groupsFor: (village: SeedVillage, index: number) => string[];
  members: Omit<MemberPlan, "utcOffset">;
  lines: LineDef[];
  materials: readonly MaterialDef[];
  batches: Pick<BatchPlan, "count" | "demoBatches">;
  /** An export buyer, with approved labels for its market on the products that have names in its language. */
  buyer?: BuyerDef;
};

function issykKulGroups(v: SeedVillage, index: number): string[] {
  if (v.weight >= 8) return [`${v.ky} кийизчилери`, `${v.ky} шырдакчылары`, `${v.en} felt makers`];
  if (v.weight >= 2) return [index % 3 === 0 ? `${v.en} felt makers` : `${v.ky} кийизчилери`];
  if (index % 2 === 1) return [];
  return [index % 4 === 0 ? `${v.ky} аарычылары` : `${v.ky} чычырканакчылары`];
}

export const ISSYK_KUL_PLAN: TenantPlan = {
  association: {
    slug: "issyk-kul",
    name: "OVOP Issyk-Kul",
    countryCode: "KG",
    currency: "KGS",
    timezone: "Asia/Bishkek",
    youthMinAge: 14,
    youthMaxAge: 35,
    reserveBasisPoints: 1000,
  },
  utcOffset: 6,
  region: ISSYK_KUL,
  groupsFor: issykKulGroups,
  members: {
    prefix: "IK",
    count: 1500,
    names: KYRGYZ_NAMES,
    femaleShare: 0.7,
    countryCode: "+996",
    phonePrefixes: ["555", "550", "551", "700", "701", "705", "770", "772", "777", "999", "995", "502", "505", "220"],
    skills: [
      ["felting", 0.75, 0.2],
      ["dyeing", 0.35, 0.1],
      ["sewing", 0.3, 0.05],
      ["embroidery", 0.25, 0.02],
      ["beekeeping", 0.05, 0.45],
      ["berry_picking", 0.25, 0.4],
    ],
    groupShare: 0.68,
    demo: {
      fullName: "Осмонова Айгүл",
      gender: "female",
      birthYear: 1984,
      phone: "+996555000001",
      village: "Ak-Say",
      joinedOn: "2013-04-15",
      skills: ["felting", "dyeing"],
    },
  },
  lines: ISSYK_KUL_LINES,
  materials: ISSYK_KUL_MATERIALS,
  batches: {
    count: 4000,
    demoBatches: {
      draft: 1,
      submitted: 2,
      in_inspection: 1,
      awaiting_approval: 1,
      partially_accepted: 2,
      rejected: 1,
      rework: 1,
      accepted: 6,
    },
  },
  buyer: MUJI,
};

export const SUGHD_PLAN: TenantPlan = {
  association: {
    slug: "sughd",
    name: "OVOP Sughd",
    countryCode: "TJ",
    currency: "TJS",
    timezone: "Asia/Dushanbe",
    youthMinAge: 14,
    youthMaxAge: 30,
    reserveBasisPoints: 0,
  },
  utcOffset: 5,
  region: SUGHD,
  groupsFor: (v) => (v.weight >= 2 ? [`Зардолупарварони ${v.ky}`] : []),
  members: {
    prefix: "SG",
    count: 60,
    names: TAJIK_NAMES,
    femaleShare: 0.65,
    countryCode: "+992",
    phonePrefixes: ["900", "918", "927", "935", "988", "501", "777"],
    skills: [
      ["fruit_drying", 0.9, 0.9],
      ["sewing", 0.3, 0.05],
      ["embroidery", 0.3, 0.02],
    ],
    groupShare: 0.6,
    demo: {
      fullName: "Раҳимова Мавзуна",
      gender: "female",
      birthYear: 1988,
      phone: "+992900000001",
      village: "Isfara",
      joinedOn: "2019-05-20",
      skills: ["fruit_drying", "sewing"],
    },
  },
  lines: SUGHD_LINES,
  materials: SUGHD_MATERIALS,
  batches: { count: 150, demoBatches: { submitted: 1, partially_accepted: 1, rejected: 1, accepted: 4 } },
};
