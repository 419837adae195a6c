import type { RecipePart } from "./catalog";
import type { MaterialKind } from "./materials";
import type { Rng } from "./random";

export type SeedMaterial = { id: string; code: string; kind: MaterialKind; nameRu: string };
export type DrawnMaterial = { material: SeedMaterial; dyeLot: string | null };

/** A dye lot is one pot of dye: the plant, the month it was brewed (YYMM) and the pot, e.g. MAD-2508-03. */
function dyeLot(rng: Rng, code: string, producedFrom: string): string {
  const plant = code.replace(/^DYE-/, "").slice(0, 3);
  return `${plant}-${producedFrom.slice(2, 4)}${producedFrom.slice(5, 7)}-${String(rng.int(1, 12)).padStart(2, "0")}`;
}

/** The materials one batch was made from, following its recipe; each material at most once. */
export function drawMaterials(
  rng: Rng,
  recipe: readonly RecipePart[],
  materials: ReadonlyMap<string, SeedMaterial>,
  producedFrom: string,
): DrawnMaterial[] {
  const drawn: DrawnMaterial[] = [];
  for (const part of recipe) {
    let left = [...part.from];
    for (let n = rng.int(part.count[0], part.count[1]); n > 0 && left.length > 0; n--) {
      const code = rng.weighted(left);
      left = left.filter(([c]) => c !== code);
      const material = materials.get(code);
      if (!material) throw new Error(`Recipe uses unknown material ${code}`);
      drawn.push({ material, dyeLot: material.kind === "dye" ? dyeLot(rng, code, producedFrom) : null });
    }
  }
  return drawn;
}
