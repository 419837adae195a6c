import type { ComplianceCheck } from "@/lib/labels/check-compliance";
import { checkText, type Translate } from "./check-text";

/** The key of the form control a check is about: "<language>.<field>", "ean13" or "careSymbols"; null for all-text limits. */
function controlOf(check: ComplianceCheck): string | null {
  if (check.field === "text") return null;
  if (check.field === "ean13" || check.field === "careSymbols") return check.field;
  return check.language ? `${check.language}.${check.field}` : null;
}

/** Required checks that fail, by form control, to show next to the field: the first of each control. Others stay in the checklist. */
export function fieldFindings(t: Translate, locale: string, checks: readonly ComplianceCheck[]): Record<string, string> {
  const findings: Record<string, string> = {};
  for (const check of checks) {
    const control = controlOf(check);
    if (check.ok || check.level !== "required" || !control || findings[control]) continue;
    findings[control] = checkText(t, locale, check).finding;
  }
  return findings;
}
