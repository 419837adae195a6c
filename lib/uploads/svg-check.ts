/**
 * Why an SVG upload is refused, or null when it may be stored: "notSvg" unless the text is one
 * `<svg>` root (after an optional XML declaration, comments and a plain DOCTYPE); "unsafe" when
 * it could run script or load anything from elsewhere. Strict on purpose: designers can always
 * export again without scripts or links, or send a PDF.
 */
export function svgProblem(source: string): "notSvg" | "unsafe" | null {
  const text = decodeCharacterReferences(source.replace(/^\uFEFF/, ""));
  if (/<!ENTITY|<!DOCTYPE[^>]*\[/i.test(text) || FORBIDDEN.some((pattern) => pattern.test(text))) return "unsafe";
  const body = text
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/^\s*<\?xml\s[^>]*\?>/, "")
    .replace(/<!DOCTYPE\s+svg\b[^>]*>/i, "")
    .trim();
  if (!/^<svg[\s>/]/.test(body) || !(/<\/svg\s*>$/.test(body) || /^<svg\b[^<]*\/>$/.test(body))) return "notSvg";
  const references = [...matches(text, HREF), ...matches(text, CSS_URL)];
  return references.every(isInternal) ? null : "unsafe";
}

const FORBIDDEN = [
  /<([\w-]+:)?(script|foreignObject|iframe|embed|object|audio|video|handler|listener)\b/i,
  /[\s"'/]on[a-z]+\s*=/i,
  /(java|vb)script:/i,
  /@import/i,
  /<\?(?!xml\s)/i,
  /\ssrc\s*=/i,
  /attributeName\s*=\s*["']\s*([\w-]+:)?href/i,
];
const HREF = /\s([\w-]+:)?href\s*=\s*(["'])([\s\S]*?)\2/gi;
const CSS_URL = /url\(\s*(["']?)([\s\S]*?)\1\s*\)/gi;

const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m.at(-1)!.trim());

/** A fragment of the same file, or an embedded raster image. */
const isInternal = (reference: string) => reference.startsWith("#") || /^data:image\/(png|jpe?g|gif|webp);base64,/i.test(reference);

/** `&#106;avascript:` is `javascript:` to the browser, so the checks read it the same way. */
function decodeCharacterReferences(text: string): string {
  return text.replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, code: string) => {
    const point = code[0] === "x" || code[0] === "X" ? parseInt(code.slice(1), 16) : Number(code);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : "";
  });
}
