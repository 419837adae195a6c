import type { lineCategoryEnum } from "@/db/schema";
import type { DefectClass } from "@/lib/qc/decision";
import type { InspectionLevel } from "@/lib/qc/sampling";
import { ean13CheckDigit } from "@/lib/labels/ean13";

export type ProductSpec = {
  lengthMm?: number;
  widthMm?: number;
  heightMm?: number;
  sizeToleranceMm?: number;
  weightG?: number;
  weightToleranceG?: number;
};

/** What a batch is made from: each part draws `count` different materials, by code and weight. */
export type RecipePart = { from: readonly (readonly [code: string, weight: number])[]; count: readonly [number, number] };

export type SkuDef = {
  sku: string;
  articleNumber: string | null;
  en: string;
  ru: string;
  ky: string;
  /** The name on Japanese labels and export documents, where the product sells in Japan. */
  ja?: string;
  priceMinor: number;
  /** How often producers make it, relative to the line's other SKUs. */
  popularity: number;
  spec?: ProductSpec;
  /** Replaces the line's recipe for this SKU. */
  recipe?: readonly RecipePart[];
};

export type LineDef = {
  code: string;
  en: string;
  ru: string;
  ky: string;
  unit: string;
  category: (typeof lineCategoryEnum.enumValues)[number];
  /** Harmonized System code printed on export documents. */
  hsCode?: string;
  inspectionLevel: InspectionLevel;
  aql: Record<DefectClass, number>;
  /** Codes of the materials the line allows (packaging included), and what its batches record as made from. */
  materials: readonly string[];
  recipe: readonly RecipePart[];
  /** Share of the association's batches, and the months (1–12) they are made in. */
  share: number;
  months: readonly number[];
  quantity: readonly [number, number];
  skill: string;
  skus: SkuDef[];
};

const muji = (item: string) => `4550182${item}${ean13CheckDigit(`4550182${item}`)}`;
const ALL_YEAR = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
const one = (...codes: string[]): RecipePart => ({ from: codes.map((code) => [code, 1] as const), count: [1, 1] });

// The felt checklist measures the deviation from the specified length against ±5 mm.
const felt = (lengthMm: number, widthMm: number, heightMm: number, weightG: number, weightToleranceG: number): ProductSpec => ({
  lengthMm,
  widthMm,
  heightMm,
  sizeToleranceMm: 5,
  weightG,
  weightToleranceG,
});
// Declared net quantity with about 3% tolerance, as the food checklist's 97% minimum.
const net = (weightG: number): ProductSpec => ({ weightG, weightToleranceG: Math.round(weightG * 0.03) });

const FELT_DYES = ["DYE-MADDER", "DYE-WALNUT", "DYE-ONION", "DYE-RHUBARB", "DYE-SAINFOIN", "DYE-YARROW", "DYE-CHIY"];

