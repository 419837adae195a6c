import type { ComplianceCheck } from "@/lib/labels/check-compliance";

/** A translator over the `labels` messages (next-intl's `useTranslations("labels")` or `getTranslations`). */
export type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

/** A country by its name in the reader's language ("Japan", "Япония"); the code when the runtime has no name. */
function countryName(code: string, locale: string): string {
  if (!code) return code;
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** What a checklist line says: what it is about, what was found, and the rule behind it. */
export function checkText(t: Translate, locale: string, check: ComplianceCheck): { subject: string; finding: string; hint: string | null } {
  const field = t(`fields.${check.field}`);
  const subject = check.language ? t("checkSubject", { field, language: t(`languages.${check.language}`) }) : field;
  const params = {
    ...check.params,
    ...(typeof check.params.group === "string" ? { group: t(`careGroups.${check.params.group}`) } : {}),
    ...(typeof check.params.country === "string" ? { country: countryName(check.params.country, locale) } : {}),
    ...(typeof check.params.issuer === "string" ? { issuer: countryName(check.params.issuer, locale) } : {}),
  };
  const hint = check.hint && t.has(`hints.${check.hint}`) ? t(`hints.${check.hint}`) : null;
  return { subject, finding: t(`checks.${check.messageKey}`, params), hint };
}
