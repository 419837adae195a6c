import { useLocale, useTranslations } from "next-intl";
import { setLocale } from "@/app/actions/set-locale";
import { cn } from "@/components/ui/cn";
import { LOCALES } from "@/lib/i18n/locales";

const labels = { ky: "Кыргызча", ru: "Русский", en: "English" } as const;

export function LanguageSwitcher() {
  const t = useTranslations("nav");
  const current = useLocale();
  return (
    <form action={setLocale} aria-label={t("language")} className="flex gap-1">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={cn(
            "min-h-11 rounded-md px-2 text-sm",
            locale === current ? "bg-brand-100 font-semibold text-brand-900" : "text-stone-600 hover:bg-stone-100",
          )}
        >
          {labels[locale]}
        </button>
      ))}
    </form>
  );
}
