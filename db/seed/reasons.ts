import type { Rng } from "./random";

function jars(n: number): string {
  const [ten, hundred] = [n % 10, n % 100];
  const word = ten === 1 && hundred !== 11 ? "банка" : ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? "банки" : "банок";
  return `${n} ${word}`;
}

type Reasons = {
  partial: readonly ((n: number) => string)[];
  rejected: readonly string[];
  rework: readonly string[];
  /** Why a lot the counts reject was accepted after all. */
  override: readonly string[];
};

const JAR_REWORK = ["Переклеить этикетки с кодом партии и датой, затем сдать повторно", "Заменить повреждённые крышки и сдать повторно"];
const JAR_OVERRIDE = ["Липкие банки вымыты при приёмке, выборка проверена повторно"];

const BY_LINE: Record<string, Reasons> = {
  FELT: {
    partial: [
      (n) => `Неровная окраска, отбраковано ${n} шт.`,
      (n) => `Размер вне допуска, отбраковано ${n} шт.`,
      (n) => `Слабая валка, изделия теряют форму: ${n} шт.`,
      (n) => `Посторонние волокна в шерсти, отбраковано ${n} шт.`,
      (n) => `Неаккуратные швы, ${n} шт. на доработку`,
    ],
    rejected: [
      "Запах синтетического красителя: партия не соответствует требованиям",
      "Цвет не совпадает с утверждённым образцом",
      "Следы моли в шерсти, партия отклонена",
      "Влажная шерсть, риск плесени при перевозке",
    ],
    rework: [
      "Перешить распущенные швы и снять торчащие волокна, затем сдать повторно",
      "Довалять изделия: слабая валка, форма не держится",
      "Подогнать размер по образцу и сдать повторно",
    ],
    override: ["Катышки сняты щёткой при приёмке, выборка проверена повторно", "Торчащие волокна подстрижены на месте, дефект не повторяется"],
  },
  SBT: {
    partial: [(n) => `Повреждённые крышки: ${jars(n)}`, (n) => `Недолив: ${jars(n)}`, (n) => `Нет этикетки с датой: ${jars(n)}`],
    rejected: ["Признаки брожения", "Посторонние примеси в продукте"],
    rework: JAR_REWORK,
    override: JAR_OVERRIDE,
  },
  HONEY: {
    partial: [(n) => `Повреждённые крышки: ${jars(n)}`, (n) => `Недолив: ${jars(n)}`],
    rejected: ["Влажность мёда выше 20 %", "Признаки брожения, партия отклонена"],
    rework: JAR_REWORK,
    override: JAR_OVERRIDE,
  },
  APRI: {
    partial: [(n) => `Плесень на части плодов, ${n} кг отбраковано`, (n) => `Повышенная влажность, ${n} кг отбраковано`],
    rejected: ["Следы вредителей, партия отклонена", "Обработка сернистым ангидридом не заявлена"],
    rework: ["Досушить: влажность выше нормы", "Перебрать от плодоножек и листьев, затем сдать повторно"],
    override: ["Плодоножки удалены при приёмке, выборка проверена повторно"],
  },
};

const FALLBACK: Reasons = {
  partial: [(n) => `Отбраковано: ${n}`],
  rejected: ["Партия не соответствует требованиям"],
  rework: ["Устранить замечания и сдать повторно"],
  override: ["Дефекты устранены при приёмке"],
};

// Hats and scarves are felted like the souvenirs and fail for the same reasons.
const reasonsFor = (lineCode: string): Reasons => BY_LINE[lineCode === "WEAR" ? "FELT" : lineCode] ?? FALLBACK;

export function partialReason(rng: Rng, lineCode: string, rejected: number): string {
  return rng.pick(reasonsFor(lineCode).partial)(rejected);
}

export function rejectedReason(rng: Rng, lineCode: string): string {
  return rng.pick(reasonsFor(lineCode).rejected);
}

export function reworkReason(rng: Rng, lineCode: string): string {
  return rng.pick(reasonsFor(lineCode).rework);
}

export function overrideReason(rng: Rng, lineCode: string): string {
  return rng.pick(reasonsFor(lineCode).override);
}

/** Some producers also write the dyes they used into the notes, in their own words. */
export function batchNote(rng: Rng, dyeNames: readonly string[]): string | null {
  if (dyeNames.length === 0 || !rng.chance(0.35)) return null;
  return `Красители: ${dyeNames.map((name) => name.toLowerCase()).join(", ")}`;
}
