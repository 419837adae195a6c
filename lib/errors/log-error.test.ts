import { afterEach, describe, expect, it, vi } from "vitest";
import { logError } from "./log-error";

afterEach(() => vi.restoreAllMocks());

describe("logError", () => {
  it("keeps a failed query's parameters out of the log", () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => lines.push(line));
    const cause = Object.assign(new Error("duplicate key value"), { code: "23505", constraint: "users_phone_uq" });
    logError("req-1", new Error('Failed query: insert into "users" params: +996555123456', { cause }));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({ level: "error", requestId: "req-1", db: { code: "23505", constraint: "users_phone_uq", message: "duplicate key value" } });
    expect(lines[0]).not.toContain("+996555123456");
  });

  it("logs other errors with their message and a short stack", () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => lines.push(line));
    logError("req-2", new TypeError("boom"));
    expect(JSON.parse(lines[0]!)).toMatchObject({ requestId: "req-2", error: "TypeError: boom" });
  });
});
