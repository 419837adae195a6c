import { useLocale, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { ComplianceCheck, ComplianceLevel } from "@/lib/labels/check-compliance";
import { checkText } from "./check-text";

const LEVELS: ComplianceLevel[] = ["required", "recommended", "warning"];

const marks = {
  ok: { sign: "✓", tone: "text-emerald-700" },
  required: { sign: "✗", tone: "text-red-700" },
  recommended: { sign: "!", tone: "text-amber-700" },
  warning: { sign: "!", tone: "text-amber-700" },
} as const;

type Props = { checks: ComplianceCheck[]; market: string; categoryName: string; blockedBy: number };

/** The design's compliance checklist by level: what passes (✓) and what is missing or wrong (✗, or ! where it does not block). */
export function ComplianceChecklist({ checks, market, categoryName, blockedBy }: Props) {
  const t = useTranslations("labels");
  const locale = useLocale();
  return (
    <section id="checklist" aria-labelledby="checklist-title" className="space-y-3 rounded-md border border-stone-200 bg-white p-4" data-testid="compliance-checklist">
      <h2 id="checklist-title" className="text-lg font-semibold">
        {t("checklist.title")}
      </h2>
      <p className="text-sm text-stone-700">{t("checklist.intro", { market: t(`markets.${market}`), category: categoryName })}</p>
      <p className={cn("font-medium", blockedBy > 0 ? "text-red-700" : "text-emerald-700")} data-testid="checklist-summary">
        {blockedBy > 0 ? t("checklist.failingRequired", { count: blockedBy }) : t("checklist.allRequiredOk")}
      </p>
      {LEVELS.map((level) => {
        const group = checks.filter((c) => c.level === level);
        if (group.length === 0) return null;
        return (
          <div key={level} className="space-y-1">
            <h3 className="text-sm font-semibold text-stone-800">{t(`checklist.levels.${level}`)}</h3>
            <ul className="divide-y divide-stone-100">
              {group.map((check) => {
                const text = checkText(t, locale, check);
                const mark = check.ok ? marks.ok : marks[level];
                return (
                  <li key={check.id} className="flex gap-2 py-1.5 text-sm" data-testid={`check-${check.id}`} data-ok={check.ok}>
                    <span aria-hidden="true" className={cn("w-4 shrink-0 font-bold", mark.tone)}>
                      {mark.sign}
                    </span>
                    <div className="min-w-0">
                      <span className="sr-only">{t(check.ok ? "checklist.ok" : "checklist.notOk")}: </span>
                      <span className="font-medium">{text.subject}</span>
                      {check.messageKey === "present" ? null : <span className={cn(check.ok ? "text-stone-700" : mark.tone)}> — {text.finding}</span>}
                      {text.hint && !check.ok ? <p className="text-stone-600">{text.hint}</p> : null}
                    </div>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
