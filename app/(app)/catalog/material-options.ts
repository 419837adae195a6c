import type { MaterialOption } from "@/components/catalog/material-checklist";
import type { Ctx } from "@/lib/auth/context";
import { listMaterials } from "@/lib/catalog/list-materials";

/** The registry as the line form's checkboxes need it. */
export async function materialOptions(ctx: Ctx): Promise<MaterialOption[]> {
  return (await listMaterials(ctx)).map(({ id, kind, name, colourHex, status }) => ({ id, kind, name, colourHex, status }));
}
