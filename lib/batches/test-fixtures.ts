import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, files, lineMaterials, materials, productLines, products, users } from "@/db/schema";
import { addMember, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";

type Kind = "fibre" | "dye" | "ingredient" | "packaging";

/** A material of the tenant, allowed for its felt line unless `allowed` is false. */
export async function addMaterial(t: Tenant, code: string, kind: Kind, options: { allowed?: boolean; status?: "active" | "retired"; lineId?: string } = {}) {
  const database = await db();
  const associationId = t.association.id;
  const [material] = await database
    .insert(materials)
    .values({ associationId, code, kind, nameEn: code, nameRu: `${code} ru`, nameKy: `${code} ky`, colourHex: kind === "dye" ? "#d4a017" : null, status: options.status ?? "active" })
    .returning();
  if (options.allowed !== false) await database.insert(lineMaterials).values({ associationId, lineId: options.lineId ?? t.product.lineId, materialId: material!.id });
  return material!;
}

/** A file row as the upload module would leave it, uploaded by `ctx`. */
export async function addUpload(ctx: Ctx, purpose: "batch_photo" | "product_photo" = "batch_photo"): Promise<string> {
  const [file] = await (await db())
    .insert(files)
    .values({ associationId: ctx.associationId, storageKey: `test/${randomUUID()}.jpg`, purpose, contentType: "image/jpeg", byteSize: 1000, sha256: "0".repeat(64), uploadedBy: ctx.userId })
    .returning({ id: files.id });
  return file!.id;
}

/** A second line with one product, for tests that cross lines. */
export async function addLineWithProduct(t: Tenant, code: string) {
  const database = await db();
  const associationId = t.association.id;
  const names = { nameEn: code, nameRu: `${code} ru`, nameKy: `${code} ky` };
  const [line] = await database.insert(productLines).values({ associationId, code, ...names, unit: "kg" }).returning();
  const [product] = await database.insert(products).values({ associationId, lineId: line!.id, sku: `${code}-1`, ...names, producerPriceMinor: 100, currency: "KGS" }).returning();
  return { line: line!, product: product! };
}

/** What the inspection workflow does when it sends a batch back; here without an inspection. */
export async function sendBackForRework(batchId: string) {
  await (await db()).update(batches).set({ status: "rework" }).where(eq(batches.id, batchId));
}

/** Another producer of the tenant, in another village when one is given. */
export async function addProducer(t: Tenant, villageId = t.village.id): Promise<Ctx> {
  const member = await addMember(t.association.id, villageId, { gender: "male", birthYear: 1985 });
  const [user] = await (await db())
    .insert(users)
    .values({ associationId: t.association.id, name: member.fullName, email: `${randomUUID()}@producer.test`, role: "producer", locale: "en", memberId: member.id })
    .returning();
  return { userId: user!.id, associationId: t.association.id, role: "producer", locale: "en", name: user!.name, memberId: member.id };
}
