const LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "j", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", ң: "ng", о: "o", ө: "ö", п: "p", р: "r", с: "s", т: "t", у: "u", ү: "ü", ф: "f", х: "kh",
  ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  ҳ: "h", ӯ: "ū", ҷ: "j", қ: "q", ғ: "gh", ӣ: "ī",
};

/** A readable Latin spelling of a Kyrgyz, Russian or Tajik Cyrillic name, not an official romanisation. */
export function transliterate(text: string): string {
  let out = "";
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = LATIN[lower];
    if (latin === undefined) out += char;
    else out += char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}
