import { describe, expect, it } from "vitest";
import { memberNumberSequence } from "./member-numbers";

describe("memberNumberSequence", () => {
  it("continues after the highest number of the association's usual prefix", () => {
    const next = memberNumberSequence(["IK-00001", "IK-01500", "IK-00042", "OLD-7", "free text"]);
    expect([next(), next()]).toEqual(["IK-01501", "IK-01502"]);
  });

  it("keeps a wider zero padding where the association uses one", () => {
    expect(memberNumberSequence(["SG-000099", "SG-000100"])()).toBe("SG-000101");
  });

  it("counts the file's own numbers but takes the style from the members", () => {
    const next = memberNumberSequence(["IK-00001", "IK-00002"], ["IK-00090", "1", "2", "3", "4"]);
    expect(next()).toBe("IK-00091");
    expect(memberNumberSequence([], ["NR-0007", "NR-0003"])()).toBe("NR-00008");
  });

  it("starts a sequence for an association with no numbered members yet", () => {
    const next = memberNumberSequence([]);
    expect([next(), next()]).toEqual(["M-00001", "M-00002"]);
  });
});
