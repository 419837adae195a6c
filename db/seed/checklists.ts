import type { checklistItemKindEnum } from "@/db/schema";
import type { DefectClass } from "@/lib/qc/decision";

type Text = { en: string; ru: string; ky: string };

/** Where in-specification readings usually fall, and how many decimals they are read to. */
export type Range = { min: number | null; max: number | null; unit: string; typical: readonly [number, number]; decimals: number };

export type ItemDef = {
  kind: (typeof checklistItemKindEnum.enumValues)[number];
  defectClass: DefectClass | null;
  label: Text;
  guidance?: Text;
  range?: Range;
};

export type ChecklistVersion = { publishedOn: string; items: readonly ItemDef[] };

const yesNo = (defectClass: DefectClass, label: Text, guidance?: Text): ItemDef => ({ kind: "yes_no", defectClass, label, guidance });
const defectCount = (defectClass: DefectClass, label: Text, guidance?: Text): ItemDef => ({ kind: "defect_count", defectClass, label, guidance });
const measurement = (defectClass: DefectClass, label: Text, range: Range, guidance?: Text): ItemDef => ({
  kind: "measurement",
  defectClass,
  label,
  range,
  guidance,
});
const photo = (label: Text): ItemDef => ({ kind: "photo", defectClass: null, label });
const REMARKS: ItemDef = { kind: "text", defectClass: null, label: { en: "Remarks", ru: "Замечания", ky: "Эскертүүлөр" } };

const FELT_V1: readonly ItemDef[] = [
  yesNo(
    "critical",
    { en: "No needles, pins or sharp parts left in the piece", ru: "Нет игл, булавок и острых деталей", ky: "Ийне, төөнөгүч жана курч бөлүктөр калган эмес" },
    {
      en: "Press every sampled piece all over with the palm: felting needles break off inside toys.",
      ru: "Прощупайте ладонью каждое изделие выборки: иглы для валяния обламываются внутри игрушек.",
      ky: "Тандалган ар бир буюмду алакан менен басып текшериңиз: кийиз басуучу ийнелер оюнчуктун ичинде сынып калат.",
    },
  ),
  measurement(
    "major",
    { en: "Length: deviation from the product specification", ru: "Длина: отклонение от спецификации изделия", ky: "Узундугу: буюмдун спецификациясынан четтөө" },
    { min: -5, max: 5, unit: "mm", typical: [-3, 3], decimals: 0 },
    {
      en: "Measure the longest side and subtract the length in the product's specification (felt sheep: 100 mm).",
      ru: "Измерьте самую длинную сторону и вычтите длину из спецификации изделия (овечка: 100 мм).",
      ky: "Эң узун жагын ченеп, буюмдун спецификациясындагы узундукту кемитиңиз (кой: 100 мм).",
    },
  ),
  yesNo(
    "major",
    { en: "Colour even and as the approved sample", ru: "Окраска ровная и как у утверждённого образца", ky: "Түсү бирдей жана бекитилген үлгүдөй" },
    {
      en: "Compare in daylight, next to the sample kept at the association's office.",
      ru: "Сравнивайте при дневном свете рядом с образцом из офиса ассоциации.",
      ky: "Күндүзгү жарыкта ассоциациянын кеңсесиндеги үлгүнүн жанына коюп салыштырыңыз.",
    },
  ),
  defectCount(
    "major",
    { en: "Pieces with loose or uneven stitching", ru: "Изделия с распущенными или неровными швами", ky: "Тигиши бошоп же кыйшык кеткен буюмдар" },
    { en: "Count pieces, not stitches.", ru: "Считайте изделия, а не стежки.", ky: "Саймаларды эмес, буюмдарды санаңыз." },
  ),
  defectCount(
    "minor",
    { en: "Pieces with loose fibres or pilling", ru: "Изделия с торчащими волокнами или катышками", ky: "Жүнү чыгып же топчолонуп калган буюмдар" },
    {
      en: "Rub each piece lightly: count those that shed fibres.",
      ru: "Слегка потрите каждое изделие: считайте те, с которых сходят волокна.",
      ky: "Ар бир буюмду акырын сүртүңүз: жүнү түшкөндөрүн санаңыз.",
    },
  ),
  photo({ en: "Photo of one sampled piece", ru: "Фото одного изделия из выборки", ky: "Тандоодогу бир буюмдун сүрөтү" }),
  REMARKS,
];

const NO_DYE_SMELL = yesNo(
  "major",
  { en: "No smell of synthetic dye or chemicals", ru: "Нет запаха синтетического красителя или химии", ky: "Синтетикалык боёктун же химиянын жыты жок" },
  {
    en: "Natural-dye felt smells only of wool.",
    ru: "Войлок с натуральными красителями пахнет только шерстью.",
    ky: "Табигый боёк менен боёлгон кийиз жүндүн гана жытын берет.",
  },
);

