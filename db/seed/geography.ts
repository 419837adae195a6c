export type Names = { en: string; ru: string; ky: string };
export type VillageDef = Names & { weight: number };
export type DistrictDef = Names & { villages: VillageDef[] };
export type RegionDef = Names & { districts: DistrictDef[] };

const v = (en: string, ru: string, ky: string, weight = 1): VillageDef => ({ en, ru, ky, weight });

/** Every Issyk-Kul village in shared/data/ovop-facts.json; weights put most felt makers in Tong. */
export const ISSYK_KUL: RegionDef = {
  en: "Issyk-Kul",
  ru: "Иссык-Куль",
  ky: "Ысык-Көл",
  districts: [
    {
      en: "Tong", ru: "Тон", ky: "Тоң",
      villages: [
        v("Bokonbayevo", "Боконбаево", "Бөкөнбаев", 10),
        v("Kadji-Say", "Каджи-Сай", "Кажы-Сай", 2),
        v("Kara-Koo", "Кара-Коо", "Кара-Коо", 2),
        v("Ala-Bash", "Ала-Баш", "Ала-Баш", 2),
        v("Den-Talaa", "Дён-Талаа", "Дөң-Талаа", 2),
        v("Kyzyl-Tuu", "Кызыл-Туу", "Кызыл-Туу", 8),
        v("Toguz-Bulak", "Тогуз-Булак", "Тогуз-Булак", 2),
        v("Kel-Ter", "Кель-Тер", "Көл-Төр", 2),
        v("Konur-Olen", "Конур-Олен", "Коңур-Өлөң", 2),
        v("Akulen", "Акулен", "Ак-Өлөң", 2),
        v("Eshperovo", "Эшперово", "Эшперов", 2),
        v("Ak-Say", "Ак-Сай", "Ак-Сай", 8),
        v("Jer-Uy", "Джер-Уй", "Жер-Үй", 2),
        v("Kok-Say", "Кок-Сай", "Көк-Сай", 2),
        v("Archaly", "Арчалы", "Арчалы", 2),
        v("Ton", "Тон", "Тоң", 2),
        v("Tortkol", "Торткол", "Төрткөл", 2),
        v("Temir-Kanat", "Темир-Канат", "Темир-Канат", 2),
        v("Tuura-Suu", "Туура-Суу", "Туура-Суу", 2),
        v("Ottuk", "Оттук", "Оттук", 2),
        v("Kara-Talaa", "Кара-Талаа", "Кара-Талаа", 2),
        v("Kara-Shaar", "Кара-Шаар", "Кара-Шаар", 2),
        v("Shor-Bulak", "Шор-Булак", "Шор-Булак", 2),
      ],
    },
    {
      en: "Jeti-Ögüz", ru: "Джети-Огуз", ky: "Жети-Өгүз",
      villages: [
        v("Kyzyl-Suu", "Кызыл-Суу", "Кызыл-Суу"),
        v("Saruu", "Саруу", "Саруу"),
        v("Jeti-Ögüz", "Джети-Огуз", "Жети-Өгүз"),
        v("Yrdyk", "Ырдык", "Ырдык"),
        v("Lipenka", "Липенка", "Липенка"),
        v("Orgochor", "Оргочор", "Оргочор"),
        v("Ak-Dobo", "Ак-Дёбё", "Ак-Дөбө"),
        v("Svetlaya Polyana", "Светлая Поляна", "Светлая Поляна"),
        v("Ak-Shiyrak", "Ак-Шийрак", "Ак-Шыйрак"),
        v("Darkhan", "Дархан", "Дархан"),
        v("Jargyldak", "Джаргылдак", "Жаргылдак"),
        v("Barskoon", "Барскоон", "Барскоон"),
        v("Tamga", "Тамга", "Тамга"),
      ],
    },
    {
      en: "Ak-Suu", ru: "Ак-Суу", ky: "Ак-Суу",
      villages: [v("Ak-Suu (Teploklyuchenka)", "Ак-Суу (Теплоключенка)", "Ак-Суу")],
    },
    {
      en: "Tüp", ru: "Тюп", ky: "Түп",
      villages: [
        v("Tüp (Tyup)", "Тюп", "Түп"),
        v("San-Tash", "Сан-Таш", "Сан-Таш"),
        v("Taldy-Suu", "Талды-Суу", "Талды-Суу"),
        v("Keng-Suu", "Кен-Суу", "Кең-Суу"),
        v("Sary-Tologoy", "Сары-Тологой", "Сары-Тологой"),
        v("Chon-Tash", "Чон-Таш", "Чоң-Таш"),
      ],
    },
    {
      en: "Issyk-Kul", ru: "Иссык-Куль", ky: "Ысык-Көл",
      villages: [
        v("Cholpon-Ata", "Чолпон-Ата", "Чолпон-Ата"),
        v("Bosteri", "Бостери", "Бостери", 2),
        v("Kara-Oy", "Кара-Ой", "Кара-Ой"),
        v("Tamchy", "Тамчы", "Тамчы"),
        v("Anan'yevo", "Ананьево", "Ананьево"),
      ],
    },
  ],
};

/** The ky slot holds Tajik Cyrillic: the Sughd association works in Tajik and Russian. */
export const SUGHD: RegionDef = {
  en: "Sughd",
  ru: "Согдийская область",
  ky: "Вилояти Суғд",
  districts: [
    {
      en: "Isfara", ru: "Исфара", ky: "Исфара",
      villages: [v("Isfara", "Исфара", "Исфара", 3), v("Chorkuh", "Чоркух", "Чоркӯҳ", 3), v("Vorukh", "Ворух", "Ворух", 2)],
    },
    {
      en: "Kanibadam", ru: "Канибадам", ky: "Конибодом",
      villages: [v("Kanibadam", "Канибадам", "Конибодом", 2), v("Patar", "Патар", "Патар")],
    },
    { en: "Ghafurov", ru: "Гафуров", ky: "Ғафуров", villages: [v("Ghafurov", "Гафуров", "Ғафуров")] },
  ],
};
