import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ky from "@/messages/ky.json";
import ru from "@/messages/ru.json";
import type { InspectionDecidedParams, NotificationContent } from "./kinds";
import { renderNotification } from "./render";

const MESSAGES = { en, ru, ky } as const;
const batchId = "0b7c6c2e-5a0e-4f5e-9d55-1f1d2b3c4d5e";

function translatorFor(locale: keyof typeof MESSAGES) {
  const messages: Messages = MESSAGES[locale];
  return createTranslator({ locale, messages, namespace: "notifications" });
}

function decided(params: Partial<InspectionDecidedParams>): NotificationContent {
  return {
    kind: "inspection.decided",
    params: { lotCode: "FELT-2026-00123", outcome: "accept", acceptedQuantity: 50, rejectedQuantity: 0, remarks: null, batchId, ...params },
  };
}

describe("renderNotification", () => {
  it("renders the same notification in each reader's language", () => {
    const notification = decided({ outcome: "reject", acceptedQuantity: 0, rejectedQuantity: 50, remarks: "Швы расходятся" });
    expect(renderNotification(translatorFor("ru"), notification)).toEqual({
      title: "Партия FELT-2026-00123: отклонена",
      body: "Швы расходятся",
      href: `/my-batches/${batchId}`,
    });
    expect(renderNotification(translatorFor("en"), notification).title).toBe("Batch FELT-2026-00123: rejected");
    expect(renderNotification(translatorFor("ky"), notification).title).toBe("FELT-2026-00123 партиясы: четке кагылды");
  });

  it.each([
    ["accept", {}, "Batch FELT-2026-00123: accepted", "Партия FELT-2026-00123: принята"],
    [
      "partially_accept",
      { acceptedQuantity: 48, rejectedQuantity: 2 },
      "Batch FELT-2026-00123: partially accepted (48 of 50 accepted)",
      "Партия FELT-2026-00123: частично принята (принято 48 из 50)",
    ],
    ["rework", { acceptedQuantity: null, rejectedQuantity: null }, "Batch FELT-2026-00123: returned for rework", "Партия FELT-2026-00123: возвращена на доработку"],
  ] as const)("titles %s", (outcome, quantities, english, russian) => {
    const notification = decided({ outcome, ...quantities });
    expect(renderNotification(translatorFor("en"), notification).title).toBe(english);
    expect(renderNotification(translatorFor("ru"), notification).title).toBe(russian);
  });

  it("has no body without remarks", () => {
    expect(renderNotification(translatorFor("en"), decided({})).body).toBeNull();
  });
});

describe("bell label", () => {
  it.each([
    [0, "Уведомления"],
    [1, "Уведомления, 1 непрочитанное"],
    [3, "Уведомления, 3 непрочитанных"],
    [5, "Уведомления, 5 непрочитанных"],
  ])("reads %i unread in Russian", (count, label) => expect(translatorFor("ru")("bellLabel", { count })).toBe(label));

  it("reads the count in English", () => expect(translatorFor("en")("bellLabel", { count: 3 })).toBe("Notifications, 3 unread"));
});
