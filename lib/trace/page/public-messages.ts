import { createTranslator } from "next-intl";
import type en from "@/messages/en.json";
import type { PublicLocale } from "../public-locale";

type PublicMessages = { publicTrace: (typeof en)["publicTrace"] };

// Japanese exists for this page only, so it lives beside the app's three languages, not among them.
const loaders: Record<PublicLocale, () => Promise<PublicMessages>> = {
  ky: async () => ({ publicTrace: (await import("@/messages/ky.json")).default.publicTrace }),
  ru: async () => ({ publicTrace: (await import("@/messages/ru.json")).default.publicTrace }),
  en: async () => ({ publicTrace: (await import("@/messages/en.json")).default.publicTrace }),
  ja: async () => (await import("@/messages/public/ja.json")).default,
};

/** The public page's strings in one of its four languages. */
export async function publicTranslator(locale: PublicLocale) {
  return createTranslator({ locale, messages: await loaders[locale](), namespace: "publicTrace" });
}

export type PublicTranslator = Awaited<ReturnType<typeof publicTranslator>>;
