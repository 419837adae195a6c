import { districts, members, producerGroups, regions, villages } from "@/db/schema";

/** Each kind of place: its table, the column pointing at its parent, and what refers to it. */
export const PLACE_TABLES = {
  region: { table: regions, parent: null, usedBy: [{ table: districts, column: districts.regionId }] },
  district: { table: districts, parent: { table: regions, column: districts.regionId }, usedBy: [{ table: villages, column: villages.districtId }] },
  village: {
    table: villages,
    parent: { table: districts, column: villages.districtId },
    usedBy: [
      { table: members, column: members.villageId },
      { table: producerGroups, column: producerGroups.villageId },
    ],
  },
  group: { table: producerGroups, parent: null, usedBy: [{ table: members, column: members.groupId }] },
} as const;