const JARS: readonly ItemDef[] = [
  yesNo(
    "critical",
    { en: "Lid sealed, jar does not leak", ru: "Крышка герметична, банка не протекает", ky: "Капкагы бекем, банкадан агып чыкпайт" },
    { en: "Hold each jar upside down for 10 seconds.", ru: "Подержите каждую банку вверх дном 10 секунд.", ky: "Ар бир банканы 10 секунд төңкөрүп кармаңыз." },
  ),
  yesNo("critical", {
    en: "No foreign matter (glass, insects, hair)",
    ru: "Нет посторонних примесей (стекло, насекомые, волосы)",
    ky: "Бөтөн нерселер жок (айнек, курт-кумурска, чач)",
  }),
  measurement(
    "major",
    { en: "Net weight, % of the declared quantity", ru: "Масса нетто, % от указанной", ky: "Таза салмагы, көрсөтүлгөндүн %" },
    { min: 97, max: null, unit: "%", typical: [98, 104], decimals: 1 },
    {
      en: "Weigh the full jar and subtract the weight of an empty jar of the same type.",
      ru: "Взвесьте полную банку и вычтите массу пустой банки того же типа.",
      ky: "Толук банканы таразага тартып, ошол эле түрдөгү бош банканын салмагын кемитиңиз.",
    },
  ),
  yesNo("major", {
    en: "No signs of fermentation (foam, sour smell, bulging lid)",
    ru: "Нет признаков брожения (пена, кислый запах, вздутая крышка)",
    ky: "Ачуунун белгилери жок (көбүк, кычкыл жыт, көөп кеткен капкак)",
  }),
  yesNo("minor", { en: "Label with lot code and date", ru: "Этикетка с кодом партии и датой", ky: "Партиянын коду жана датасы жазылган этикетка" }),
  defectCount("minor", { en: "Jars with sticky or dirty glass", ru: "Банки с липким или грязным стеклом", ky: "Айнеги жабышкак же кир банкалар" }),
  photo({ en: "Photo of a jar with its label", ru: "Фото банки с этикеткой", ky: "Этикеткасы менен банканын сүрөтү" }),
  REMARKS,
];

/** The ky slot holds Tajik, as for Sughd's geography. */
const DRIED_APRICOTS: readonly ItemDef[] = [
  yesNo("critical", { en: "No mould, insects or pest damage", ru: "Нет плесени, насекомых и следов вредителей", ky: "Пӯпанак, ҳашарот ва осеби ҳашарот нест" }),
  measurement(
    "major",
    { en: "Moisture", ru: "Влажность", ky: "Намнокӣ" },
    { min: null, max: 20, unit: "%", typical: [15, 19.5], decimals: 1 },
    {
      en: "Moisture meter, one fruit from each sampled kilogram.",
      ru: "Влагомером, по одному плоду из каждого отобранного килограмма.",
      ky: "Бо намсанҷ, аз ҳар килограмми интихобшуда як мева.",
    },
  ),
  defectCount("major", { en: "Darkened or burnt fruit", ru: "Потемневшие или подгоревшие плоды", ky: "Меваҳои сиёҳшуда ё сӯхта" }),
  defectCount("minor", { en: "Stems and leaves", ru: "Плодоножки и листья", ky: "Поя ва барг" }),
  yesNo("minor", { en: "Bag closed and labelled", ru: "Мешок закрыт и промаркирован", ky: "Халта баста ва тамғагузорӣ шудааст" }),
  photo({ en: "Photo of the sample", ru: "Фото выборки", ky: "Акси намуна" }),
  { ...REMARKS, label: { ...REMARKS.label, ky: "Эзоҳҳо" } },
];

const FIRST_PUBLISHED = "2025-01-06";
const FELT_V2 = [...FELT_V1.slice(0, 3), NO_DYE_SMELL, ...FELT_V1.slice(3)];

/** Published versions per line code, oldest first. Felt's v2 adds the smell check after the colour one. */
export const CHECKLISTS: Readonly<Record<string, readonly ChecklistVersion[]>> = {
  FELT: [
    { publishedOn: FIRST_PUBLISHED, items: FELT_V1 },
    { publishedOn: "2026-09-01", items: FELT_V2 },
  ],
  WEAR: [{ publishedOn: FIRST_PUBLISHED, items: FELT_V2 }],
  SBT: [{ publishedOn: FIRST_PUBLISHED, items: JARS }],
  HONEY: [{ publishedOn: FIRST_PUBLISHED, items: JARS }],
  APRI: [{ publishedOn: FIRST_PUBLISHED, items: DRIED_APRICOTS }],
};
