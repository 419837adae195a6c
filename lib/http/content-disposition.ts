/**
 * A content-disposition value that survives any file name: an ASCII fallback for old clients
 * and the exact name as RFC 6266 / RFC 5987 `filename*`.
 */
export function contentDisposition(disposition: "inline" | "attachment", filename: string): string {
  const fallback = filename.replace(/[^\w.\- ]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
