import { toDecimalText } from "@/lib/catalog/money";
import { IDEA_CURRENCIES, IDEA_MARKETS, OTHER_MARKET } from "./options";
import type { IdeaFormInput, ProposeIdeaInput } from "./schemas";

type Currency = IdeaFormInput["currency"];

const isListedMarket = (market: string): market is (typeof IDEA_MARKETS)[number] => (IDEA_MARKETS as readonly string[]).includes(market);

/** The association's currency when ideas may be priced in it, else the first one offered. */
export function ideaCurrency(currency: string): Currency {
  return (IDEA_CURRENCIES as readonly string[]).includes(currency) ? (currency as Currency) : IDEA_CURRENCIES[0];
}

/** What the form sends: a listed market's code, or the market it wrote in. */
export function toIdeaInput({ market, marketOther, ...fields }: IdeaFormInput): ProposeIdeaInput {
  return { ...fields, intendedMarket: market === OTHER_MARKET ? (marketOther ?? "") : market };
}

export function newIdeaForm(defaults: { currency: string; villageId: string | null; groupId: string | null }): IdeaFormInput {
  return {
    name: "",
    villageId: defaults.villageId ?? "",
    groupId: defaults.groupId ?? "",
    localMaterials: "",
    technique: "",
    market: IDEA_MARKETS[0],
    marketOther: "",
    targetPrice: "",
    currency: ideaCurrency(defaults.currency),
    notes: "",
    photoFileIds: [],
  };
}

type SavedIdea = {
  name: string;
  villageId: string | null;
  groupId: string | null;
  localMaterials: string;
  technique: string;
  intendedMarket: string;
  targetPriceMinor: number | null;
  currency: string;
  notes: string | null;
  photos: { id: string }[];
};

/** A saved idea as its edit form starts. */
export function ideaFormValues(idea: SavedIdea): IdeaFormInput {
  const market = idea.intendedMarket;
  const listed = isListedMarket(market);
  return {
    name: idea.name,
    villageId: idea.villageId ?? "",
    groupId: idea.groupId ?? "",
    localMaterials: idea.localMaterials,
    technique: idea.technique,
    market: listed ? market : OTHER_MARKET,
    marketOther: listed ? "" : market,
    targetPrice: idea.targetPriceMinor === null ? "" : toDecimalText(idea.targetPriceMinor, idea.currency),
    currency: ideaCurrency(idea.currency),
    notes: idea.notes ?? "",
    photoFileIds: idea.photos.map((p) => p.id),
  };
}
