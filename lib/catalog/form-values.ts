import type { LineDetails } from "./get-line";
import type { ProductDetails } from "./get-product";
import { toDecimalText } from "./money";
import { DEFAULT_AQL, isUnit } from "./options";
import type { SaveLineInput, SaveMaterialInput, SaveProductInput } from "./schemas";

type Names = { nameEn: string; nameRu: string; nameKy: string };
const names = ({ nameEn, nameRu, nameKy }: Names) => ({ nameEn, nameRu, nameKy });
const text = (value: number | string | null) => (value === null ? "" : String(value));

/** A new line starts as a draft with the usual level II and AQLs. */
export const NEW_LINE: SaveLineInput = {
  code: "",
  nameEn: "",
  nameRu: "",
  nameKy: "",
  category: "craft",
  unit: "pcs",
  status: "draft",
  inspectionLevel: "II",
  hsCode: "",
  aqlCritical: DEFAULT_AQL.critical,
  aqlMajor: DEFAULT_AQL.major,
  aqlMinor: DEFAULT_AQL.minor,
  materialIds: [],
};

export function lineFormValues(line: LineDetails): SaveLineInput {
  return {
    id: line.id,
    code: line.code,
    ...names(line),
    category: line.category,
    unit: isUnit(line.unit) ? line.unit : NEW_LINE.unit,
    status: line.status,
    inspectionLevel: line.inspectionLevel,
    hsCode: text(line.hsCode),
    aqlCritical: line.aqlCritical,
    aqlMajor: line.aqlMajor,
    aqlMinor: line.aqlMinor,
    materialIds: line.materials.map((m) => m.id),
  };
}

export function newProductValues(lineId: string): SaveProductInput {
  return { lineId, sku: "", articleNumber: "", nameEn: "", nameRu: "", nameKy: "", nameJa: "", price: "", status: "active", photoIds: [] };
}

export function productFormValues(product: ProductDetails): SaveProductInput {
  return {
    id: product.id,
    lineId: product.lineId,
    sku: product.sku,
    articleNumber: product.articleNumber ?? "",
    ...names(product),
    nameJa: text(product.nameJa),
    price: toDecimalText(product.producerPriceMinor, product.currency),
    status: product.status,
    lengthMm: text(product.lengthMm),
    widthMm: text(product.widthMm),
    heightMm: text(product.heightMm),
    sizeToleranceMm: text(product.sizeToleranceMm),
    weightG: text(product.weightG),
    weightToleranceG: text(product.weightToleranceG),
    photoIds: product.photoIds,
  };
}

export const NEW_MATERIAL: SaveMaterialInput = { code: "", kind: "dye", nameEn: "", nameRu: "", nameKy: "", plantSource: "", regionId: "", status: "active" };

type MaterialRow = Names & {
  id: string;
  code: string;
  kind: SaveMaterialInput["kind"];
  plantSource: string | null;
  colourEn: string | null;
  colourRu: string | null;
  colourKy: string | null;
  colourHex: string | null;
  regionId: string | null;
  status: SaveMaterialInput["status"];
};

export function materialFormValues(m: MaterialRow): SaveMaterialInput {
  return {
    id: m.id,
    code: m.code,
    kind: m.kind,
    ...names(m),
    plantSource: text(m.plantSource),
    colourEn: text(m.colourEn),
    colourRu: text(m.colourRu),
    colourKy: text(m.colourKy),
    colourHex: text(m.colourHex),
    regionId: text(m.regionId),
    status: m.status,
  };
}