export const ISSYK_KUL_LINES: LineDef[] = [
  {
    code: "FELT",
    en: "Natural-dye felt souvenirs",
    ru: "Войлочные сувениры с натуральными красителями",
    ky: "Табигый боёктогу кийиз сувенирлер",
    unit: "pcs",
    category: "felt_toy",
    hsCode: "6307.90",
    inspectionLevel: "II",
    aql: { critical: 0, major: 2.5, minor: 4 },
    materials: ["WOOL-SHEEP", "WOOL-CAMEL", ...FELT_DYES, "TAG-PAPER", "BAG-COTTON"],
    recipe: [
      { from: [["WOOL-SHEEP", 5], ["WOOL-CAMEL", 1]], count: [1, 1] },
      { from: FELT_DYES.map((code) => [code, 1] as const), count: [1, 3] },
    ],
    share: 0.7,
    months: ALL_YEAR,
    quantity: [5, 120],
    skill: "felting",
    skus: [
      { sku: "FELT-SHEEP", articleNumber: muji("10241"), en: "Felt sheep", ru: "Войлочная овечка", ky: "Кийиз кой", ja: "フェルトのひつじ", priceMinor: 35000, popularity: 5, spec: felt(100, 70, 90, 25, 3) },
      { sku: "FELT-YURT", articleNumber: muji("10242"), en: "Yurt ornament", ru: "Подвеска «Юрта»", ky: "Боз үй илгич", ja: "フェルトのユルトオーナメント", priceMinor: 28000, popularity: 3, spec: felt(80, 80, 90, 18, 3) },
      { sku: "FELT-COASTER", articleNumber: muji("10243"), en: "Coaster set (4 pcs)", ru: "Набор подставок под чашки (4 шт.)", ky: "Чөйчөк алдына коюлуучу топтом (4 даана)", ja: "フェルトのコースター（4枚組）", priceMinor: 42000, popularity: 4, spec: felt(100, 100, 6, 60, 6) },
      { sku: "FELT-SLIPPERS", articleNumber: muji("10244"), en: "Felt slippers", ru: "Войлочные тапочки", ky: "Кийиз тапочка", priceMinor: 90000, popularity: 2, spec: felt(260, 100, 90, 180, 15) },
      { sku: "FELT-BIRD", articleNumber: muji("10245"), en: "Felt bird", ru: "Войлочная птичка", ky: "Кийиз куш", ja: "フェルトのことり", priceMinor: 25000, popularity: 4, spec: felt(90, 40, 60, 12, 2) },
      { sku: "FELT-PHONE", articleNumber: muji("10246"), en: "Phone case", ru: "Чехол для телефона", ky: "Телефон кап", priceMinor: 38000, popularity: 2, spec: felt(160, 90, 12, 35, 4) },
      { sku: "FELT-SHYRDAK", articleNumber: muji("10247"), en: "Mini shyrdak rug", ru: "Мини-шырдак", ky: "Кичинекей шырдак", priceMinor: 150000, popularity: 1, spec: felt(600, 400, 8, 900, 60) },
      { sku: "FELT-GLASSES", articleNumber: muji("10248"), en: "Glasses case", ru: "Футляр для очков", ky: "Көз айнек кап", priceMinor: 32000, popularity: 2, spec: felt(170, 75, 15, 30, 3) },
    ],
  },
  {
    // Hats and scarves are designated items under Japan's textile labelling rules, unlike felt toys.
    code: "WEAR",
    en: "Felt hats and scarves",
    ru: "Войлочные шапки и шарфы",
    ky: "Кийиз калпактар жана моюн орогучтар",
    unit: "pcs",
    category: "textile",
    hsCode: "6505.00",
    inspectionLevel: "II",
    aql: { critical: 0, major: 2.5, minor: 4 },
    materials: ["WOOL-SHEEP", ...FELT_DYES, "TAG-PAPER", "BAG-COTTON"],
    recipe: [one("WOOL-SHEEP"), { from: FELT_DYES.map((code) => [code, 1] as const), count: [1, 2] }],
    share: 0.05,
    months: [9, 10, 11, 12, 1, 2],
    quantity: [5, 40],
    skill: "felting",
    skus: [
      { sku: "WEAR-SCARF", articleNumber: muji("10251"), en: "Nuno-felt scarf", ru: "Шарф в технике нуно-войлок", ky: "Нуно-кийиз моюн орогуч", priceMinor: 180000, popularity: 2, spec: felt(1600, 300, 3, 120, 10) },
      { sku: "WEAR-KALPAK", articleNumber: muji("10252"), en: "Felt kalpak hat", ru: "Войлочный калпак", ky: "Кийиз калпак", priceMinor: 120000, popularity: 1, spec: felt(300, 300, 250, 200, 15) },
    ],
  },
  {
    code: "SBT",
    en: "Issyk-Kul sea-buckthorn",
    ru: "Иссык-Кульская облепиха",
    ky: "Ысык-Көл чычырканагы",
    unit: "jar",
    category: "food",
    inspectionLevel: "II",
    aql: { critical: 0, major: 1.5, minor: 4 },
    materials: ["SBT-BERRIES", "SUGAR", "HONEY-WILD", "JAR-GLASS", "TAG-PAPER"],
    recipe: [one("SBT-BERRIES"), one("SUGAR")],
    share: 0.13,
    months: [8, 9, 10, 11, 12],
    quantity: [5, 48],
    skill: "berry_picking",
    skus: [
      { sku: "SBT-JAM-250", articleNumber: null, en: "Sea-buckthorn jam, 250 g", ru: "Облепиховое варенье, 250 г", ky: "Чычырканак кыямы, 250 г", priceMinor: 22000, popularity: 3, spec: net(250) },
      { sku: "SBT-JAM-450", articleNumber: null, en: "Sea-buckthorn jam, 450 g", ru: "Облепиховое варенье, 450 г", ky: "Чычырканак кыямы, 450 г", priceMinor: 36000, popularity: 2, spec: net(450) },
      { sku: "SBT-PUREE-500", articleNumber: null, en: "Sea-buckthorn with honey, 500 g", ru: "Облепиха, протёртая с мёдом, 500 г", ky: "Бал кошулган чычырканак, 500 г", priceMinor: 48000, popularity: 1, spec: net(500), recipe: [one("SBT-BERRIES"), one("HONEY-WILD")] },
    ],
  },
  {
    code: "HONEY",
    en: "Mountain honey",
    ru: "Горный мёд",
    ky: "Тоо балы",
    unit: "jar",
    category: "food",
    inspectionLevel: "II",
    aql: { critical: 0, major: 1.5, minor: 4 },
    materials: ["HONEY-WILD", "HONEY-SAINFOIN", "JAR-GLASS", "TAG-PAPER"],
    recipe: [one("HONEY-WILD")],
    share: 0.12,
    months: [7, 8, 9, 10],
    quantity: [5, 40],
    skill: "beekeeping",
    skus: [
      { sku: "HONEY-SAINFOIN-500", articleNumber: null, en: "Sainfoin honey, 500 g", ru: "Эспарцетовый мёд, 500 г", ky: "Эспарцет балы, 500 г", priceMinor: 40000, popularity: 2, spec: net(500), recipe: [one("HONEY-SAINFOIN")] },
      { sku: "HONEY-WILD-250", articleNumber: null, en: "Mountain wildflower honey, 250 g", ru: "Горный мёд разнотравье, 250 г", ky: "Тоо гүлдөрүнүн балы, 250 г", priceMinor: 24000, popularity: 1, spec: net(250) },
    ],
  },
];

/** The ky slot holds Tajik, as for Sughd's geography. Prices in diram. */
export const SUGHD_LINES: LineDef[] = [
  {
    code: "APRI",
    en: "Dried apricots",
    ru: "Сушёные абрикосы",
    ky: "Зардолуи хушк",
    unit: "kg",
    category: "food",
    inspectionLevel: "I",
    aql: { critical: 0, major: 2.5, minor: 4 },
    materials: ["APRICOTS", "BAG-COTTON", "BAG-KRAFT"],
    recipe: [one("APRICOTS")],
    share: 1,
    months: [6, 7, 8, 8, 9, 9, 10, 10, 11, 11, 11],
    quantity: [10, 150],
    skill: "fruit_drying",
    skus: [
      { sku: "APRI-PITTED", articleNumber: null, en: "Pitted dried apricots (kuraga)", ru: "Курага без косточки", ky: "Қайсии бедона", priceMinor: 3500, popularity: 2 },
      { sku: "APRI-WHOLE", articleNumber: null, en: "Whole sun-dried apricots (uryuk)", ru: "Урюк с косточкой", ky: "Зардолуи хушк бо донак", priceMinor: 2400, popularity: 1 },
    ],
  },
];
