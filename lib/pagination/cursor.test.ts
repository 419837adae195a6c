import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, PAGE_SIZE, toPage } from "./cursor";

const id = "0b7c6c2e-5a0e-4f5e-9d55-1f1d2b3c4d5e";

describe("keyset cursors", () => {
  it("round-trips", () => {
    const cursor = { at: "2026-03-01T10:00:00.123Z", id };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each(["", "garbage", encodeCursor({ at: "not a date", id }), encodeCursor({ at: "2026-01-01", id: "1; drop table" }), "x".repeat(300)])(
    "reads %j as the first page",
    (value) => expect(decodeCursor(value)).toBeUndefined(),
  );

  it("offers a next page only when there is one", () => {
    const rows = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => ({ at: `2026-01-01T00:00:${String(i).padStart(2, "0")}.000Z`, id }));
    const page = toPage(rows, (r) => r);
    expect(page.items).toHaveLength(PAGE_SIZE);
    expect(decodeCursor(page.nextCursor)).toEqual(rows[PAGE_SIZE - 1]);
    expect(toPage(rows.slice(0, PAGE_SIZE), (r) => r).nextCursor).toBeNull();
  });
});
