import { describe, expect, it } from "vitest";
import { canTransition, transitionsFrom } from "./lifecycle";

describe("shipment lifecycle", () => {
  it("runs planning → packed → shipped → delivered → closed", () => {
    expect(transitionsFrom("planning")).toEqual(["pack", "cancel"]);
    expect(transitionsFrom("packed")).toEqual(["reopen", "ship", "cancel"]);
    expect(transitionsFrom("shipped")).toEqual(["deliver"]);
    expect(transitionsFrom("delivered")).toEqual(["close"]);
  });

  it("ends at closed and cancelled, and cancels only what has not left", () => {
    expect(transitionsFrom("closed")).toEqual([]);
    expect(transitionsFrom("cancelled")).toEqual([]);
    expect(canTransition("shipped", "cancel")).toBe(false);
    expect(canTransition("planning", "ship")).toBe(false);
  });
});
