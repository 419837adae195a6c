import { readFile } from "node:fs/promises";
import path from "node:path";

/** Noto Sans covers Latin and all of Cyrillic (ү ө ң); Noto Sans JP the Japanese it lacks. */
const FONT_FILES = {
  sans: "noto-sans/400Regular/NotoSans_400Regular.ttf",
  sansBold: "noto-sans/700Bold/NotoSans_700Bold.ttf",
  jp: "noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
  jpBold: "noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
} as const;

export type SheetFont = keyof typeof FONT_FILES;

// Read from node_modules at run time: the fonts are data, not code for the bundler.
const fontDir = () => path.join(process.cwd(), "node_modules", "@expo-google-fonts");

let loaded: Promise<Record<SheetFont, Buffer>> | undefined;

async function fontBytes(): Promise<Record<SheetFont, Buffer>> {
  const entries = Object.entries(FONT_FILES).map(async ([name, file]) => [name, await readFile(path.join(fontDir(), file))] as const);
  return Object.fromEntries(await Promise.all(entries)) as Record<SheetFont, Buffer>;
}

/** Registers the four fonts under their SheetFont names; pdfkit embeds only the glyphs used (a subset). */
export async function registerSheetFonts(doc: PDFKit.PDFDocument): Promise<void> {
  loaded ??= fontBytes().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  const bytes = await loaded;
  for (const name of Object.keys(FONT_FILES) as SheetFont[]) doc.registerFont(name, bytes[name]);
}

const JAPANESE = /[\u3000-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/gu;

/** Splits text into runs that each one font can draw: Japanese in Noto Sans JP, the rest in Noto Sans. */
export function fontRuns(text: string, bold = false): { font: SheetFont; text: string }[] {
  const runs: { font: SheetFont; text: string }[] = [];
  let last = 0;
  const push = (font: SheetFont, part: string) => part && runs.push({ font, text: part });
  for (const match of text.matchAll(JAPANESE)) {
    push(bold ? "sansBold" : "sans", text.slice(last, match.index));
    push(bold ? "jpBold" : "jp", match[0]);
    last = match.index + match[0].length;
  }
  push(bold ? "sansBold" : "sans", text.slice(last));
  return runs;
}
