import { CARE_SYMBOL_CODES } from "@/lib/labels/care-symbols";
import { LABEL_KINDS, LABEL_LANGUAGES, LABEL_TEXT_FIELDS } from "@/lib/labels/label-fields";
import { MARKET_CODES } from "@/lib/labels/markets";

type Translate = (key: string, values?: Record<string, string>) => string;

const has = (list: readonly string[], value: unknown): value is string => typeof value === "string" && list.includes(value);

/**
 * A review version's content path in words: "fields.ja.fibreComposition" reads "Fibre composition
 * (Japanese)", "fields.ean13" "JAN / EAN-13 barcode"; a path it does not know is shown as it is.
 */
export function contentPathName(t: Translate, path: string): string {
  const [root, first, second] = path.split(".");
  if (root === "artwork" || root === "kind" || root === "market") return t(`fields.${root}`);
  if (root !== "fields") return path;
  if (has(LABEL_LANGUAGES, first) && has(LABEL_TEXT_FIELDS, second)) return t("checkSubject", { field: t(`fields.${second}`), language: t(`languages.${first}`) });
  if (first === "ean13" || first === "careSymbols") return t(`fields.${first}`);
  return path;
}

/** A review version's content as readers compare it: names for the market, kind, care symbols and artwork files. */
export function readableContent(t: Translate, content: Record<string, unknown>): Record<string, unknown> {
  const { kind, market, fields, artwork } = content;
  const f = typeof fields === "object" && fields !== null ? (fields as Record<string, unknown>) : {};
  const symbols = Array.isArray(f.careSymbols) ? f.careSymbols.map((code) => (has(CARE_SYMBOL_CODES, code) ? `${code} ${t(`careSymbols.${code}`)}` : String(code))) : f.careSymbols;
  const files = Array.isArray(artwork) ? artwork.map((a: { name?: unknown }) => (typeof a?.name === "string" ? a.name : "")) : artwork;
  return {
    ...content,
    kind: has(LABEL_KINDS, kind) ? t(`kinds.${kind}`) : kind,
    market: has(MARKET_CODES, market) ? t(`markets.${market}`) : market,
    fields: { ...f, careSymbols: symbols },
    artwork: files,
  };
}
