import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors/domain-errors";
import { authorize, can } from "./policy";

describe("can", () => {
  it("gives each role its own work", () => {
    expect(can({ role: "producer" }, "batch.log")).toBe(true);
    expect(can({ role: "coordinator" }, "batch.log")).toBe(false);
    expect(can({ role: "coordinator" }, "inspection.approve")).toBe(true);
    expect(can({ role: "admin" }, "inspection.perform")).toBe(true);
    expect(can({ role: "producer" }, "inspection.perform")).toBe(false);
    expect(can({ role: "producer" }, "catalog.manage")).toBe(false);
    expect(can({ role: "ministry" }, "report.regional")).toBe(true);
  });

  it("keeps ministry readers away from batches and people", () => {
    for (const action of ["batch.log", "batch.listOwn", "batch.read", "inspection.queue", "inspection.perform", "inspection.approve", "catalog.read", "file.upload"] as const) {
      expect(can({ role: "ministry" }, action)).toBe(false);
    }
  });

  it("throws a forbidden error through authorize", () => {
    expect(() => authorize({ role: "ministry" }, "batch.read")).toThrow(ForbiddenError);
    expect(() => authorize({ role: "producer" }, "batch.read")).not.toThrow();
  });
});
