import { useTranslations } from "next-intl";
import type { ImportProgress } from "@/lib/members/import/report";

export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const t = useTranslations("memberImport");
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t("progress", { value: progress.done, max: progress.total })}
        className="h-3 w-full overflow-hidden rounded-full bg-stone-200"
      >
        <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-stone-600" aria-live="polite">
        {t("progress", { value: progress.done, max: progress.total })}
      </p>
    </div>
  );
}
