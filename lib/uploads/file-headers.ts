import { contentDisposition } from "@/lib/http/content-disposition";

// An SVG opened on its own is a document of our origin: the sandbox keeps any script in it inert.
const SVG_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox";

/**
 * Response headers for a stored file. Documents carry their original name; an SVG is a download
 * with a sandboxing policy (an <img> still shows it), everything else opens in the browser.
 */
export function fileHeaders(file: { contentType: string; originalName: string | null }): Record<string, string> {
  const headers: Record<string, string> = {
    "content-type": file.contentType,
    "cache-control": "private, max-age=31536000, immutable",
    "x-content-type-options": "nosniff",
  };
  const svg = file.contentType === "image/svg+xml";
  if (svg) headers["content-security-policy"] = SVG_POLICY;
  if (svg || file.originalName) headers["content-disposition"] = contentDisposition(svg ? "attachment" : "inline", file.originalName ?? "image.svg");
  return headers;
}
