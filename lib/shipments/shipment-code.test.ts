import { describe, expect, it } from "vitest";
import { formatShipmentCode } from "./shipment-code";

describe("shipment codes", () => {
  it("pads the sequence to three digits and grows past them", () => {
    expect(formatShipmentCode(2026, 7)).toBe("EXP-2026-007");
    expect(formatShipmentCode(2027, 1234)).toBe("EXP-2027-1234");
  });
});
