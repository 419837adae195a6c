import type { SaveLineInput, SaveMaterialInput, SaveProductInput } from "./schemas";

/** Valid form inputs for the catalog's tests, with whatever a test needs changed. */
export const lineInput = (overrides: Partial<SaveLineInput> = {}): SaveLineInput => ({
  code: "TEXT",
  nameEn: "Woven textiles",
  nameRu: "Тканый текстиль",
  nameKy: "Токулган кездеме",
  category: "textile",
  unit: "pcs",
  status: "active",
  inspectionLevel: "II",
  aqlCritical: 0,
  aqlMajor: 2.5,
  aqlMinor: 4,
  materialIds: [],
  ...overrides,
});

export const productInput = (lineId: string, overrides: Partial<SaveProductInput> = {}): SaveProductInput => ({
  lineId,
  sku: "FELT-BIRD",
  nameEn: "Felt bird",
  nameRu: "Войлочная птичка",
  nameKy: "Кийиз куш",
  price: "250",
  status: "active",
  ...overrides,
});

export const materialInput = (overrides: Partial<SaveMaterialInput> = {}): SaveMaterialInput => ({
  code: "DYE-SAINFOIN",
  kind: "dye",
  nameEn: "Sainfoin",
  nameRu: "Эспарцет",
  nameKy: "Эспарцет ky",
  plantSource: "Onobrychis",
  colourEn: "Yellow",
  colourRu: "Жёлтый",
  colourKy: "Сары",
  colourHex: "#D9B23A",
  status: "active",
  ...overrides,
});
