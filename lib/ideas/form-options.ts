import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { listPlaces } from "@/lib/geography/list-places";
import { getAssociation } from "@/lib/tenancy/get-association";
import { memberPlace } from "./idea-place";

/** The choices of the idea form: villages and groups in the reader's language, and what a new idea starts with. */
export async function ideaFormOptions(ctx: Ctx) {
  authorize(ctx, "idea.propose");
  const database = await db();
  const [places, association, own] = await Promise.all([listPlaces(ctx), getAssociation(ctx), memberPlace(database, ctx)]);
  return {
    villages: places.villages.map((v) => ({ id: v.id, name: v.name })),
    groups: places.groups.map((g) => ({ id: g.id, name: g.name, villageId: g.villageId })),
    defaults: { currency: association.currency, ...own },
  };
}

export type IdeaFormOptions = Awaited<ReturnType<typeof ideaFormOptions>>;
