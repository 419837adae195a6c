import type { materialKindEnum } from "@/db/schema";

type Names = { en: string; ru: string; ky: string };
export type MaterialKind = (typeof materialKindEnum.enumValues)[number];

export type MaterialDef = Names & {
  code: string;
  kind: MaterialKind;
  /** Latin name of the plant it comes from. */
  plantSource: string | null;
  /** The colour a dye gives; null where no source states it. */
  colour: (Names & { hex: string }) | null;
};

const material = (code: string, kind: MaterialKind, names: Names, plantSource: string | null = null, colour: MaterialDef["colour"] = null): MaterialDef => ({
  code,
  kind,
  ...names,
  plantSource,
  colour,
});

/**
 * Dyes from shared/data/ovop-facts.json `natural_dyes`: the association's own sources (sainfoin,
 * yarrow, chiy, walnut and onion husks) and madder and rhubarb from open.kg. Colours only where a
 * source gives one; for sainfoin, yarrow and chiy the facts file found none.
 */
export const ISSYK_KUL_MATERIALS: readonly MaterialDef[] = [
  material("WOOL-SHEEP", "fibre", { en: "Local sheep wool", ru: "Шерсть местных овец", ky: "Жергиликтүү кой жүнү" }),
  material("WOOL-CAMEL", "fibre", { en: "Camel wool", ru: "Верблюжья шерсть", ky: "Төө жүнү" }),
  material("DYE-MADDER", "dye", { en: "Madder root", ru: "Корень марены", ky: "Тамыр боёк" }, "Rubia tinctorum", {
    en: "Red",
    ru: "Красный",
    ky: "Кызыл",
    hex: "#A8322D",
  }),
  material("DYE-WALNUT", "dye", { en: "Walnut husks and shells", ru: "Кожура и скорлупа грецкого ореха", ky: "Жаңгактын кабыгы" }, "Juglans regia", {
    en: "Dark brown",
    ru: "Тёмно-коричневый",
    ky: "Кара күрөң",
    hex: "#4B3621",
  }),
  material("DYE-ONION", "dye", { en: "Onion skins", ru: "Луковая шелуха", ky: "Пияздын кабыгы" }, "Allium cepa", {
    en: "Yellow-brown",
    ru: "Жёлто-коричневый",
    ky: "Сары күрөң",
    hex: "#B5832E",
  }),
  material("DYE-RHUBARB", "dye", { en: "Heart-leaved rhubarb root", ru: "Корень ревеня сердцелистного", ky: "Чүкүрү" }, "Rheum cordatum", {
    en: "Yellow",
    ru: "Жёлтый",
    ky: "Сары",
    hex: "#D4A927",
  }),
  material("DYE-SAINFOIN", "dye", { en: "Sainfoin", ru: "Эспарцет", ky: "Эспарцет" }, "Onobrychis"),
  material("DYE-YARROW", "dye", { en: "Yarrow", ru: "Тысячелистник", ky: "Миң жалбырак" }, "Achillea millefolium"),
  material("DYE-CHIY", "dye", { en: "Chiy grass", ru: "Чий", ky: "Чий" }, "Achnatherum splendens"),
  material("SBT-BERRIES", "ingredient", { en: "Sea-buckthorn berries", ru: "Ягоды облепихи", ky: "Чычырканактын мөмөсү" }, "Hippophae rhamnoides"),
  material("SUGAR", "ingredient", { en: "Sugar", ru: "Сахар", ky: "Кант" }),
  material("HONEY-WILD", "ingredient", { en: "Mountain wildflower honey", ru: "Горный мёд разнотравье", ky: "Тоо гүлдөрүнүн балы" }),
  material("HONEY-SAINFOIN", "ingredient", { en: "Sainfoin honey", ru: "Эспарцетовый мёд", ky: "Эспарцет балы" }, "Onobrychis"),
  material("JAR-GLASS", "packaging", { en: "Glass jar with screw lid", ru: "Стеклянная банка с винтовой крышкой", ky: "Бурама капкактуу айнек банка" }),
  material("TAG-PAPER", "packaging", { en: "Paper tag", ru: "Бумажная бирка", ky: "Кагаз этикетка" }),
  material("BAG-COTTON", "packaging", { en: "Cotton bag", ru: "Хлопковый мешочек", ky: "Пахта баштык" }),
];

/** The ky slot holds Tajik, as for Sughd's geography. */
export const SUGHD_MATERIALS: readonly MaterialDef[] = [
  material("APRICOTS", "ingredient", { en: "Fresh apricots", ru: "Свежие абрикосы", ky: "Зардолуи тару тоза" }, "Prunus armeniaca"),
  material("BAG-COTTON", "packaging", { en: "Cotton bag", ru: "Хлопковый мешочек", ky: "Халтачаи пахтагин" }),
  material("BAG-KRAFT", "packaging", { en: "Kraft paper bag", ru: "Крафт-пакет", ky: "Халтаи коғазӣ" }),
];
