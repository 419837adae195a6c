import { transliterate } from "@/lib/members/transliterate";
import type { Rng } from "./random";

export type Gender = "female" | "male";

export type NameBank = {
  femaleGiven: readonly string[];
  maleGiven: readonly string[];
  /** Male forms; the female form adds "а" to -ов/-ев and keeps any other ending. */
  surnames: readonly string[];
  /** Fathers' names for "Асан уулу" / "Асан кызы" surnames. */
  patronymicRoots: readonly string[];
  patronymicShare: number;
};

export const KYRGYZ_NAMES: NameBank = {
  femaleGiven: [
    "Айгүл", "Гүлнара", "Айжан", "Нургүл", "Чолпон", "Бермет", "Жыпар", "Динара", "Айнура", "Мээрим",
    "Асель", "Элмира", "Жамиля", "Бүбүсара", "Гүлзат", "Назира", "Айпери", "Бактыгүл", "Чынара", "Жибек",
    "Нуриза", "Айсулуу", "Бурул", "Гүлмира", "Салтанат", "Толгонай", "Жанара", "Кумушай", "Анара", "Зарина",
    "Элнура", "Нурайым", "Ырыс", "Бегимай", "Канышай", "Айдана", "Таалайгүл", "Сабира", "Мыскал", "Уулжан",
  ],
  maleGiven: [
    "Нурлан", "Бакыт", "Азамат", "Талант", "Эрлан", "Мирлан", "Алмаз", "Кубанычбек", "Эрмек", "Улан",
    "Бекзат", "Нурбек", "Жээнбек", "Темир", "Адилет", "Марат", "Самат", "Канат", "Болот", "Акылбек",
    "Тилек", "Урмат", "Бактыбек", "Руслан", "Чыңгыз", "Эльдар", "Жоомарт", "Медер", "Санжар", "Арстан",
  ],
  surnames: [
    "Осмонов", "Бейшеев", "Жумабаев", "Токтосунов", "Асанов", "Сыдыков", "Абдыкадыров", "Мамытов", "Турдубаев",
    "Кадыров", "Эсенгулов", "Бакиров", "Сатыбалдиев", "Исаков", "Алымкулов", "Мусаев", "Акматов", "Омурбеков",
    "Касымов", "Бообеков", "Токтогулов", "Кулубаев", "Иманалиев", "Дуйшеев", "Сагынбаев", "Орозбаев", "Темиров",
    "Керимбеков", "Ибраев", "Шаршеев", "Мамбетов", "Усенов", "Нурбеков", "Байтиков", "Карабаев", "Эркинбеков",
    "Жусупов", "Шамшиев", "Курманов", "Сарыгулов", "Бекешов", "Абдылдаев", "Төлөгөнов", "Үсөнбаев", "Өмүралиев",
  ],
  patronymicRoots: [
    "Асан", "Бакыт", "Мурат", "Нурлан", "Талант", "Жумабек", "Орозбек", "Бекболот", "Кубан", "Алмаз",
    "Азамат", "Самат", "Токтомамбет", "Эркин", "Сапар", "Мукаш",
  ],
  patronymicShare: 0.12,
};

export const TAJIK_NAMES: NameBank = {
  femaleGiven: [
    "Мавзуна", "Гулноза", "Нигина", "Зарина", "Мадина", "Шаҳло", "Фотима", "Дилноза", "Нилуфар", "Малика",
    "Парвина", "Сабоҳат", "Манижа", "Гулчеҳра", "Таҳмина", "Меҳрангез", "Ситора", "Мунира",
  ],
  maleGiven: [
    "Фирӯз", "Далер", "Фаррух", "Баҳтиёр", "Шерзод", "Ҷамшед", "Рустам", "Умед", "Сино", "Баҳодур",
    "Неъмат", "Хуршед", "Исмоил", "Азиз", "Комрон", "Суҳроб",
  ],
  surnames: [
    "Раҳимов", "Назаров", "Саидов", "Каримов", "Қодиров", "Исмоилов", "Шарипов", "Ҳасанов", "Юсуфов",
    "Мирзоев", "Азимов", "Собиров", "Ғафуров", "Раҷабов", "Давлатов", "Ашуров", "Раҳмонзода", "Саидзода",
  ],
  patronymicRoots: [],
  patronymicShare: 0,
};

export function surnameFor(male: string, gender: Gender): string {
  if (gender === "male") return male;
  return /(ов|ев)$/.test(male) ? `${male}а` : male;
}

/** "Surname Given", the order Kyrgyz and Tajik registers use. */
export function personName(rng: Rng, bank: NameBank, gender: Gender): { fullName: string; fullNameLatin: string } {
  const given = rng.pick(gender === "female" ? bank.femaleGiven : bank.maleGiven);
  const surname =
    bank.patronymicRoots.length > 0 && rng.chance(bank.patronymicShare)
      ? `${rng.pick(bank.patronymicRoots)} ${gender === "female" ? "кызы" : "уулу"}`
      : surnameFor(rng.pick(bank.surnames), gender);
  const fullName = `${surname} ${given}`;
  return { fullName, fullNameLatin: transliterate(fullName) };
}
