"use client";

import { useTranslations } from "next-intl";
import { parseMessageKey } from "@/lib/validation/field-errors";

/** Turns a message key such as "tooLong?max=200" into text in the user's language. */
export function useErrorText(): (message: string | undefined, extra?: Record<string, string>) => string | undefined {
  const t = useTranslations("errors");
  return (message, extra) => {
    if (!message) return undefined;
    const { key, values } = parseMessageKey(message);
    return t.has(key) ? t(key, { ...values, ...extra }) : t("invalid");
  };
}
