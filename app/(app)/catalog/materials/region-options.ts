import type { Ctx } from "@/lib/auth/context";
import { listPlaces } from "@/lib/geography/list-places";

/** The association's regions, for a material's place of origin. */
export async function regionOptions(ctx: Ctx) {
  return (await listPlaces(ctx)).regions.map(({ id, name }) => ({ id, name }));
}
