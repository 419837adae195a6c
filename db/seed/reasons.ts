import type { Rng } from "./random";

function jars(n: number): string {
  const [ten, hundred] = [n % 10, n % 100];
  const word = ten === 1 && hundred !== 11 ? "банка" : ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? "банки" : "банок";
  return `${n} ${word}`;
}

type Reasons = { partial: readonly ((n: number) => string)[]; rejected: readonly string[] };

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
  },
  SBT: {
    partial: [(n) => `Повреждённые крышки: ${jars(n)}`, (n) => `Недолив: ${jars(n)}`, (n) => `Нет этикетки с датой: ${jars(n)}`],
    rejected: ["Признаки брожения", "Посторонние примеси в продукте"],
  },
  HONEY: {
    partial: [(n) => `Повреждённые крышки: ${jars(n)}`, (n) => `Недолив: ${jars(n)}`],
    rejected: ["Влажность мёда выше 20 %", "Признаки брожения, партия отклонена"],
  },
  APRI: {
    partial: [(n) => `Плесень на части плодов, ${n} кг отбраковано`, (n) => `Повышенная влажность, ${n} кг отбраковано`],
    rejected: ["Следы вредителей, партия отклонена", "Обработка сернистым ангидридом не заявлена"],
  },
};

const FALLBACK: Reasons = { partial: [(n) => `Отбраковано: ${n}`], rejected: ["Партия не соответствует требованиям"] };

export function partialReason(rng: Rng, lineCode: string, rejected: number): string {
  return rng.pick((BY_LINE[lineCode] ?? FALLBACK).partial)(rejected);
}

export function rejectedReason(rng: Rng, lineCode: string): string {
  return rng.pick((BY_LINE[lineCode] ?? FALLBACK).rejected);
}

const DYES = ["чий", "луковая шелуха", "скорлупа грецкого ореха", "тысячелистник", "эспарцет", "корень марены", "ревень"];

export function batchNote(rng: Rng, lineCode: string): string | null {
  if (lineCode !== "FELT" || !rng.chance(0.35)) return null;
  const first = rng.pick(DYES);
  const second = rng.pick(DYES.filter((d) => d !== first));
  return `Красители: ${first}, ${second}`;
}
