import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { materials } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";

/** One material of the registry, for its edit form. */
export async function getMaterial(ctx: Ctx, materialId: string) {
  authorize(ctx, "catalog.manage");
  if (!isUuid(materialId)) throw new NotFoundError();
  const [material] = await (await db()).select().from(materials).where(scoped(ctx, materials, eq(materials.id, materialId)));
  if (!material) throw new NotFoundError();
  return { ...material, name: localName(material, ctx.locale) };
}
