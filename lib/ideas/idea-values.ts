import { currencyDigits, toMinorUnits } from "@/lib/catalog/money";
import { ValidationError } from "@/lib/errors/domain-errors";
import type { IdeaRow } from "./lock-idea";
import type { IdeaFields } from "./schemas";

/** The idea's own columns from checked input, the target price in minor units of its currency. */
export function ideaValues(data: IdeaFields) {
  const targetPriceMinor = data.targetPrice ? toMinorUnits(data.targetPrice, data.currency) : null;
  if (targetPriceMinor === undefined) throw new ValidationError({ targetPrice: `priceDecimals?max=${currencyDigits(data.currency)}` });
  return {
    name: data.name,
    localMaterials: data.localMaterials,
    technique: data.technique,
    intendedMarket: data.intendedMarket,
    targetPriceMinor,
    currency: data.currency,
    notes: data.notes || null,
  };
}

/** What the committee reviews: every field of the idea as submitted, with its photos in order. */
export function ideaContent(idea: IdeaRow, photoFileIds: string[]): Record<string, unknown> {
  return {
    name: idea.name,
    villageId: idea.villageId,
    groupId: idea.groupId,
    localMaterials: idea.localMaterials,
    technique: idea.technique,
    intendedMarket: idea.intendedMarket,
    targetPriceMinor: idea.targetPriceMinor,
    currency: idea.currency,
    notes: idea.notes,
    photoFileIds,
  };
}
