export type SkuDef = {
  sku: string;
  articleNumber: string | null;
  en: string;
  ru: string;
  ky: string;
  priceMinor: number;
  /** How often producers make it, relative to the line's other SKUs. */
  popularity: number;
};

export type LineDef = {
  code: string;
  en: string;
  ru: string;
  ky: string;
  unit: string;
  /** Share of the association's batches, and the months (1–12) they are made in. */
  share: number;
  months: readonly number[];
  quantity: readonly [number, number];
  skill: string;
  skus: SkuDef[];
};

function ean13(first12: string): string {
  const sum = [...first12].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return first12 + String((10 - (sum % 10)) % 10);
}

const muji = (item: string) => ean13(`4550182${item}`);
const ALL_YEAR = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export const ISSYK_KUL_LINES: LineDef[] = [
  {
    code: "FELT",
    en: "Natural-dye felt souvenirs",
    ru: "Войлочные сувениры с натуральными красителями",
    ky: "Табигый боёктогу кийиз сувенирлер",
    unit: "pcs",
    share: 0.75,
    months: ALL_YEAR,
    quantity: [5, 120],
    skill: "felting",
    skus: [
      { sku: "FELT-SHEEP", articleNumber: muji("10241"), en: "Felt sheep", ru: "Войлочная овечка", ky: "Кийиз кой", priceMinor: 35000, popularity: 5 },
      { sku: "FELT-YURT", articleNumber: muji("10242"), en: "Yurt ornament", ru: "Подвеска «Юрта»", ky: "Боз үй илгич", priceMinor: 28000, popularity: 3 },
      { sku: "FELT-COASTER", articleNumber: muji("10243"), en: "Coaster set (4 pcs)", ru: "Набор подставок под чашки (4 шт.)", ky: "Чөйчөк алдына коюлуучу топтом (4 даана)", priceMinor: 42000, popularity: 4 },
      { sku: "FELT-SLIPPERS", articleNumber: muji("10244"), en: "Felt slippers", ru: "Войлочные тапочки", ky: "Кийиз тапочка", priceMinor: 90000, popularity: 2 },
      { sku: "FELT-BIRD", articleNumber: muji("10245"), en: "Felt bird", ru: "Войлочная птичка", ky: "Кийиз куш", priceMinor: 25000, popularity: 4 },
      { sku: "FELT-PHONE", articleNumber: muji("10246"), en: "Phone case", ru: "Чехол для телефона", ky: "Телефон кап", priceMinor: 38000, popularity: 2 },
      { sku: "FELT-SHYRDAK", articleNumber: muji("10247"), en: "Mini shyrdak rug", ru: "Мини-шырдак", ky: "Кичинекей шырдак", priceMinor: 150000, popularity: 1 },
      { sku: "FELT-GLASSES", articleNumber: muji("10248"), en: "Glasses case", ru: "Футляр для очков", ky: "Көз айнек кап", priceMinor: 32000, popularity: 2 },
    ],
  },
  {
    code: "SBT",
    en: "Issyk-Kul sea-buckthorn",
    ru: "Иссык-Кульская облепиха",
    ky: "Ысык-Көл чычырканагы",
    unit: "jar",
    share: 0.13,
    months: [8, 9, 10, 11, 12],
    quantity: [5, 48],
    skill: "berry_picking",
    skus: [
      { sku: "SBT-JAM-250", articleNumber: null, en: "Sea-buckthorn jam, 250 g", ru: "Облепиховое варенье, 250 г", ky: "Чычырканак кыямы, 250 г", priceMinor: 22000, popularity: 3 },
      { sku: "SBT-JAM-450", articleNumber: null, en: "Sea-buckthorn jam, 450 g", ru: "Облепиховое варенье, 450 г", ky: "Чычырканак кыямы, 450 г", priceMinor: 36000, popularity: 2 },
      { sku: "SBT-PUREE-500", articleNumber: null, en: "Sea-buckthorn with honey, 500 g", ru: "Облепиха, протёртая с мёдом, 500 г", ky: "Бал кошулган чычырканак, 500 г", priceMinor: 48000, popularity: 1 },
    ],
  },
  {
    code: "HONEY",
    en: "Mountain honey",
    ru: "Горный мёд",
    ky: "Тоо балы",
    unit: "jar",
    share: 0.12,
    months: [7, 8, 9, 10],
    quantity: [5, 40],
    skill: "beekeeping",
    skus: [
      { sku: "HONEY-SAINFOIN-500", articleNumber: null, en: "Sainfoin honey, 500 g", ru: "Эспарцетовый мёд, 500 г", ky: "Эспарцет балы, 500 г", priceMinor: 40000, popularity: 2 },
      { sku: "HONEY-WILD-250", articleNumber: null, en: "Mountain wildflower honey, 250 g", ru: "Горный мёд разнотравье, 250 г", ky: "Тоо гүлдөрүнүн балы, 250 г", priceMinor: 24000, popularity: 1 },
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
