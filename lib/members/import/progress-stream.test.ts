import { afterEach, describe, expect, it, vi } from "vitest";
import { DomainError } from "@/lib/errors/domain-errors";
import { progressStream } from "./progress-stream";
import type { ImportResult } from "./report";

afterEach(() => vi.restoreAllMocks());

const result: ImportResult = { dryRun: false, total: 2, valid: 2, imported: 2, rejected: [], numbering: null };

async function lines(stream: ReadableStream<Uint8Array>): Promise<unknown[]> {
  const text = await new Response(stream).text();
  return text.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown);
}

describe("progressStream", () => {
  it("sends each progress report as it happens, then the result", async () => {
    const stream = progressStream(async (onProgress) => {
      await onProgress({ done: 0, total: 2 });
      await Promise.resolve();
      await onProgress({ done: 2, total: 2 });
      return result;
    });
    expect(await lines(stream)).toEqual([
      { type: "progress", done: 0, total: 2 },
      { type: "progress", done: 2, total: 2 },
      { type: "result", ...result },
    ]);
  });

  it("ends with the failure's message key, or a reference for an unexpected error, never its text", async () => {
    expect(await lines(progressStream(() => Promise.reject(new DomainError("importEmpty"))))).toEqual([{ type: "error", error: "importEmpty" }]);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const [line] = await lines(progressStream(() => Promise.reject(new Error("insert into members values ('+996555123456')"))));
    expect(line).toEqual({ type: "error", error: "unexpected", requestId: expect.any(String) });
    expect(JSON.stringify(line)).not.toContain("996555");
  });

  it("carries on when the reader goes away", async () => {
    let finished = false;
    const stream = progressStream(async (onProgress) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await onProgress({ done: 1, total: 1 });
      finished = true;
      return result;
    });
    await stream.cancel();
    await vi.waitFor(() => expect(finished).toBe(true));
  });
});
