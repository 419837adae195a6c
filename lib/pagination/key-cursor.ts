/** Keyset cursor over a text or date sort key and the row id, opaque in the URL. */
export type KeyCursor = { key: string; id: string };

export function encodeKeyCursor(cursor: KeyCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
}

/** An unreadable cursor means the first page, never an error. */
export function decodeKeyCursor(value: string | undefined | null): KeyCursor | undefined {
  if (!value || value.length > 600) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString());
    if (!Array.isArray(parsed) || typeof parsed[0] !== "string" || typeof parsed[1] !== "string") return undefined;
    return /^[0-9a-f-]{36}$/.test(parsed[1]) ? { key: parsed[0], id: parsed[1] } : undefined;
  } catch {
    return undefined;
  }
}
