import type { lineMaterials, materials } from "@/db/schema";
import type { SeedMaterial } from "./batch-materials";
import type { LineDef } from "./catalog";
import type { MaterialDef } from "./materials";
import type { Rng } from "./random";

type MaterialRow = typeof materials.$inferInsert;
type LineMaterialRow = typeof lineMaterials.$inferInsert;

/** The association's materials registry, all from its own region, and what each line allows. */
export function buildMaterials(
  rng: Rng,
  associationId: string,
  regionId: string,
  defs: readonly MaterialDef[],
  lines: readonly (LineDef & { id: string })[],
  updatedAt: Date,
): { materialRows: MaterialRow[]; lineMaterialRows: LineMaterialRow[]; byCode: Map<string, SeedMaterial> } {
  const byCode = new Map<string, SeedMaterial>();
  const materialRows = defs.map((def) => {
    const id = rng.uuid();
    byCode.set(def.code, { id, code: def.code, kind: def.kind, nameRu: def.ru });
    return {
      associationId,
      id,
      code: def.code,
      kind: def.kind,
      nameEn: def.en,
      nameRu: def.ru,
      nameKy: def.ky,
      plantSource: def.plantSource,
      colourEn: def.colour?.en ?? null,
      colourRu: def.colour?.ru ?? null,
      colourKy: def.colour?.ky ?? null,
      colourHex: def.colour?.hex ?? null,
      regionId,
      updatedAt,
    };
  });
  const lineMaterialRows = lines.flatMap((line) =>
    line.materials.map((code) => {
      const material = byCode.get(code);
      if (!material) throw new Error(`Line ${line.code} allows unknown material ${code}`);
      return { associationId, lineId: line.id, materialId: material.id };
    }),
  );
  return { materialRows, lineMaterialRows, byCode };
}
