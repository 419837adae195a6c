import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ky from "@/messages/ky.json";
import ru from "@/messages/ru.json";
import { renderNotification } from "@/lib/notifications/render";

const MESSAGES = { en, ru, ky } as const;
const ideaId = "0b7c6c2e-5a0e-4f5e-9d55-1f1d2b3c4d5e";

const translatorFor = (locale: keyof typeof MESSAGES) => {
  const messages: Messages = MESSAGES[locale];
  return createTranslator({ locale, messages, namespace: "notifications" });
};

describe("the proposer's notice of a decision", () => {
  it("names the idea in the reader's language, carries the comment and opens the idea", () => {
    const notice = { kind: "idea.decided" as const, params: { ideaId, name: "Felt slippers", outcome: "changes_requested" as const, comment: "Add a size chart." } };
    expect(renderNotification(translatorFor("en"), notice)).toEqual({
      title: "Changes requested for your idea “Felt slippers”",
      body: "Add a size chart.",
      href: `/ideas/${ideaId}`,
    });
    expect(renderNotification(translatorFor("ru"), { ...notice, params: { ...notice.params, outcome: "approved", comment: null } }).title).toBe("Ваша идея «Felt slippers» одобрена");
    expect(renderNotification(translatorFor("ky"), { ...notice, params: { ...notice.params, outcome: "declined" } }).title).toBe("«Felt slippers» идеяңыз четке кагылды");
  });
});
