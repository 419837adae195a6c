import { IDEA_MARKETS } from "@/lib/ideas/options";

type Translate = (key: string) => string;

/** A listed market by its name ("Japan"); a market written in is shown as written. */
export function marketLabel(t: Translate, market: string): string {
  return (IDEA_MARKETS as readonly string[]).includes(market) ? t(`markets.${market}`) : market;
}
