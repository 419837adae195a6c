/** Keyset cursor: the sort timestamp and id of the last row shown, opaque to the URL reader. */
export type Cursor = { at: string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`).toString("base64url");
}

/** An unreadable cursor means the first page, never an error page. */
export function decodeCursor(value: string | undefined | null): Cursor | undefined {
  if (!value || value.length > 200) return undefined;
  const [at, id] = Buffer.from(value, "base64url").toString().split("|");
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return { at, id };
}

export const PAGE_SIZE = 20;

/** Takes one row more than a page to know whether there is a next one. */
export function toPage<T>(rows: T[], cursorOf: (row: T) => Cursor): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, PAGE_SIZE);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor(cursorOf(last)) : null };
}
