import { z } from "@/lib/validation/zod-messages";

const name = z.string().trim().min(1).max(100);
const names = { nameEn: name, nameRu: name, nameKy: name };

export const PLACE_KINDS = ["region", "district", "village"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A region, district or village: its names in three languages and, below a region, its parent. */
export const savePlaceSchema = z.object({
  kind: z.enum(PLACE_KINDS),
  id: z.uuid().optional(),
  parentId: z.uuid().optional(),
  ...names,
});

export type SavePlaceInput = z.input<typeof savePlaceSchema>;

export const saveGroupSchema = z.object({
  id: z.uuid().optional(),
  villageId: z.uuid(),
  name: z.string().trim().min(2).max(100),
  leaderMemberId: z.union([z.uuid(), z.literal("")]).optional(),
});

export type SaveGroupInput = z.input<typeof saveGroupSchema>;

export const deletePlaceSchema = z.object({ kind: z.enum([...PLACE_KINDS, "group"]), id: z.uuid() });

export type DeletePlaceInput = z.input<typeof deletePlaceSchema>;
