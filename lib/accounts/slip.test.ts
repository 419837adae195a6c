import { describe, expect, it } from "vitest";
import { activationSlip } from "./slip";

const issued = {
  userId: "0b7c6c2e-5a0e-4f5e-9d55-1f1d2b3c4d5e",
  name: "Айгүл Осмонова",
  login: "+996555123456",
  code: "7KQM-4XTR",
  expiresAt: new Date("2026-04-14T12:00:00Z"),
};

describe("activationSlip", () => {
  it("speaks the account holder's language and links the QR code to the activation page", async () => {
    const slip = await activationSlip({ ...issued, locale: "ky" }, { origin: "https://hub.ovop.kg", timeZone: "Asia/Bishkek" });
    expect(slip).toMatchObject({ lang: "ky", title: "Сиздин OVOP Hub аккаунтуңуз", code: "7KQM-4XTR", url: "https://hub.ovop.kg/activate?code=7KQM-4XTR" });
    expect(slip.steps).toHaveLength(4);
    expect(slip.steps[0]).toContain("QR");
    expect(slip.validUntil).toContain("2026");
    expect(slip.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  it("uses Russian for a Russian-speaking member", async () => {
    const slip = await activationSlip({ ...issued, locale: "ru" }, { origin: "http://localhost:3000", timeZone: "Asia/Dushanbe" });
    expect(slip.codeLabel).toBe("Код активации");
    expect(slip.validUntil).toMatch(/^Действует один раз, до 14 апреля 2026/);
  });
});
