import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";

/** A plain GET form: the chosen year lives in the URL, so a view can be shared. */
export function YearPicker({ years, selected }: { years: number[]; selected: number }) {
  const t = useTranslations("reports");
  return (
    <form method="get" className="flex items-end gap-2">
      <div>
        <label htmlFor="year" className="block text-sm font-medium">
          {t("year")}
        </label>
        <select id="year" name="year" defaultValue={selected} className={controlClass}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        {t("show")}
      </button>
    </form>
  );
}
