import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "../en.json";
import ja from "./ja.json";

/** Japanese for the public lot page only: the same keys and arguments as English `publicTrace`. */
function leaves(tree: object, prefix = ""): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((out, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? { ...out, [path]: value } : { ...out, ...leaves(value as object, path) };
  }, {});
}

function argumentsOf(message: string): string[] {
  const names = (ast: MessageFormatElement[]): string[] => ast.flatMap((el) => (el.type === TYPE.literal ? [] : "value" in el && typeof el.value === "string" ? [el.value] : []));
  return names(parse(message)).sort();
}

const english = leaves(en.publicTrace);
const japanese = leaves(ja.publicTrace);
const JAPANESE_SCRIPT = /[\u3040-\u30FF\u4E00-\u9FFF]/;

describe("messages/public/ja.json", () => {
  it("has exactly the keys of en.json's publicTrace", () => {
    expect(Object.keys(japanese).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english))("%s is Japanese and takes the English arguments", (path) => {
    const message = japanese[path]!;
    expect(message).toMatch(JAPANESE_SCRIPT);
    expect(argumentsOf(message)).toEqual(argumentsOf(english[path]!));
  });
});
