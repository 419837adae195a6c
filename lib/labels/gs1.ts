import { z } from "zod";
import data from "./gs1-prefixes.json";

const range = z.string().regex(/^\d{3}(-\d{3})?$/);
const gs1Schema = z.object({ countries: z.record(z.string().regex(/^[A-Z]{2}$/), z.array(range).min(1)), inStore: z.array(range) });
const GS1 = gs1Schema.parse(data);

const inRange = (prefix: string, ranges: readonly string[]) =>
  ranges.some((r) => {
    const [from, to = from] = r.split("-") as [string, string?];
    return prefix >= from && prefix <= to;
  });

export type Gs1Prefix =
  | { kind: "inStore"; prefix: string }
  | { kind: "country"; prefix: string; country: string }
  | { kind: "other"; prefix: string };

/** What the first three digits of a code say about who issued it. */
export function gs1PrefixOf(code: string): Gs1Prefix {
  const prefix = code.slice(0, 3);
  if (inRange(prefix, GS1.inStore)) return { kind: "inStore", prefix };
  const country = Object.entries(GS1.countries).find(([, ranges]) => inRange(prefix, ranges))?.[0];
  return country ? { kind: "country", prefix, country } : { kind: "other", prefix };
}

/** The prefixes GS1 issues in a country ("450-459, 490-499"), or null for a country not in the data. */
export function gs1PrefixesOf(country: string): string | null {
  return GS1.countries[country]?.join(", ") ?? null;
}
