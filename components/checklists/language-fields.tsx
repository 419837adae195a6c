"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { controlProps, Field } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ChecklistDraftInput } from "@/lib/checklists/schemas";
import { LOCALES } from "@/lib/i18n/locales";

const SUFFIX = { ky: "Ky", ru: "Ru", en: "En" } as const;

/** One item text in Kyrgyz, Russian and English: side by side on wide screens, stacked on phones. */
export function LanguageFields({ index, text }: { index: number; text: "label" | "guidance" }) {
  const t = useTranslations("checklists.editor");
  const errorText = useErrorText();
  const { register, formState } = useFormContext<ChecklistDraftInput>();
  return (
    <div className="grid grid-cols-1 gap-3 lg:grid-cols-3">
      {LOCALES.map((locale) => {
        const name = `${text}${SUFFIX[locale]}` as const;
        const id = `items-${index}-${name}`;
        const message = formState.errors.items?.[index]?.[name]?.message;
        const control = { ...controlProps(id, message), lang: locale, ...register(`items.${index}.${name}`) };
        return (
          <Field key={locale} id={id} label={t(name)} error={errorText(message)}>
            {text === "guidance" ? <textarea rows={2} {...control} /> : <input type="text" {...control} />}
          </Field>
        );
      })}
    </div>
  );
}
